#pragma once
// Which node ran the service group, over time, as the live monitor saw it — and the failovers
// in it. A failover is the group leaving node A and next running on node B != A (with any
// stretch of "not running" in between). Its downtime comes from the service probe: the outage
// that overlaps the move, so the figure is what clients saw, not what the cluster reported.
// Both histories are bounded rings.

#include "outagedetector.h"
#include "ringbuffer.h"

#include <QString>

#include <optional>

namespace ha {

struct ClusterStatus;

struct LocationChange
{
    qint64 timeMs = 0;
    QString node;               // empty: the group runs nowhere (stopped, moving, partly started)
};

struct FailoverEvent
{
    QString from;
    QString to;
    qint64 leftMs = 0;          // first observation of the group no longer on `from`
    qint64 arrivedMs = 0;       // first observation of the group running on `to`
    qint64 downtimeMs = -1;     // length of the matching probe outage; -1: none (yet)
    qint64 outageStartMs = -1;
    qint64 outageEndMs = -1;

    bool measured() const { return downtimeMs >= 0; }
    // How long the cluster showed the group as not running on either node.
    qint64 clusterGapMs() const { return arrivedMs - leftMs; }
};

// The node the group runs on when every member runs there; empty when it runs nowhere or is
// split (moving); nullopt when the document does not know the group.
std::optional<QString> groupLocation(const ClusterStatus &status, const QString &group);

class GroupTimeline
{
public:
    explicit GroupTimeline(qsizetype capacity = 4096) : m_changes(capacity), m_failovers(capacity) {}

    // Returns true when the location changed (a change point was recorded). A new failover, if
    // any, is then failovers().last().
    bool observe(qint64 timeMs, const QString &node);
    // Gives failovers without a downtime the probe outage that overlaps them: one that starts no
    // later than slackMs after the arrival and ends no earlier than slackMs before the group left
    // (the monitor sees a change up to ~2 s late; a crash starts the outage long before the
    // cluster notices). Ongoing outages are not used: their length is not known yet. Returns
    // the number of events that got a downtime.
    int attachDowntimes(const OutageDetector &outages, qint64 slackMs = 5000);

    std::optional<QString> current() const { return m_current; }
    const RingBuffer<LocationChange> &changes() const { return m_changes; }
    const RingBuffer<FailoverEvent> &failovers() const { return m_failovers; }
    void clear();

private:
    RingBuffer<LocationChange> m_changes;
    RingBuffer<FailoverEvent> m_failovers;
    std::optional<QString> m_current;
    QString m_lastRunningOn;
    qint64 m_leftMs = 0;
};

} // namespace ha
