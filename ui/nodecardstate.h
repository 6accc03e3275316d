#pragma once
// Everything one node card shows, as plain values. The main window fills it from the core types
// (crm_mon view, corosync links, quorum, SSH session, BMC); fromClusterView() does the crm_mon
// part.

#include <QDateTime>
#include <QList>
#include <QString>

namespace ha {
struct ClusterStatus;
}

namespace ha::ui {

enum class NodeVerdict
{
    Unknown, // nothing heard yet
    Online,
    Standby,
    Maintenance,
    Pending,
    Offline,
    Unclean,          // "UNCLEAN — fencing pending"
    PacemakerStopped, // sshd answers, Pacemaker does not run
    Unreachable,      // no SSH connection: see reason
};

enum class TriState
{
    Unknown,
    Yes,
    No
};

struct HeartbeatLink
{
    int link = 0; // corosync link number
    QString peer; // the node at the other end
    TriState up = TriState::Unknown;
};

struct NodeCardState
{
    QString name;
    NodeVerdict verdict = NodeVerdict::Unknown;
    bool dc = false;
    QString reason; // Unreachable: why; PacemakerStopped: what crm_mon said
    QList<HeartbeatLink> links;
    TriState quorate = TriState::Unknown; // as this node sees it
    QString quorumDetail;                 // e.g. "2 of 2 votes"
    QDateTime lastContact;                // last successful answer from this node; invalid: never
    int resourcesRunning = -1;            // -1: not known
    TriState powerOn = TriState::Unknown;
    TriState bmcReachable = TriState::Unknown;
    bool bmcConfigured = false;
    QString bmcDetail; // e.g. the BMC error
    QString sensorSummary; // empty: not read (yet)
    bool sensorAlarm = false; // a sensor is in warning or critical

    // Fills name, verdict, dc, quorum and resource count for `node` from what `view` (one
    // node's crm_mon) says about it. Links, contact, power stay as they are.
    static NodeCardState fromClusterView(const ClusterStatus &view, const QString &node);
};

} // namespace ha::ui
