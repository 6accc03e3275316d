#include "grouptimelinechart.h"

#include "chartlabels.h"
#include "durationtext.h"
#include "probe/grouptimeline.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QTimeZone>
#include <QMouseEvent>
#include <QLineSeries>
#include <QScatterSeries>

namespace ha {

namespace {
const QColor kLocation(0x2e, 0x7d, 0x32);
const QColor kFailover(0xef, 0x6c, 0x00);
constexpr int kMaxMarkers = 40;
} // namespace

GroupTimelineChart::GroupTimelineChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 140);
    QChart *c = chart();
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(6, 6, 6, 6));
    m_rows = new QCategoryAxis(c);
    m_rows->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_rows->setTitleText(tr("Running on"));
    c->addAxis(m_rows, Qt::AlignLeft);
    m_labels = new ChartLabels(c);
}

GroupTimelineChart::~GroupTimelineChart()
{
    delete m_labels;
}

void GroupTimelineChart::setTimeline(const GroupTimeline *timeline, const QString &group,
                                     const QStringList &nodes)
{
    m_timeline = timeline;
    m_group = group;
    m_nodes = nodes;
    const QStringList old = m_rows->categoriesLabels();
    for (const QString &l : old)
        m_rows->remove(l);
    m_rows->append(tr("not running"), 0);
    for (int i = 0; i < m_nodes.size(); ++i)
        m_rows->append(m_nodes.at(i), i + 1);
    m_rows->setRange(-0.5, m_nodes.size() + 0.7);
}

double GroupTimelineChart::rowOf(const QString &node) const
{
    const qsizetype i = m_nodes.indexOf(node);
    return node.isEmpty() || i < 0 ? 0.0 : double(i + 1);
}

QStringList GroupTimelineChart::labelTexts() const
{
    return m_labels->texts();
}

void GroupTimelineChart::refresh(qint64 nowMs)
{
    QChart *c = chart();
    m_labels->set({}, nullptr);
    c->removeAllSeries();
    m_stepPoints = m_markers = 0;
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
    c->setTitle(tr("<b>Where %1 ran</b> — failovers and the downtime clients saw").arg(m_group.toHtmlEscaped()));
    if (!m_timeline)
        return;

    const RingBuffer<LocationChange> &changes = m_timeline->changes();
    auto *steps = new QLineSeries(c);
    steps->setName(tr("Group location"));
    QPen pen(kLocation);
    pen.setWidthF(3);
    steps->setPen(pen);
    std::optional<double> row;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const LocationChange &ch = changes.at(i);
        if (ch.timeMs > nowMs)
            break;
        const double r = rowOf(ch.node);
        if (ch.timeMs < from) {
            row = r; // where it was when the window opens
            continue;
        }
        if (row) {
            if (steps->count() == 0 && from < ch.timeMs)
                steps->append(double(from), *row);
            steps->append(double(ch.timeMs), *row);
        }
        steps->append(double(ch.timeMs), r);
        row = r;
    }
    if (row) {
        if (steps->count() == 0)
            steps->append(double(from), *row);
        steps->append(double(nowMs), *row);
    }
    m_stepPoints = int(steps->count());
    c->addSeries(steps);
    steps->attachAxis(m_time);
    steps->attachAxis(m_rows);

    auto *markers = new QScatterSeries(c);
    markers->setName(tr("Failover"));
    markers->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    markers->setMarkerSize(14);
    markers->setColor(kFailover);
    markers->setBorderColor(kFailover.darker(140));
    QList<QPair<QPointF, QString>> labels;
    const RingBuffer<FailoverEvent> &f = m_timeline->failovers();
    for (qsizetype i = qMax<qsizetype>(0, f.size() - kMaxMarkers); i < f.size(); ++i) {
        const FailoverEvent &e = f.at(i);
        if (e.arrivedMs < from || e.arrivedMs > nowMs)
            continue;
        const QPointF at(double(e.arrivedMs), rowOf(e.to));
        markers->append(at);
        const QString downtime = e.measured()
                                     ? tr("downtime %1").arg(chartDurationText(e.downtimeMs))
                                     : tr("downtime not measured");
        labels.append({at + QPointF(0, 0.12), tr("%1 → %2, %3").arg(e.from, e.to, downtime)});
    }
    m_markers = int(markers->count());
    c->addSeries(markers);
    markers->attachAxis(m_time);
    markers->attachAxis(m_rows);
    m_time->setVisible(true);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(nowMs));
    m_rows->setVisible(true);
    m_labels->set(labels, steps);
}

QDateTime GroupTimelineChart::timeAt(const QPoint &viewPos) const
{
    const QPointF scenePos = mapToScene(viewPos);
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    if (!chart()->plotArea().contains(chartPos) || !m_time)
        return {};
    const QPointF value = chart()->mapToValue(chartPos);
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.x()), QTimeZone::utc());
}

void GroupTimelineChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QDateTime when = timeAt(event->position().toPoint());
    if (when.isValid()) {
        Q_EMIT timeActivated(when);
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

} // namespace ha
