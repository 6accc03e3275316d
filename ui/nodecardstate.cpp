#include "nodecardstate.h"

#include "cluster/clusterstatus.h"

namespace ha::ui {

NodeCardState NodeCardState::fromClusterView(const ClusterStatus &view, const QString &node)
{
    NodeCardState s;
    s.name = node;
    if (!view.pacemakerRunning) {
        s.verdict = NodeVerdict::PacemakerStopped;
        s.reason = view.pacemakerMessage;
        return s;
    }
    s.quorate = view.summary.quorum ? TriState::Yes : TriState::No;
    const NodeState *n = view.node(node);
    if (!n)
        return s;
    s.dc = n->isDc;
    s.resourcesRunning = n->resourcesRunning;
    if (n->unclean)
        s.verdict = NodeVerdict::Unclean;
    else if (!n->online)
        s.verdict = NodeVerdict::Offline;
    else if (n->pending)
        s.verdict = NodeVerdict::Pending;
    else if (n->maintenance)
        s.verdict = NodeVerdict::Maintenance;
    else if (n->standby)
        s.verdict = NodeVerdict::Standby;
    else
        s.verdict = NodeVerdict::Online;
    return s;
}

} // namespace ha::ui
