#include "ipmipanel.h"

#include "power/powermonitor.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ha::ui {

namespace {

// A read that answers within this time shows no busy bar (no flicker on a healthy BMC).
constexpr int kBusyDelayMs = 300;

QColor severityColor(SensorSeverity s)
{
    switch (s) {
    case SensorSeverity::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case SensorSeverity::Warning:
        return QColor(0xef, 0x6c, 0x00);
    case SensorSeverity::Critical:
        return QColor(0xc6, 0x28, 0x28);
    case SensorSeverity::Unknown:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

QTableWidgetItem *cell(const QString &text)
{
    auto *it = new QTableWidgetItem(text);
    it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return it;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

} // namespace

QString IpmiPanel::hintFor(ErrorCode code) const
{
    const NodeProfile *np = m_monitor->profile().node(m_node);
    const QString bmc = np ? QStringLiteral("%1:%2").arg(np->bmc.address).arg(np->bmc.port)
                           : QString();
    switch (code) {
    case ErrorCode::AuthFailed:
        return tr("Check the BMC user and password of %1 in the profile.").arg(m_node);
    case ErrorCode::Unreachable:
    case ErrorCode::Timeout:
        return tr("Check that the BMC %1 has power and network, and that this workstation can "
                  "reach it (UDP port %2).")
            .arg(bmc)
            .arg(np ? np->bmc.port : 623);
    case ErrorCode::PermissionDenied:
        return tr("The BMC user needs a higher privilege level (the profile asks for %1).")
            .arg(np ? np->bmc.privilege : QString());
    case ErrorCode::KeyringUnavailable:
        return tr("The password could not be read from the keyring or password file.");
    default:
        return {};
    }
}

IpmiPanel::IpmiPanel(PowerMonitor *monitor, QString node, QWidget *parent)
    : QDialog(parent), m_monitor(monitor), m_node(std::move(node)),
      m_header(new QLabel(this)), m_error(new QLabel(this)), m_updated(new QLabel(this)),
      m_busy(new QProgressBar(this)), m_busyText(new QLabel(tr("Waiting for the BMC…"), this)),
      m_refresh(new QPushButton(tr("Refresh"), this)),
      m_sensors(makeTable({tr("Sensor"), tr("Value"), tr("Unit"), tr("State")}, this)),
      m_sel(makeTable({tr("Time"), tr("Sensor"), tr("Event")}, this)),
      m_chartView(new QChartView(this)), m_chart(m_chartView->chart())
{
    setWindowTitle(tr("IPMI details — %1").arg(m_node));
    resize(900, 680);

    const NodeProfile *np = m_monitor->profile().node(m_node);
    if (np && np->bmc.isConfigured())
        m_header->setText(tr("<b>%1</b> — BMC %2:%3, user %4")
                              .arg(m_node.toHtmlEscaped(), np->bmc.address.toHtmlEscaped())
                              .arg(np->bmc.port)
                              .arg(np->bmc.user.toHtmlEscaped()));
    else
        m_header->setText(tr("<b>%1</b> — no BMC configured").arg(m_node.toHtmlEscaped()));

    // Errors in red, in words, selectable so they can be pasted into a ticket.
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_error->hide();
    m_updated->setStyleSheet(QStringLiteral("color: #616161;"));

    // Indeterminate: a BMC read has no meaningful percentage.
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setFormat(tr("Reading BMC…"));
    m_busy->setTextVisible(true);
    m_busy->hide();
    m_busyText->hide();

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chart->setTitle(tr("Temperatures over time (°C)"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));

    m_sensors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sensors->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_sensors->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_sel->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_sel->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_busyText);
    top->addWidget(m_busy);
    top->addWidget(m_refresh);

    auto *tabs = new QTabWidget(this);
    auto *sensorPage = new QSplitter(Qt::Vertical, tabs);
    sensorPage->addWidget(m_sensors);
    sensorPage->addWidget(m_chartView);
    sensorPage->setStretchFactor(0, 1);
    sensorPage->setStretchFactor(1, 1);
    tabs->addTab(sensorPage, tr("Sensors"));
    tabs->addTab(m_sel, tr("Event log (SEL), newest first"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_updated);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &IpmiPanel::refresh);
    m_auto.setInterval(5000);
    connect(&m_auto, &QTimer::timeout, this, &IpmiPanel::readSensors);
    m_busyDelay.setSingleShot(true);
    m_busyDelay.setInterval(kBusyDelayMs);
    connect(&m_busyDelay, &QTimer::timeout, this, [this] {
        if (isReading()) { // still reading after the delay
            m_busy->show();
            m_busyText->show();
        }
    });

    updateChart(); // earlier readings (e.g. from a previous opening) show at once

    // The main window replaces its PowerMonitor when the profile changes: the panel goes with it
    // instead of holding a dangling pointer.
    connect(m_monitor, &QObject::destroyed, this, [this] {
        m_auto.stop();
        m_busyDelay.stop();
        hide();
        deleteLater();
    });
}

void IpmiPanel::setRefreshIntervalMs(int ms)
{
    m_auto.setInterval(std::max(500, ms));
}

void IpmiPanel::showEvent(QShowEvent *e)
{
    QDialog::showEvent(e);
    refresh();
    m_auto.start();
}

void IpmiPanel::hideEvent(QHideEvent *e)
{
    // A closed panel does not keep the BMC busy.
    m_auto.stop();
    QDialog::hideEvent(e);
}

void IpmiPanel::refresh()
{
    readSensors();
    readSel();
}

QString IpmiPanel::errorText() const
{
    return m_error->text();
}

bool IpmiPanel::busyShown() const
{
    return !m_busy->isHidden();
}

int IpmiPanel::chartLineCount() const
{
    return int(m_chart->series().size());
}

void IpmiPanel::readSensors()
{
    if (m_sensorReads > 0)
        return; // a slow BMC must not pile up requests
    ++m_sensorReads;
    updateBusy();
    enqueue([this] {
        m_monitor->readSensors(m_node, this, [this](Result<QList<SensorReading>> r) {
            --m_sensorReads;
            m_inFlight = false;
            if (r.ok()) {
                m_sensorError.clear();
                m_lastGood = QDateTime::currentDateTime();
                showSensors(r.value());
                updateChart();
            } else {
                m_sensorError = r.error().message;
                m_hint = hintFor(r.error().code);
            }
            // Keep the last good values on screen but say how old they are.
            const QString at = m_lastGood.toString(QStringLiteral("HH:mm:ss"));
            if (!m_lastGood.isValid())
                m_updated->setText(m_sensorError.isEmpty() ? QString() : tr("No sensor values yet."));
            else if (m_sensorError.isEmpty())
                m_updated->setText(tr("Sensors read at %1").arg(at));
            else
                m_updated->setText(tr("The values below are from %1 and may be out of date.").arg(at));
            updateError();
            updateBusy();
            pump();
        });
    });
}

void IpmiPanel::readSel()
{
    if (m_selReads > 0)
        return;
    ++m_selReads;
    updateBusy();
    enqueue([this] {
        m_monitor->readSel(m_node, this, [this](Result<QList<SelEntry>> r) {
            --m_selReads;
            m_inFlight = false;
            if (r.ok()) {
                m_selError.clear();
                showSel(r.value());
            } else {
                m_selError = r.error().message;
                m_hint = hintFor(r.error().code);
            }
            updateError();
            updateBusy();
            pump();
        });
    });
}

void IpmiPanel::enqueue(std::function<void()> read)
{
    m_queue.append(std::move(read));
    pump();
}

void IpmiPanel::pump()
{
    // One read at a time: sensor and SEL reads both reserve the BMC's SDR repository, and a
    // second reservation cancels the first (the lab's BMC answers 0xC5, "reservation cancelled").
    if (m_inFlight || m_queue.isEmpty())
        return;
    m_inFlight = true;
    const std::function<void()> next = m_queue.takeFirst();
    next();
}

void IpmiPanel::updateError()
{
    // One message for both reads; when both fail for the same reason (BMC down) say it once.
    QStringList lines;
    if (!m_sensorError.isEmpty())
        lines << tr("Could not read the sensors: %1").arg(m_sensorError);
    if (!m_selError.isEmpty() && m_selError != m_sensorError)
        lines << tr("Could not read the event log: %1").arg(m_selError);
    else if (!m_selError.isEmpty())
        lines << tr("The event log could not be read either.");
    if (!lines.isEmpty() && !m_hint.isEmpty())
        lines << m_hint;
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->setVisible(!lines.isEmpty());
}

void IpmiPanel::updateBusy()
{
    if (!isReading()) {
        m_busyDelay.stop();
        m_busy->hide();
        m_busyText->hide();
        m_refresh->setEnabled(true);
        return;
    }
    m_refresh->setEnabled(false);
    if (m_busy->isHidden() && !m_busyDelay.isActive())
        m_busyDelay.start();
}

void IpmiPanel::showSensors(const QList<SensorReading> &readings)
{
    // Rows are rebuilt: a BMC has tens of sensors and they are read every few seconds.
    m_sensors->setRowCount(int(readings.size()));
    for (int i = 0; i < readings.size(); ++i) {
        const SensorReading &s = readings.at(i);
        m_sensors->setItem(i, 0, cell(s.name));
        m_sensors->setItem(i, 1, cell(s.hasValue ? QString::number(s.value, 'f', 1) : QStringLiteral("—")));
        m_sensors->setItem(i, 2, cell(s.hasValue ? s.unit : QString()));
        QString state = s.state.isEmpty() ? tr("no reading") : s.state;
        if (s.severity == SensorSeverity::Critical)
            state = tr("CRITICAL: %1").arg(state);
        else if (s.severity == SensorSeverity::Warning)
            state = tr("WARNING: %1").arg(state);
        QTableWidgetItem *st = cell(state);
        st->setForeground(severityColor(s.severity));
        if (s.severity == SensorSeverity::Critical || s.severity == SensorSeverity::Warning) {
            QFont f = st->font();
            f.setBold(true);
            st->setFont(f);
        }
        m_sensors->setItem(i, 3, st);
        m_sensors->item(i, 0)->setToolTip(s.type);
    }
    if (readings.isEmpty()) {
        // Say it, or an empty table looks like the console failed.
        m_sensors->setRowCount(1);
        m_sensors->setItem(0, 0, cell(tr("The BMC reports no sensors (its sensor repository is empty).")));
        m_sensors->setSpan(0, 0, 1, m_sensors->columnCount());
    } else {
        m_sensors->clearSpans();
    }
}

void IpmiPanel::showSel(const QList<SelEntry> &entries)
{
    QList<SelEntry> sorted = entries;
    // Newest first: entries without a valid clock keep the BMC's record order (by id).
    std::stable_sort(sorted.begin(), sorted.end(), [](const SelEntry &a, const SelEntry &b) {
        if (a.time.isValid() && b.time.isValid() && a.time != b.time)
            return a.time > b.time;
        return a.recordId > b.recordId;
    });
    m_sel->setRowCount(int(sorted.size()));
    for (int i = 0; i < sorted.size(); ++i) {
        const SelEntry &e = sorted.at(i);
        const QString when = e.time.isValid()
                                 ? e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                 : tr("(BMC clock not set) #%1").arg(e.recordId);
        m_sel->setItem(i, 0, cell(when));
        m_sel->setItem(i, 1, cell(e.sensorType.isEmpty() ? e.sensor
                                                         : tr("%1 (%2)").arg(e.sensor, e.sensorType)));
        m_sel->setItem(i, 2, cell(e.deassertion ? tr("%1 — cleared").arg(e.event) : e.event));
    }
    if (sorted.isEmpty()) {
        m_sel->setRowCount(1);
        m_sel->setItem(0, 0, cell(QString()));
        m_sel->setItem(0, 1, cell(QString()));
        m_sel->setItem(0, 2, cell(tr("The event log is empty.")));
    }
}

void IpmiPanel::updateChart()
{
    // The chart is redrawn from the model (PowerMonitor's SensorHistory) each time: few lines,
    // at most a few hundred points each.
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *a : axes) {
        m_chart->removeAxis(a);
        delete a;
    }
    const SensorHistory &h = m_monitor->history(m_node);
    if (h.isEmpty()) {
        m_chart->setTitle(m_lastGood.isValid()
                              ? tr("Temperatures over time (°C) — this BMC reports no temperatures")
                              : tr("Temperatures over time (°C) — no readings yet"));
        return;
    }
    m_chart->setTitle(tr("Temperatures over time (°C)"));
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("HH:mm:ss"));
    x->setTitleText(tr("Time"));
    auto *y = new QValueAxis;
    y->setTitleText(tr("°C"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    double minX = std::numeric_limits<double>::max(), maxX = std::numeric_limits<double>::lowest();
    double minY = minX, maxY = maxX;
    const QStringList names = h.sensors();
    for (const QString &name : names) {
        const QList<QPointF> pts = h.series(name);
        if (pts.isEmpty())
            continue;
        auto *line = new QLineSeries;
        line->setName(name);
        line->setPointsVisible(true); // a single reading is a dot, not an invisible line
        line->append(pts);
        m_chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        for (const QPointF &p : pts) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    }
    if (maxX <= minX)
        maxX = minX + 60000; // one reading: show a minute, not a zero-width axis
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(minX)), QDateTime::fromMSecsSinceEpoch(qint64(maxX)));
    y->setRange(std::floor(minY - 5), std::ceil(maxY + 5));
}

} // namespace ha::ui
