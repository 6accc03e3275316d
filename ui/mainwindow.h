#pragma once
// The console's main window: one cluster at a time. Everything it shows comes from the core
// ClusterMonitor; the window only turns those views into widgets and routes the operator's
// answers (host keys) back.

#include "profile/clusterprofile.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QQueue>

class QHBoxLayout;
class QLabel;
class QMenu;
class QTabWidget;

namespace ha {
class AuditLog;
class AuditLogModel;
class ClusterMonitor;
class FailureModel;
class ResourceModel;
class SecretStore;
class ServiceHealth;
class ServiceHealthPanel;
class PowerMonitor;
} // namespace ha

namespace ha::logsource {
class LogController;
}

namespace ha::ui {

class AuditLogView;
class ConstraintsView;
class FailuresView;
class FencingHistoryView;
class NodeCard;
class OpsActions;
class ResourceTreeView;
class SplitBrainBanner;
class StatusAgeLabel;
class LogViewerWidget;
class RecordTable;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the named profile and connects to its nodes; false (with a message shown) when the
    // profile cannot be read.
    bool openProfile(const QString &name);
    void openProfile(const ClusterProfile &profile);
    // Asks for a cluster (first run, or Cluster ▸ Add).
    void addCluster();

    ClusterMonitor *monitor() const { return m_monitor; }
    QList<NodeCard *> nodeCards() const { return m_cards; }
    SplitBrainBanner *banner() const { return m_banner; }
    ResourceTreeView *resourceView() const { return m_resourceView; }
    QTabWidget *tabs() const { return m_tabs; }
    ServiceHealth *serviceHealth() const { return m_health; }
    PowerMonitor *powerMonitor() const { return m_power; }
    OpsActions *opsActions() const { return m_ops; }
    logsource::LogController *logController() const { return m_logs; }
    LogViewerWidget *logViewer() const { return m_logView; }

    // Opens the Logs tab on [when - 2 min, when + 2 min] of every node (from a failed action or
    // fencing event). False when no cluster is open or the time is unknown.
    bool showLogAround(const QDateTime &when);

private:
    void buildMenus();
    void closeCluster();
    void refreshFromMonitor();
    void updateCards();
    void updateBanner();
    void rebuildResourceMenu();
    void showResourceContextMenu(const QPoint &pos);
    QStringList selectedResources() const;
    void askNextHostKey();
    void onHostKeyUnknown(const QString &node, const QString &fingerprint, const QString &type);
    void onHostKeyRejected(const QString &node, const QString &message);
    void offerLogJump(RecordTable *table, int timeColumn);

    struct HostKeyQuestion
    {
        QString node;
        QString fingerprint;
        QString type;
    };

    SecretStore *m_secrets = nullptr;
    AuditLog *m_audit = nullptr;
    AuditLogModel *m_auditModel = nullptr;
    ClusterMonitor *m_monitor = nullptr;
    ResourceModel *m_resourceModel = nullptr;
    ServiceHealth *m_health = nullptr;
    PowerMonitor *m_power = nullptr;
    OpsActions *m_ops = nullptr;
    QMenu *m_resourceMenu = nullptr;
    QMenu *m_clusterActionsMenu = nullptr;
    ServiceHealthPanel *m_healthPanel = nullptr;
    logsource::LogController *m_logs = nullptr;
    LogViewerWidget *m_logView = nullptr;

    SplitBrainBanner *m_banner = nullptr;
    QWidget *m_cardRow = nullptr;
    QHBoxLayout *m_cardLayout = nullptr;
    QList<NodeCard *> m_cards;
    QTabWidget *m_tabs = nullptr;
    ResourceTreeView *m_resourceView = nullptr;
    FailuresView *m_failures = nullptr;
    ConstraintsView *m_constraints = nullptr;
    FencingHistoryView *m_fencing = nullptr;
    AuditLogView *m_auditView = nullptr;
    StatusAgeLabel *m_age = nullptr;
    QLabel *m_connectionSummary = nullptr;
    QQueue<HostKeyQuestion> m_hostKeyQuestions;
    bool m_askingHostKey = false;
};

} // namespace ha::ui
