#include "opsactions.h"

#include "operationdialog.h"

#include "monitor/clustermonitor.h"
#include "monitor/nodewatcher.h"
#include "ops/moveoperation.h"
#include "ops/resourceoperations.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

#include <memory>

namespace ha::ui {

OpsActions::OpsActions(ClusterMonitor *monitor, QWidget *dialogParent)
    : QObject(dialogParent), m_monitor(monitor), m_dialogParent(dialogParent)
{
}

OpsContext OpsActions::context() const
{
    OpsContext ctx;
    ctx.profile = m_monitor->profile();
    for (NodeWatcher *w : m_monitor->watchers()) {
        if (w->session())
            ctx.sessions << w->session();
    }
    return ctx;
}

QStringList OpsActions::nodeNames() const
{
    QStringList out;
    for (const NodeProfile &n : m_monitor->profile().nodes)
        out << n.name;
    return out;
}

QString OpsActions::currentNodeOf(const QString &resource) const
{
    const NodeSnapshot *v = m_monitor->primaryView();
    if (!v || !v->status)
        return {};
    const Resource *r = v->status->resource(resource);
    return r && r->nodes.size() == 1 ? r->nodes.first() : QString();
}

OperationDialog *OpsActions::show(OperationDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ClusterProfile &p = m_monitor->profile();
    if (!p.serviceAddress.isEmpty())
        dialog->setServiceEndpoint(QStringLiteral("%1:%2").arg(p.serviceAddress).arg(p.servicePort));
    connect(dialog, &OperationDialog::operationFinished, this,
            [this](const Report &report, bool) {
                m_monitor->refreshNow();
                emit operationFinished(report);
            });
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    dialog->start();
    if (m_showDialogs)
        dialog->open(); // window-modal, no nested event loop
    emit dialogOpened(dialog);
    return dialog;
}

OperationDialog *OpsActions::open(const Make &make, const QString &confirmTarget)
{
    auto *d = new OperationDialog(
        [this, make](const MoveOperation::Options &) { return make(context()); }, false,
        m_dialogParent);
    d->setConfirmTarget(confirmTarget);
    return show(d);
}

OperationDialog *OpsActions::openMove(const QString &resource, const QString &node)
{
    auto *d = new OperationDialog(
        [this, resource, node](const MoveOperation::Options &o) {
            return new MoveOperation(context(), resource, node, o);
        },
        true, m_dialogParent);
    d->setConfirmTarget(resource);
    return show(d);
}

void OpsActions::move(const QString &resource, const QString &node)
{
    openMove(resource, node);
}

void OpsActions::failOver(const QString &resource)
{
    const NodeSnapshot *v = m_monitor->primaryView();
    QString target = v && v->status ? MoveOperation::otherNode(*v->status, resource) : QString();
    if (target.isEmpty()) {
        // No status yet: the other node of a two-node profile.
        const QString from = currentNodeOf(resource);
        for (const QString &n : nodeNames()) {
            if (n != from) {
                target = n;
                break;
            }
        }
    }
    openMove(resource, target);
}

void OpsActions::clearConstraints(const QString &resource)
{
    open([resource](const OpsContext &c) { return new ClearOperation(c, resource); }, {});
}

QList<QAction *> OpsActions::resourceActions(const QString &resourceId, QObject *parent)
{
    QObject *owner = parent ? parent : this;
    QList<QAction *> out;
    const QString here = currentNodeOf(resourceId);

    auto *failover = new QAction(tr("Fail over now"), owner);
    failover->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    failover->setToolTip(tr("Move %1 to the other node the safe way").arg(resourceId));
    connect(failover, &QAction::triggered, this, [this, resourceId] { failOver(resourceId); });
    out << failover;

    for (const QString &n : nodeNames()) {
        auto *a = new QAction(tr("Move to %1…").arg(n), owner);
        a->setEnabled(n != here);
        connect(a, &QAction::triggered, this, [this, resourceId, n] { move(resourceId, n); });
        out << a;
    }
    for (const QString &n : nodeNames()) {
        auto *a = new QAction(tr("Ban from %1…").arg(n), owner);
        connect(a, &QAction::triggered, this, [this, resourceId, n] {
            open([resourceId, n](const OpsContext &c) { return new BanOperation(c, resourceId, n); },
                 resourceId);
        });
        out << a;
    }
    auto *clear = new QAction(tr("Clear constraints…"), owner);
    clear->setShortcut(QKeySequence::Delete);
    connect(clear, &QAction::triggered, this, [this, resourceId] { clearConstraints(resourceId); });
    out << clear;

    auto *cleanup = new QAction(tr("Cleanup…"), owner);
    cleanup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(cleanup, &QAction::triggered, this, [this, resourceId] {
        open([resourceId](const OpsContext &c) { return new CleanupOperation(c, resourceId); },
             resourceId);
    });
    out << cleanup;

    auto *start = new QAction(tr("Start"), owner);
    connect(start, &QAction::triggered, this, [this, resourceId] {
        open([resourceId](const OpsContext &c) { return new StartStopOperation(c, resourceId, true); },
             resourceId);
    });
    auto *stop = new QAction(tr("Stop…"), owner);
    connect(stop, &QAction::triggered, this, [this, resourceId] {
        open([resourceId](const OpsContext &c) { return new StartStopOperation(c, resourceId, false); },
             resourceId);
    });
    out << start << stop;

    bool managed = true;
    if (const NodeSnapshot *v = m_monitor->primaryView(); v && v->status) {
        if (const Resource *r = v->status->resource(resourceId))
            managed = r->managed;
    }
    auto *manage = new QAction(managed ? tr("Unmanage") : tr("Manage"), owner);
    connect(manage, &QAction::triggered, this, [this, resourceId, managed] {
        open([resourceId, managed](const OpsContext &c) {
            return new ManageOperation(c, resourceId, !managed);
        }, resourceId);
    });
    out << manage;
    return out;
}

QList<QAction *> OpsActions::resourcesActions(const QStringList &resourceIds, QObject *parent)
{
    if (resourceIds.size() == 1)
        return resourceActions(resourceIds.first(), parent);
    QObject *owner = parent ? parent : this;
    auto *cleanup = new QAction(tr("Cleanup %n resources…", nullptr,
                                   static_cast<int>(resourceIds.size())), owner);
    cleanup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // One operation per resource, run one after the other: each dialog opens when the
    // previous one closes.
    connect(cleanup, &QAction::triggered, this, [this, resourceIds] {
        auto queue = std::make_shared<QStringList>(resourceIds);
        auto next = std::make_shared<std::function<void()>>();
        *next = [this, queue, next] {
            if (queue->isEmpty())
                return;
            const QString id = queue->takeFirst();
            OperationDialog *d = open(
                [id](const OpsContext &c) { return new CleanupOperation(c, id); }, id);
            connect(d, &QDialog::finished, this, [next] { (*next)(); });
        };
        (*next)();
    });
    return {cleanup};
}

QList<QAction *> OpsActions::nodeActions(const QString &node, QObject *parent)
{
    QObject *owner = parent ? parent : this;
    bool standby = false;
    bool maintenance = false;
    if (const NodeSnapshot *v = m_monitor->primaryView(); v && v->status) {
        for (const NodeState &n : v->status->nodes) {
            if (n.name == node) {
                standby = n.standby;
                maintenance = n.maintenance;
            }
        }
    }
    auto *sb = new QAction(standby ? tr("Online") : tr("Standby…"), owner);
    connect(sb, &QAction::triggered, this, [this, node, standby] {
        open([node, standby](const OpsContext &c) { return new StandbyOperation(c, node, !standby); },
             node);
    });
    auto *mt = new QAction(maintenance ? tr("Maintenance off") : tr("Maintenance on"), owner);
    connect(mt, &QAction::triggered, this, [this, node, maintenance] {
        open([node, maintenance](const OpsContext &c) {
            return new MaintenanceOperation(c, !maintenance, node);
        }, node);
    });
    return {sb, mt};
}

QList<QAction *> OpsActions::clusterActions(QObject *parent)
{
    QObject *owner = parent ? parent : this;
    bool mode = false;
    if (const NodeSnapshot *v = m_monitor->primaryView(); v && v->status)
        mode = v->status->summary.maintenanceMode;
    auto *mt = new QAction(mode ? tr("Leave cluster maintenance mode")
                                : tr("Cluster maintenance mode"), owner);
    connect(mt, &QAction::triggered, this, [this, mode] {
        open([mode](const OpsContext &c) { return new MaintenanceOperation(c, !mode); }, {});
    });
    auto *cleanup = new QAction(tr("Cleanup all resources…"), owner);
    connect(cleanup, &QAction::triggered, this, [this] {
        open([](const OpsContext &c) { return new CleanupOperation(c); }, {});
    });
    auto *clear = new QAction(tr("Clear all leftover move/ban constraints…"), owner);
    connect(clear, &QAction::triggered, this, [this] { clearConstraints({}); });
    return {mt, cleanup, clear};
}

} // namespace ha::ui
