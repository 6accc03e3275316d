#include "servicehealthpanel.h"

#include "availabilitychart.h"
#include "grouptimelinechart.h"
#include "probe/servicehealth.h"

#include <QDateTime>
#include <QLabel>
#include <QVBoxLayout>

namespace ha {

ServiceHealthPanel::ServiceHealthPanel(ServiceHealth *health, QWidget *parent)
    : QWidget(parent)
    , m_health(health)
    , m_status(new QLabel(this))
    , m_availability(new AvailabilityChart(this))
    , m_timeline(new GroupTimelineChart(this))
{
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_availability, 3);
    layout->addWidget(m_timeline, 2);

    const ProbeSeries *service = health->series(ServiceHealth::serviceTargetName());
    m_availability->setSeries(service, service ? tr("Database %1:%2")
                                                     .arg(service->target.host)
                                                     .arg(service->target.port)
                                               : tr("Database (no service address configured)"));
    QStringList nodes = health->targetNames();
    nodes.removeAll(ServiceHealth::serviceTargetName());
    m_timeline->setTimeline(&health->timeline(), health->group(), nodes);
    m_timeline->setToolTip(tr("Double-click a moment (a failover, say) to read both nodes' logs around it."));
    connect(m_timeline, &GroupTimelineChart::timeActivated, this, &ServiceHealthPanel::logRequested);

    m_redraw.setInterval(1000);
    connect(&m_redraw, &QTimer::timeout, this, [this] {
        if (m_dirty && isVisible())
            refresh();
    });
    m_redraw.start();
    connect(health, &ServiceHealth::sampled, this, [this] { m_dirty = true; });
    connect(health, &ServiceHealth::locationChanged, this, [this] { m_dirty = true; });
}

void ServiceHealthPanel::setWindowMs(qint64 ms)
{
    m_availability->setWindowMs(ms);
    m_timeline->setWindowMs(ms);
}

QString ServiceHealthPanel::statusText() const
{
    QStringList parts;
    const QStringList names = m_health->targetNames();
    for (const QString &name : names) {
        const ProbeSeries *s = m_health->series(name);
        if (!s || s->samples.isEmpty()) {
            parts.append(tr("%1: not probed yet").arg(name.toHtmlEscaped()));
            continue;
        }
        const ProbeResult &r = s->last;
        const QString what = s->target.kind == ProbeKind::Mysql ? tr("MySQL") : tr("SSH");
        if (r.up) {
            parts.append(tr("<b>%1</b> %2 up (%3, %4 ms)")
                             .arg(name.toHtmlEscaped(), what, r.serverVersion.toHtmlEscaped())
                             .arg(r.latencyMs, 0, 'f', 1));
        } else {
            parts.append(tr("<b>%1</b> %2 <span style='color:#c62828'><b>DOWN</b></span>: %3")
                             .arg(name.toHtmlEscaped(), what,
                                  probeFailureText(r.failure).toHtmlEscaped()));
        }
    }
    return parts.join(QStringLiteral(" &nbsp;·&nbsp; "));
}

void ServiceHealthPanel::refresh(qint64 nowMs)
{
    if (nowMs < 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    m_dirty = false;
    m_status->setText(statusText());
    m_availability->refresh(nowMs);
    m_timeline->refresh(nowMs);
}

} // namespace ha
