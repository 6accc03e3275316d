#include "availabilitychart.h"

#include "chartlabels.h"
#include "durationtext.h"
#include "probe/servicehealth.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace ha {

namespace {

const QColor kLatency(0x1f, 0x6f, 0xb4);
const QColor kFailed(0xc6, 0x28, 0x28);
const QColor kBand(0xe5, 0x39, 0x35, 70);

// At most this many points per drawn line; denser data keeps the highest latency per bucket.
constexpr int kMaxPoints = 1500;
// Outage bands and labels drawn at most (the newest ones).
constexpr int kMaxBands = 40;

void hideFromLegend(QChart *chart, QAbstractSeries *s)
{
    const QList<QLegendMarker *> markers = chart->legend()->markers(s);
    for (QLegendMarker *m : markers)
        m->setVisible(false);
    s->setProperty("haHiddenFromLegend", true);
}

} // namespace

AvailabilityChart::AvailabilityChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 180); // with the timeline below it, still fits a 768-pixel-high screen
    QChart *c = chart();
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(6, 6, 6, 6));
    m_latency = new QValueAxis(c);
    m_latency->setTitleText(tr("Greeting latency (ms)"));
    m_latency->setLabelFormat(QStringLiteral("%.1f"));
    c->addAxis(m_latency, Qt::AlignLeft);
    m_labels = new ChartLabels(c);
}

AvailabilityChart::~AvailabilityChart()
{
    delete m_labels;
}

void AvailabilityChart::setSeries(const ProbeSeries *series, const QString &title)
{
    m_series = series;
    m_title = title;
}

bool AvailabilityChart::axisTimeVisible() const
{
    return m_time->isVisible() && m_time->labelsVisible();
}

QStringList AvailabilityChart::labelTexts() const
{
    return m_labels->texts();
}

