#pragma once
// The cluster as seen from each node at once, and what it means when those views disagree.
// Two nodes that each see themselves online, the other offline and themselves as DC are a split
// brain: both may run the database. That must be impossible to miss.

#include "clusterstatus.h"
#include "corosyncstatus.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ha {

struct NodeView
{
    QString node;                                 // the node asked (its crm_mon name)
    std::optional<ClusterStatus> status;          // crm_mon there; none if it could not be asked
    QString unreachableReason;                    // why status is missing
    std::optional<CorosyncLinkStatus> links;      // corosync-cfgtool -s there
    std::optional<QuorumInfo> quorum;             // corosync-quorumtool -s there
};

struct ViewFinding
{
    enum class Kind {
        SplitBrain,           // partitions that each act as the whole cluster
        ResourceOnBothSides,  // the same resource active in two partitions
        DcDisagreement,
        MembershipDisagreement,
        QuorumDisagreement,
        NoQuorum,
        HeartbeatLinkDown,
        PacemakerStopped,
        NodeUnreachable,
    };
    Kind kind;
    bool critical = false;
    QStringList nodes;     // the nodes concerned
    QString text;          // one sentence in plain words, translated
};

struct ViewComparison
{
    bool splitBrain = false;
    QList<ViewFinding> findings; // critical ones first
};

ViewComparison compareViews(const QList<NodeView> &views);

} // namespace ha
