#pragma once
// The console's cluster actions as QActions for menus: per resource (the resource tree's
// context menu), per node (node cards) and for the whole cluster (main menu). Each action opens
// an OperationDialog over the monitor's live sessions; when it finishes the monitor refreshes
// and operationFinished() carries the report (audit record, status bar).

#include "ops/report.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QWidget;

namespace ha {
class ClusterMonitor;
class Operation;
struct OpsContext;
}

namespace ha::ui {

class OperationDialog;

class OpsActions : public QObject
{
    Q_OBJECT
public:
    OpsActions(ClusterMonitor *monitor, QWidget *dialogParent);

    // Move to <node> (one per other node), Fail over now (Ctrl+M), Ban from <node>, Clear
    // constraints (Del), Cleanup, Start, Stop, Manage/Unmanage. Owned by `parent`.
    QList<QAction *> resourceActions(const QString &resourceId, QObject *parent = nullptr);
    // Cleanup for several resources at once (multi-selection), one dialog per resource.
    QList<QAction *> resourcesActions(const QStringList &resourceIds, QObject *parent = nullptr);
    // Standby / Online, Maintenance on / off.
    QList<QAction *> nodeActions(const QString &node, QObject *parent = nullptr);
    // Maintenance mode on / off, Cleanup all, Clear all leftover constraints.
    QList<QAction *> clusterActions(QObject *parent = nullptr);

    // Tests: the dialog currently open (nullptr when none).
    OperationDialog *currentDialog() const { return m_dialog; }
    // Tests: dialogs are created but not shown (show() under offscreen is fine too).
    void setShowDialogs(bool show) { m_showDialogs = show; }

public slots:
    void clearConstraints(const QString &resource);
    void move(const QString &resource, const QString &node);
    void failOver(const QString &resource);

signals:
    void operationFinished(const ha::Report &report);
    void dialogOpened(ha::ui::OperationDialog *dialog);

private:
    using Make = std::function<Operation *(const OpsContext &)>;
    OpsContext context() const;
    OperationDialog *open(const Make &make, const QString &confirmTarget);
    OperationDialog *openMove(const QString &resource, const QString &node);
    OperationDialog *show(OperationDialog *dialog);
    QString currentNodeOf(const QString &resource) const;
    QStringList nodeNames() const;

    ClusterMonitor *m_monitor;
    QWidget *m_dialogParent;
    OperationDialog *m_dialog = nullptr;
    bool m_showDialogs = true;
};

} // namespace ha::ui
