#include "powerguard.h"

#include <QCoreApplication>

namespace ha {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ha::PowerGuard", text);
}

QString effectOf(PowerAction action)
{
    switch (action) {
    case PowerAction::On:
        return tr("power on: the node boots and rejoins the cluster if its services start.");
    case PowerAction::Off:
        return tr("hard power off: the node stops at once, no clean shutdown.");
    case PowerAction::SoftOff:
        return tr("soft off: the BMC asks the operating system to shut down (ACPI); "
                  "the node stops once the shutdown completes, or never if the OS ignores it.");
    case PowerAction::Reset:
        return tr("hard reset: the node restarts at once, no clean shutdown.");
    case PowerAction::Cycle:
        return tr("power cycle: the node loses power at once, no clean shutdown, "
                  "and is powered on again after a few seconds.");
    }
    return {};
}

bool takesNodeDown(PowerAction action)
{
    return action != PowerAction::On;
}

} // namespace

QString powerCommandText(const NodeProfile &node, PowerAction action)
{
    return QStringLiteral("ipmi chassis power %1 (BMC %2:%3)")
        .arg(powerActionName(action), node.bmc.address)
        .arg(node.bmc.port);
}

QString powerStatusCommandText(const NodeProfile &node)
{
    return QStringLiteral("ipmi chassis power status (BMC %1:%2)")
        .arg(node.bmc.address)
        .arg(node.bmc.port);
}

PowerGuard computePowerGuard(const PowerGuardInput &in)
{
    PowerGuard g;
    g.effect = effectOf(in.action);
    g.needsTypedConfirmation = isDangerous(in.action);
    if (in.profile) {
        if (const NodeProfile *n = in.profile->node(in.node))
            g.commandText = powerCommandText(*n, in.action);
    }
    if (!takesNodeDown(in.action))
        return g;

    const QString node = in.node;
    if (!in.status || !in.status->pacemakerRunning) {
        g.statusUnknown = true;
        g.warnings << tr("The cluster's state is unknown: the console cannot tell what %1 runs "
                         "or whether another node can take over.").arg(node);
    } else {
        const ClusterStatus &st = *in.status;
        const QString group = in.profile ? in.profile->serviceGroup : QString();
        if (!group.isEmpty()) {
            if (const Resource *r = st.resource(group); r && r->active && r->nodes.contains(node))
                g.runsService = true;
        }
        int othersOnline = 0;
        QStringList others;
        for (const NodeState &ns : st.nodes) {
            if (ns.name != node && ns.online && !ns.standby) {
                ++othersOnline;
                others << ns.name;
            }
        }
        const NodeState *self = st.node(node);
        g.lastOnline = othersOnline == 0 && (!self || self->online);
        if (g.runsService) {
            if (othersOnline > 0)
                g.warnings << tr("%1 runs the database group %2: the database is unavailable "
                                 "until %3 takes over.")
                                  .arg(node, group, others.join(QStringLiteral(", ")));
            else
                g.warnings << tr("%1 runs the database group %2 and no other node can take it "
                                 "over: the database stays down.").arg(node, group);
        }
        if (g.lastOnline)
            g.warnings << tr("%1 is the last online node: the whole cluster stops.").arg(node);
    }
    if (!in.viewNode.isEmpty() && in.viewNode == node) {
        g.isViewNode = true;
        g.warnings << tr("The console reads the cluster through %1: its view goes stale at once "
                         "and switches to another node after the connection times out; the "
                         "cluster itself does not depend on the console.").arg(node);
    }
    return g;
}

} // namespace ha
