#include "resourceoperations.h"

#include "ssh/commandtemplates.h"

#include <QCoreApplication>

namespace ha {

namespace {

Result<QList<RemoteCommand>> one(const Result<RemoteCommand> &c)
{
    if (!c.ok())
        return c.error();
    return QList<RemoteCommand>{c.value()};
}

bool anyActive(const Resource &r)
{
    if (r.active)
        return true;
    for (const Resource &c : r.children) {
        if (anyActive(c))
            return true;
    }
    return false;
}

bool allManaged(const Resource &r, bool managed)
{
    if (r.managed != managed)
        return false;
    for (const Resource &c : r.children) {
        if (!allManaged(c, managed))
            return false;
    }
    return true;
}

QStringList idsWithin(const Resource &r)
{
    QStringList ids{r.id};
    for (const Resource &c : r.children)
        ids << idsWithin(c);
    return ids;
}

} // namespace

// Ban -------------------------------------------------------------------------------------------

BanOperation::BanOperation(OpsContext ctx, QString resource, QString node, QString lifetime,
                           QObject *parent)
    : Operation(std::move(ctx), parent)
    , m_resource(std::move(resource))
    , m_node(std::move(node))
    , m_lifetime(std::move(lifetime))
{}

QString BanOperation::description() const
{
    return tr("Ban %1 from %2").arg(m_resource, m_node);
}

QString BanOperation::actionLabel() const
{
    return tr("Ban from %1").arg(m_node);
}

QString BanOperation::confirmationText() const
{
    return tr("Ban %1 from %2? If it runs there it stops and moves; the ban stays until it is "
              "cleared%3.")
        .arg(m_resource, m_node,
             m_lifetime.isEmpty() ? QString() : tr(" or its lifetime %1 ends").arg(m_lifetime));
}

Result<QList<RemoteCommand>> BanOperation::changeCommands() const
{
    return one(CommandTemplates::resourceBan(m_resource, m_node, m_lifetime));
}

void BanOperation::assess(const ClusterSnapshot &before, QStringList &warnings,
                          QStringList &blockers) const
{
    const Resource *r = before.status.resource(m_resource);
    if (!r)
        blockers << tr("The cluster has no resource %1.").arg(m_resource);
    if (!before.status.node(m_node))
        blockers << tr("%1 is not a node of this cluster.").arg(m_node);
    if (r && plan() && r->nodes.contains(m_node)) {
        const QStringList ids = idsWithin(*r);
        bool lands = false;
        for (const PlannedAction &a : plan()->actions) {
            if (ids.contains(a.resource) && !a.toNode.isEmpty() && a.toNode != m_node)
                lands = true;
        }
        if (!lands)
            warnings << tr("Pacemaker's simulation shows %1 would not run anywhere else: the "
                           "ban stops it.")
                            .arg(m_resource);
    }
}

QString BanOperation::verify(const ClusterSnapshot &now) const
{
    const Resource *r = now.status.resource(m_resource);
    if (r && r->nodes.contains(m_node))
        return tr("%1 still runs on %2").arg(m_resource, m_node);
    bool found = false;
    for (const CliConstraint &c : now.cliConstraints)
        found = found || (c.kind == CliConstraint::Kind::Ban && c.resource == m_resource);
    if (!found)
        return tr("no ban constraint for %1 is in the CIB").arg(m_resource);
    return {};
}

// Clear -----------------------------------------------------------------------------------------

ClearOperation::ClearOperation(OpsContext ctx, QString resource, QString node, QObject *parent)
    : Operation(std::move(ctx), parent)
    , m_resource(std::move(resource))
    , m_node(std::move(node))
{}

QString ClearOperation::description() const
{
    if (m_resource.isEmpty())
        return tr("Clear all leftover move/ban constraints");
    return m_node.isEmpty() ? tr("Clear move/ban constraints of %1").arg(m_resource)
                            : tr("Clear move/ban constraints of %1 on %2").arg(m_resource, m_node);
}

QStringList ClearOperation::targetNodes() const
{
    return m_node.isEmpty() ? QStringList() : QStringList{m_node};
}

QString ClearOperation::actionLabel() const
{
    return tr("Clear constraints");
}

QList<CliConstraint> ClearOperation::constraints() const
{
    QList<CliConstraint> out;
    if (!before())
        return out;
    for (const CliConstraint &c : before()->cliConstraints) {
        if ((m_resource.isEmpty() || c.resource == m_resource) &&
            (m_node.isEmpty() || c.node == m_node))
            out << c;
    }
    return out;
}

QStringList ClearOperation::resources() const
{
    if (!m_resource.isEmpty())
        return {m_resource};
    QStringList out;
    for (const CliConstraint &c : constraints()) {
        if (!out.contains(c.resource))
            out << c.resource;
    }
    return out;
}

Result<QList<RemoteCommand>> ClearOperation::changeCommands() const
{
    QList<RemoteCommand> out;
    for (const QString &r : resources()) {
        const auto c = CommandTemplates::resourceClear(r, m_node);
        if (!c.ok())
            return c.error();
        out << c.value();
    }
    return out;
}

std::optional<RemoteCommand> ClearOperation::simulatedChange() const
{
    // One resource: Pacemaker shows what moves once its constraints are gone.
    if (m_resource.isEmpty())
        return std::nullopt;
    return Operation::simulatedChange();
}

void ClearOperation::assess(const ClusterSnapshot &, QStringList &warnings,
                            QStringList &blockers) const
{
    if (constraints().isEmpty())
        blockers << tr("There is no cli-prefer-/cli-ban- constraint to clear.");
    if (m_resource.isEmpty() && !constraints().isEmpty())
        warnings << tr("Resources may move once these constraints are gone.");
}

QString ClearOperation::verify(const ClusterSnapshot &now) const
{
    for (const CliConstraint &c : now.cliConstraints) {
        if ((m_resource.isEmpty() || c.resource == m_resource) &&
            (m_node.isEmpty() || c.node == m_node))
            return tr("%1 is still there").arg(c.id);
    }
    return {};
}

// Cleanup ---------------------------------------------------------------------------------------

CleanupOperation::CleanupOperation(OpsContext ctx, QString resource, QString node, QObject *parent)
    : Operation(std::move(ctx), parent)
    , m_resource(std::move(resource))
    , m_node(std::move(node))
{}

QString CleanupOperation::description() const
{
    const QString what = m_resource.isEmpty() ? tr("all resources") : m_resource;
    return m_node.isEmpty() ? tr("Clean up %1").arg(what)
                            : tr("Clean up %1 on %2").arg(what, m_node);
}

QStringList CleanupOperation::targetNodes() const
{
    return m_node.isEmpty() ? QStringList() : QStringList{m_node};
}

QString CleanupOperation::actionLabel() const
{
    return tr("Clean up");
}

Result<QList<RemoteCommand>> CleanupOperation::changeCommands() const
{
    return one(CommandTemplates::resourceCleanup(m_resource, m_node));
}

QString CleanupOperation::verify(const ClusterSnapshot &now) const
{
    QStringList ids;
    if (!m_resource.isEmpty()) {
        if (const Resource *r = now.status.resource(m_resource))
            ids = idsWithin(*r);
        else
            ids << m_resource;
    }
    for (const FailedAction &f : now.status.failures) {
        if ((ids.isEmpty() || ids.contains(f.resource)) && (m_node.isEmpty() || f.node == m_node))
            return tr("failed action %1 on %2 is still listed").arg(f.opKey, f.node);
    }
    return {};
}

// Standby ---------------------------------------------------------------------------------------

StandbyOperation::StandbyOperation(OpsContext ctx, QString node, bool on, QObject *parent)
    : Operation(std::move(ctx), parent)
    , m_node(std::move(node))
    , m_on(on)
{}

QString StandbyOperation::description() const
{
    return m_on ? tr("Put %1 in standby").arg(m_node) : tr("Bring %1 online").arg(m_node);
}

QString StandbyOperation::actionLabel() const
{
    return m_on ? tr("Standby") : tr("Online");
}

Result<QList<RemoteCommand>> StandbyOperation::changeCommands() const
{
    return one(CommandTemplates::standby(m_node, m_on));
}

void StandbyOperation::assess(const ClusterSnapshot &before, QStringList &warnings,
                              QStringList &blockers) const
{
    const NodeState *n = before.status.node(m_node);
    if (!n) {
        blockers << tr("%1 is not a node of this cluster.").arg(m_node);
        return;
    }
    if (n->standby == m_on)
        warnings
            << (m_on ? tr("%1 is already in standby.") : tr("%1 is already online.")).arg(m_node);
    if (m_on && plan()) {
        for (const QString &r : plan()->stoppedResources())
            warnings << tr("%1 would stop and run nowhere.").arg(r);
    }
}

QString StandbyOperation::verify(const ClusterSnapshot &now) const
{
    const NodeState *n = now.status.node(m_node);
    if (!n)
        return tr("%1 is not listed").arg(m_node);
    if (n->standby != m_on)
        return m_on ? tr("%1 is not in standby").arg(m_node)
                    : tr("%1 is still in standby").arg(m_node);
    if (m_on && n->resourcesRunning > 0)
        return tr("%1 still runs %2 resources").arg(m_node).arg(n->resourcesRunning);
    return {};
}

// Maintenance -----------------------------------------------------------------------------------

MaintenanceOperation::MaintenanceOperation(OpsContext ctx, bool on, QString node, QObject *parent)
    : Operation(std::move(ctx), parent)
    , m_on(on)
    , m_node(std::move(node))
{}

QString MaintenanceOperation::description() const
{
    if (m_node.isEmpty())
        return m_on ? tr("Turn cluster maintenance mode on")
                    : tr("Turn cluster maintenance mode off");
    return m_on ? tr("Put %1 in maintenance mode").arg(m_node)
                : tr("Take %1 out of maintenance mode").arg(m_node);
}

QStringList MaintenanceOperation::targetNodes() const
{
    return m_node.isEmpty() ? QStringList() : QStringList{m_node};
}

QString MaintenanceOperation::actionLabel() const
{
    return m_on ? tr("Maintenance on") : tr("Maintenance off");
}

Result<QList<RemoteCommand>> MaintenanceOperation::changeCommands() const
{
    if (m_node.isEmpty())
        return one(CommandTemplates::attributeUpdate(QStringLiteral("maintenance-mode"),
                                                     m_on ? QStringLiteral("true")
                                                          : QStringLiteral("false")));
    return one(CommandTemplates::attributeUpdate(
        QStringLiteral("maintenance"), m_on ? QStringLiteral("on") : QStringLiteral("off"),
        m_node));
}

QString MaintenanceOperation::verify(const ClusterSnapshot &now) const
{
    if (m_node.isEmpty())
        return now.status.summary.maintenanceMode == m_on
                   ? QString()
                   : tr("cluster maintenance mode unchanged");
    const NodeState *n = now.status.node(m_node);
    if (!n)
        return tr("%1 is not listed").arg(m_node);
    return n->maintenance == m_on ? QString() : tr("%1: maintenance unchanged").arg(m_node);
}

// Manage / unmanage -----------------------------------------------------------------------------

ManageOperation::ManageOperation(OpsContext ctx, QString resource, bool managed, QObject *parent)
    : Operation(std::move(ctx), parent)
    , m_resource(std::move(resource))
    , m_managed(managed)
{}

QString ManageOperation::description() const
{
    return m_managed ? tr("Manage %1").arg(m_resource) : tr("Unmanage %1").arg(m_resource);
}

QString ManageOperation::actionLabel() const
{
    return m_managed ? tr("Manage") : tr("Unmanage");
}

Result<QList<RemoteCommand>> ManageOperation::changeCommands() const
{
    return one(CommandTemplates::resourceMeta(m_resource, QStringLiteral("is-managed"),
                                              m_managed ? QStringLiteral("true")
                                                        : QStringLiteral("false")));
}

QString ManageOperation::verify(const ClusterSnapshot &now) const
{
    const Resource *r = now.status.resource(m_resource);
    if (!r)
        return tr("%1 is not listed").arg(m_resource);
    return allManaged(*r, m_managed) ? QString()
                                     : (m_managed ? tr("%1 is not managed yet").arg(m_resource)
                                                  : tr("%1 is still managed").arg(m_resource));
}

// Start / stop ----------------------------------------------------------------------------------

StartStopOperation::StartStopOperation(OpsContext ctx, QString resource, bool start,
                                       QObject *parent)
    : Operation(std::move(ctx), parent)
    , m_resource(std::move(resource))
    , m_start(start)
{}

QString StartStopOperation::description() const
{
    return m_start ? tr("Start %1").arg(m_resource) : tr("Stop %1").arg(m_resource);
}

QString StartStopOperation::actionLabel() const
{
    return m_start ? tr("Start") : tr("Stop");
}

Result<QList<RemoteCommand>> StartStopOperation::changeCommands() const
{
    return one(CommandTemplates::resourceMeta(m_resource, QStringLiteral("target-role"),
                                              m_start ? QStringLiteral("Started")
                                                      : QStringLiteral("Stopped")));
}

QString StartStopOperation::verify(const ClusterSnapshot &now) const
{
    const Resource *r = now.status.resource(m_resource);
    if (!r)
        return tr("%1 is not listed").arg(m_resource);
    if (m_start && !r->active)
        return tr("%1 is not running").arg(m_resource);
    if (!m_start && anyActive(*r))
        return tr("%1 still runs").arg(m_resource);
    return {};
}

} // namespace ha
