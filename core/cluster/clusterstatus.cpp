#include "clusterstatus.h"

namespace ha {

bool NodeState::operator==(const NodeState &o) const
{
    return name == o.name && id == o.id && type == o.type && online == o.online
        && standby == o.standby && standbyOnFail == o.standbyOnFail
        && maintenance == o.maintenance && pending == o.pending && unclean == o.unclean
        && shutdown == o.shutdown && expectedUp == o.expectedUp && isDc == o.isDc
        && resourcesRunning == o.resourcesRunning && health == o.health
        && attributes == o.attributes;
}

bool Resource::operator==(const Resource &o) const
{
    return id == o.id && type == o.type && agent == o.agent && role == o.role
        && targetRole == o.targetRole && active == o.active && orphaned == o.orphaned
        && blocked == o.blocked && managed == o.managed && failed == o.failed
        && failureIgnored == o.failureIgnored && disabled == o.disabled
        && promotable == o.promotable && nodes == o.nodes && failcounts == o.failcounts
        && children == o.children;
}

bool FailedAction::operator==(const FailedAction &o) const
{
    return opKey == o.opKey && resource == o.resource && node == o.node
        && operation == o.operation && exitCode == o.exitCode && exitStatus == o.exitStatus
        && exitReason == o.exitReason && status == o.status && lastRcChange == o.lastRcChange
        && interval == o.interval && call == o.call;
}

bool Ban::operator==(const Ban &o) const
{
    return id == o.id && resource == o.resource && node == o.node && weight == o.weight
        && promotedOnly == o.promotedOnly;
}

bool FencingEvent::operator==(const FencingEvent &o) const
{
    return action == o.action && target == o.target && client == o.client
        && origin == o.origin && delegate == o.delegate && status == o.status
        && exitReason == o.exitReason && completed == o.completed;
}

bool Ticket::operator==(const Ticket &o) const
{
    return id == o.id && status == o.status && standby == o.standby
        && lastGranted == o.lastGranted;
}

bool ClusterSummary::operator==(const ClusterSummary &o) const
{
    // lastUpdate is deliberately left out: it changes on every crm_mon call.
    return stack == o.stack && pacemakerVersion == o.pacemakerVersion
        && apiVersion == o.apiVersion && dcPresent == o.dcPresent && dcName == o.dcName
        && dcId == o.dcId && dcVersion == o.dcVersion && quorum == o.quorum
        && lastChange == o.lastChange && lastChangeUser == o.lastChangeUser
        && lastChangeClient == o.lastChangeClient && lastChangeOrigin == o.lastChangeOrigin
        && nodesConfigured == o.nodesConfigured && resourcesConfigured == o.resourcesConfigured
        && resourcesDisabled == o.resourcesDisabled && resourcesBlocked == o.resourcesBlocked
        && maintenanceMode == o.maintenanceMode && stonithEnabled == o.stonithEnabled
        && stopAllResources == o.stopAllResources && noQuorumPolicy == o.noQuorumPolicy;
}

bool ClusterStatus::operator==(const ClusterStatus &o) const
{
    return pacemakerRunning == o.pacemakerRunning && pacemakerMessage == o.pacemakerMessage
        && pacemakerdState == o.pacemakerdState && summary == o.summary && nodes == o.nodes
        && resources == o.resources && failures == o.failures && bans == o.bans
        && fencing == o.fencing && tickets == o.tickets;
}

const NodeState *ClusterStatus::node(const QString &name) const
{
    for (const NodeState &n : nodes) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

static const Resource *findResource(const QList<Resource> &list, const QString &id)
{
    for (const Resource &r : list) {
        if (r.id == id)
            return &r;
        if (const Resource *c = findResource(r.children, id))
            return c;
    }
    return nullptr;
}

const Resource *ClusterStatus::resource(const QString &id) const
{
    return findResource(resources, id);
}

QString nodeTypeName(NodeType t)
{
    switch (t) {
    case NodeType::Member: return QStringLiteral("member");
    case NodeType::Remote: return QStringLiteral("remote");
    case NodeType::Ping: return QStringLiteral("ping");
    case NodeType::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString resourceTypeName(ResourceType t)
{
    switch (t) {
    case ResourceType::Primitive: return QStringLiteral("primitive");
    case ResourceType::Group: return QStringLiteral("group");
    case ResourceType::Clone: return QStringLiteral("clone");
    case ResourceType::Bundle: return QStringLiteral("bundle");
    }
    return QStringLiteral("primitive");
}

} // namespace ha
