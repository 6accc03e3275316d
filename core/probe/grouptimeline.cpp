#include "grouptimeline.h"

#include "cluster/clusterstatus.h"

#include <limits>

namespace ha {

namespace {

// Every primitive under r active on exactly one node; collects those nodes.
bool collect(const Resource &r, QStringList &nodes)
{
    if (r.children.isEmpty()) {
        if (!r.active || r.nodes.size() != 1)
            return false;
        if (!nodes.contains(r.nodes.first()))
            nodes.append(r.nodes.first());
        return true;
    }
    for (const Resource &c : r.children) {
        if (!collect(c, nodes))
            return false;
    }
    return true;
}

} // namespace

std::optional<QString> groupLocation(const ClusterStatus &status, const QString &group)
{
    const Resource *g = status.resource(group);
    if (!g)
        return std::nullopt;
    QStringList nodes;
    if (!collect(*g, nodes) || nodes.size() != 1)
        return QString();
    return nodes.first();
}

bool GroupTimeline::observe(qint64 timeMs, const QString &node)
{
    if (m_current && *m_current == node)
        return false;
    const bool first = !m_current.has_value();
    m_current = node;
    m_changes.append(LocationChange{timeMs, node});
    if (first) {
        m_lastRunningOn = node;
        m_leftMs = timeMs;
        return true;
    }
    if (node.isEmpty() || node != m_lastRunningOn) {
        // Left the node it ran on: the first observation of that counts, not later ones.
        if (m_changes.size() < 2 || m_changes.at(m_changes.size() - 2).node == m_lastRunningOn)
            m_leftMs = timeMs;
    }
    if (!node.isEmpty()) {
        if (!m_lastRunningOn.isEmpty() && node != m_lastRunningOn)
            m_failovers.append(FailoverEvent{m_lastRunningOn, node, m_leftMs, timeMs, -1, -1, -1});
        m_lastRunningOn = node;
    }
    return true;
}

int GroupTimeline::attachDowntimes(const OutageDetector &outages, qint64 slackMs)
{
    // Only the newest few unsettled events: one with no outage at all (a move between two
    // probes) stays unmeasured forever and must not make every call slower.
    constexpr int kLookBack = 8;
    int attached = 0;
    for (qsizetype i = m_failovers.size() - 1, looked = 0; i >= 0 && looked < kLookBack;
         --i, ++looked) {
        FailoverEvent &e = m_failovers.at(i);
        if (e.measured())
            break; // older events were settled before this one
        const QList<Outage> candidates = outages.overlapping(e.leftMs - slackMs, e.arrivedMs + slackMs);
        const Outage *best = nullptr;
        qint64 bestDistance = std::numeric_limits<qint64>::max();
        for (const Outage &o : candidates) {
            if (o.ongoing())
                continue;
            const qint64 distance = qAbs(o.endMs - e.arrivedMs);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = &o;
            }
        }
        if (!best)
            continue;
        e.downtimeMs = best->endMs - best->startMs;
        e.outageStartMs = best->startMs;
        e.outageEndMs = best->endMs;
        ++attached;
    }
    return attached;
}

void GroupTimeline::clear()
{
    m_changes.clear();
    m_failovers.clear();
    m_current.reset();
    m_lastRunningOn.clear();
    m_leftMs = 0;
}

} // namespace ha