void AvailabilityChart::refresh(qint64 nowMs)
{
    QChart *c = chart();
    m_labels->set({}, nullptr);
    c->removeAllSeries();
    m_upPoints = m_failedPoints = m_bands = 0;
    m_availability = 100.0;
    const qint64 from = nowMs - m_windowMs;
    // A fresh time axis per redraw: a QDateTimeAxis that outlived removeAllSeries() stayed
    // hidden (Qt 6.4), and the redraw replaces every series anyway.
    if (m_time) {
        c->removeAxis(m_time);
        delete m_time;
    }
    m_time = new QDateTimeAxis(c);
    m_time->setFormat(m_windowMs > 6 * 3600 * 1000LL ? QStringLiteral("dd.MM. HH:mm")
                                                      : QStringLiteral("HH:mm:ss"));
    m_time->setTitleText(tr("Time"));
    m_time->setTickCount(7);
    c->addAxis(m_time, Qt::AlignBottom);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(nowMs));
    if (!m_series) {
        c->setTitle(m_title);
        return;
    }

    // Runs of "up" samples, oldest first, each one line; failed samples as marks.
    const RingBuffer<ProbeSample> &ring = m_series->samples;
    qsizetype first = ring.size();
    while (first > 0 && ring.at(first - 1).timeMs >= from)
        --first;
    const qint64 bucketMs = qMax<qint64>(1, m_windowMs / kMaxPoints);
    QList<QList<QPointF>> runs;
    QList<QPointF> failed;
    double maxLatency = 0;
    qint64 upCount = 0;
    qint64 total = 0;
    bool inRun = false;
    for (qsizetype i = first; i < ring.size(); ++i) {
        const ProbeSample &s = ring.at(i);
        if (s.timeMs > nowMs)
            break;
        ++total;
        if (!s.up) {
            failed.append(QPointF(double(s.timeMs), 0));
            inRun = false;
            continue;
        }
        ++upCount;
        maxLatency = qMax(maxLatency, double(s.latencyMs));
        if (!inRun) {
            runs.append(QList<QPointF>());
            inRun = true;
        }
        QList<QPointF> &run = runs.last();
        if (!run.isEmpty() && qint64(run.last().x()) / bucketMs == s.timeMs / bucketMs) {
            run.last().setY(qMax(run.last().y(), double(s.latencyMs)));
            continue;
        }
        run.append(QPointF(double(s.timeMs), double(s.latencyMs)));
    }
    const double top = qMax(5.0, maxLatency * 1.3);
    m_latency->setRange(0, top);
    if (total > 0)
        m_availability = 100.0 * double(upCount) / double(total);

    // Outage bands under everything else.
    const QList<Outage> outages = m_series->outages.overlapping(from, nowMs);
    QList<QPair<QPointF, QString>> labels;
    for (qsizetype i = qMax<qsizetype>(0, outages.size() - kMaxBands); i < outages.size(); ++i) {
        const Outage &o = outages.at(i);
        const double x0 = double(qMax(o.startMs, from));
        const double x1 = double(o.ongoing() ? nowMs : qMin(o.endMs, nowMs));
        auto *upper = new QLineSeries(c);
        upper->append(x0, top);
        upper->append(x1, top);
        auto *lower = new QLineSeries(c);
        lower->append(x0, 0);
        lower->append(x1, 0);
        auto *band = new QAreaSeries(upper, lower);
        band->setName(tr("Outage"));
        band->setColor(kBand);
        band->setBorderColor(kBand);
        c->addSeries(band);
        band->attachAxis(m_time);
        band->attachAxis(m_latency);
        if (m_bands > 0)
            hideFromLegend(c, band);
        ++m_bands;
        const QString text = o.ongoing() ? tr("down %1").arg(chartDurationText(o.lengthMs(nowMs)))
                                         : chartDurationText(o.lengthMs(nowMs));
        labels.append({QPointF((x0 + x1) / 2, top * 0.92), text});
    }

    for (int r = 0; r < runs.size(); ++r) {
        auto *line = new QLineSeries(c);
        line->setName(tr("Latency"));
        line->setColor(kLatency);
        QPen pen = line->pen();
        pen.setWidthF(1.6);
        line->setPen(pen);
        line->append(runs.at(r));
        if (runs.at(r).size() == 1) {
            line->setPointsVisible(true); // a lone sample would not show as a line
        }
        m_upPoints += int(runs.at(r).size());
        c->addSeries(line);
        line->attachAxis(m_time);
        line->attachAxis(m_latency);
        if (r > 0)
            hideFromLegend(c, line);
    }

    if (!failed.isEmpty()) {
        // Thin out to one mark per bucket: the band already shows the extent.
        QList<QPointF> marks;
        for (const QPointF &p : failed) {
            if (marks.isEmpty() || qint64(marks.last().x()) / bucketMs != qint64(p.x()) / bucketMs)
                marks.append(p);
        }
        auto *scatter = new QScatterSeries(c);
        scatter->setName(tr("Probe failed"));
        scatter->setColor(kFailed);
        scatter->setBorderColor(kFailed);
        scatter->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        scatter->setMarkerSize(7);
        scatter->append(marks);
        m_failedPoints = int(marks.size());
        c->addSeries(scatter);
        scatter->attachAxis(m_time);
        scatter->attachAxis(m_latency);
    }

    const QString state = m_series->outages.current()
                              ? tr("DOWN: %1").arg(probeFailureText(m_series->last.failure))
                              : tr("up");
    c->setTitle(tr("<b>%1</b> — %2 · %3 % of probes answered in the last %4 · %n outage(s)",
                   nullptr, m_bands)
                    .arg(m_title.toHtmlEscaped(), state.toHtmlEscaped())
                    .arg(m_availability, 0, 'f', 2)
                    .arg(chartDurationText(m_windowMs)));
    // An axis loses its visibility with the last series attached to it; each refresh re-adds.
    m_time->setVisible(true);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(nowMs));
    m_latency->setVisible(true);
    if (!c->series().isEmpty())
        m_labels->set(labels, c->series().first());
}

} // namespace ha
