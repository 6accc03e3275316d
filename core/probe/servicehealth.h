#pragma once
// Service health as the workstation sees it: a probe of the database VIP (MySQL greeting) and
// one per node (SSH greeting), each with a bounded sample history and its outages, plus the
// timeline of where the service group ran (fed from the live monitor) with failovers and their
// measured downtime. The model the chart widgets draw; it holds no widget.

#include "grouptimeline.h"
#include "outagedetector.h"
#include "ringbuffer.h"
#include "serviceprobe.h"

#include "profile/clusterprofile.h"

#include <QObject>

#include <memory>
#include <vector>

namespace ha {

class ClusterMonitor;

// 6 hours at one sample a second.
constexpr qsizetype kDefaultHistorySamples = 6 * 3600;

struct ProbeSeries
{
    explicit ProbeSeries(const ProbeTarget &t, qsizetype capacity)
        : target(t)
        , samples(capacity)
    {
    }
    ProbeTarget target;
    RingBuffer<ProbeSample> samples;
    OutageDetector outages;
    ProbeResult last;           // the newest result in full (version, error text)
};

class ServiceHealth : public QObject
{
    Q_OBJECT
public:
    // Targets: "service" (serviceAddress:servicePort, MySQL) when the profile has a service
    // address, then every node (address:22 unless its SSH port differs, SSH).
    explicit ServiceHealth(const ClusterProfile &profile, ProbeTiming timing = {},
                           qsizetype historySamples = kDefaultHistorySamples,
                           QObject *parent = nullptr);
    // Explicit targets (tests, other services).
    ServiceHealth(const QList<ProbeTarget> &targets, const QString &group, ProbeTiming timing,
                  qsizetype historySamples, QObject *parent = nullptr);
    ~ServiceHealth() override;

    static QString serviceTargetName() { return QStringLiteral("service"); }
    static QList<ProbeTarget> targetsFor(const ClusterProfile &profile);

    void start();
    void stop();

    QStringList targetNames() const;
    const ProbeSeries *series(const QString &target) const;
    ServiceProbe *probe(const QString &target) const;
    const GroupTimeline &timeline() const { return m_timeline; }
    QString group() const { return m_group; }

    // Feeds the group timeline from the monitor's primary view on every change.
    void attachMonitor(ClusterMonitor *monitor);
    // The monitor's feed, also usable directly: node empty = the group runs nowhere.
    void observeGroupLocation(qint64 timeMs, const QString &node);
    // What a probe reports; public so recorded data can be replayed into the model.
    void record(const ha::ProbeResult &result);

signals:
    void sampled(const QString &target);
    void outageStarted(const QString &target, const ha::Outage &outage);
    void outageEnded(const QString &target, const ha::Outage &outage);
    void groupMoved(const ha::FailoverEvent &event);
    void failoverMeasured(const ha::FailoverEvent &event);
    void locationChanged(const QString &node);

private:
    ProbeSeries *seriesFor(const QString &target);
    void settleFailovers();

    QString m_group;
    std::vector<std::unique_ptr<ProbeSeries>> m_series;
    std::vector<ServiceProbe *> m_probes;
    GroupTimeline m_timeline;
};

} // namespace ha
