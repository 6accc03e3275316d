#include "servicehealth.h"

#include "monitor/clustermonitor.h"

#include <QDateTime>
#include <QTimer>

namespace ha {

QList<ProbeTarget> ServiceHealth::targetsFor(const ClusterProfile &profile)
{
    QList<ProbeTarget> out;
    if (!profile.serviceAddress.isEmpty())
        out.append(ProbeTarget{serviceTargetName(), profile.serviceAddress, profile.servicePort,
                               ProbeKind::Mysql});
    for (const NodeProfile &n : profile.nodes)
        out.append(ProbeTarget{n.name, n.address, n.port, ProbeKind::Ssh});
    return out;
}

ServiceHealth::ServiceHealth(const ClusterProfile &profile, ProbeTiming timing,
                             qsizetype historySamples, QObject *parent)
    : ServiceHealth(targetsFor(profile), profile.serviceGroup, timing, historySamples, parent)
{
}

ServiceHealth::ServiceHealth(const QList<ProbeTarget> &targets, const QString &group,
                             ProbeTiming timing, qsizetype historySamples, QObject *parent)
    : QObject(parent)
    , m_group(group)
{
    for (const ProbeTarget &t : targets) {
        m_series.push_back(std::make_unique<ProbeSeries>(t, historySamples));
        auto *p = new ServiceProbe(t, timing, this);
        connect(p, &ServiceProbe::probed, this, &ServiceHealth::record);
        m_probes.push_back(p);
    }
}

ServiceHealth::~ServiceHealth()
{
    stop();
}

void ServiceHealth::start()
{
    for (ServiceProbe *p : m_probes)
        p->start();
}

void ServiceHealth::stop()
{
    for (ServiceProbe *p : m_probes)
        p->stop();
}

QStringList ServiceHealth::targetNames() const
{
    QStringList out;
    for (const auto &s : m_series)
        out.append(s->target.name);
    return out;
}

const ProbeSeries *ServiceHealth::series(const QString &target) const
{
    for (const auto &s : m_series) {
        if (s->target.name == target)
            return s.get();
    }
    return nullptr;
}

ProbeSeries *ServiceHealth::seriesFor(const QString &target)
{
    return const_cast<ProbeSeries *>(std::as_const(*this).series(target));
}

ServiceProbe *ServiceHealth::probe(const QString &target) const
{
    for (ServiceProbe *p : m_probes) {
        if (p->target().name == target)
            return p;
    }
    return nullptr;
}

void ServiceHealth::record(const ProbeResult &result)
{
    ProbeSeries *s = seriesFor(result.target);
    if (!s)
        return;
    const ProbeSample sample = result.sample();
    s->samples.append(sample);
    s->last = result;
    const OutageDetector::Change change = s->outages.feed(sample);
    emit sampled(result.target);
    if (change == OutageDetector::Change::Started)
        emit outageStarted(result.target, *s->outages.current());
    else if (change == OutageDetector::Change::Ended)
        emit outageEnded(result.target, *s->outages.lastFinished());
    if (change == OutageDetector::Change::Ended && result.target == serviceTargetName())
        settleFailovers();
}

void ServiceHealth::observeGroupLocation(qint64 timeMs, const QString &node)
{
    const qsizetype before = m_timeline.failovers().size();
    const qint64 evictedBefore = m_timeline.failovers().evicted();
    if (!m_timeline.observe(timeMs, node))
        return;
    emit locationChanged(node);
    const bool newFailover = m_timeline.failovers().size() != before
                             || m_timeline.failovers().evicted() != evictedBefore;
    if (newFailover)
        emit groupMoved(m_timeline.failovers().last());
    settleFailovers();
}

void ServiceHealth::settleFailovers()
{
    const ProbeSeries *s = series(serviceTargetName());
    if (!s)
        return;
    // Remember which events lacked a downtime, so only newly measured ones are announced.
    const RingBuffer<FailoverEvent> &f = m_timeline.failovers();
    QList<qsizetype> open;
    for (qsizetype i = f.size() - 1; i >= 0 && !f.at(i).measured(); --i)
        open.append(i);
    if (open.isEmpty() || m_timeline.attachDowntimes(s->outages) == 0)
        return;
    for (auto it = open.crbegin(); it != open.crend(); ++it) {
        if (f.at(*it).measured())
            emit failoverMeasured(f.at(*it));
    }
}

void ServiceHealth::attachMonitor(ClusterMonitor *monitor)
{
    // When clients lose or regain the service, the cluster is usually mid-transition: ask the
    // monitor for fresh state now and shortly after, instead of waiting for crm_mon's next
    // reprint (up to ~2 s late during a burst of CIB changes), so the location timeline and
    // the failover's cluster-side times are not skewed by the watch's coalescing.
    auto nudge = [this, monitor](const QString &target) {
        if (target != serviceTargetName())
            return;
        monitor->refreshNow();
        for (int ms : {300, 1000})
            QTimer::singleShot(ms, monitor, [monitor] { monitor->refreshNow(); });
    };
    connect(this, &ServiceHealth::outageStarted, monitor, nudge);
    connect(this, &ServiceHealth::outageEnded, monitor, nudge);

    connect(monitor, &ClusterMonitor::changed, this, [this, monitor] {
        const NodeSnapshot *v = monitor->primaryView();
        if (!v || !v->status || !v->status->pacemakerRunning || m_group.isEmpty())
            return;
        const std::optional<QString> where = groupLocation(*v->status, m_group);
        if (where)
            observeGroupLocation(QDateTime::currentMSecsSinceEpoch(), *where);
    });
}

} // namespace ha
