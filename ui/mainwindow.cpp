#include "mainwindow.h"

#include "audit/auditlog.h"
#include "audit/auditlogmodel.h"
#include "auditlogview.h"
#include "cluster/crmtime.h"
#include "cluster/resourcemodel.h"
#include "constraintsview.h"
#include "failuresview.h"
#include "fencinghistoryview.h"
#include "firstrundialog.h"
#include "hostkeydialog.h"
#include "logsource/logcontroller.h"
#include "logview/logviewerwidget.h"
#include "messagebox.h"
#include "monitor/clustermonitor.h"
#include "monitor/nodewatcher.h"
#include "nodecard.h"
#include "nodecardstate.h"
#include "profile/profilestore.h"
#include "probe/servicehealth.h"
#include "power/powermonitor.h"
#include "power/poweractionswidget.h"
#include "ops/opsactions.h"
#include "ops/report.h"
#include "profile/secretstore.h"
#include "charts/servicehealthpanel.h"
#include "resourcetreeview.h"
#include "splitbrainbanner.h"
#include "statusagelabel.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ha::ui {

namespace {

// cli-prefer-/cli-ban- constraints: from the CIB when it was read (crm_mon lists only the
// negative ones, so a leftover cli-prefer would be invisible), else from crm_mon's bans.
QList<LeftoverConstraint> leftovers(const NodeSnapshot &view, const ClusterStatus &status)
{
    if (view.constraintsXml.isEmpty())
        return ConstraintsView::fromBans(status.bans);
    QList<LeftoverConstraint> out;
    for (const LocationConstraint &c : view.constraints) {
        if (!c.isCliLeftover())
            continue;
        LeftoverConstraint l;
        l.id = c.id;
        l.resource = c.resource;
        l.node = c.node;
        l.score = c.score;
        l.role = c.role;
        if (c.expires.isValid())
            l.expires = c.expires.toLocalTime().toString(Qt::ISODate)
                        + (c.expired ? MainWindow::tr(" (expired)") : QString());
        out << l;
    }
    return out;
}

// Node id -> name, from the membership corosync-quorumtool printed.
QString memberName(const NodeSnapshot &view, int nodeId)
{
    if (view.quorum) {
        for (const QuorumMember &m : view.quorum->members) {
            if (m.nodeId == nodeId)
                return m.name;
        }
    }
    return MainWindow::tr("node id %1").arg(nodeId);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_secrets(new SecretStore(this))
    , m_audit(new AuditLog(AuditLog::defaultPath(), this))
{
    setWindowTitle(tr("HA Console"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    m_banner = new SplitBrainBanner(central);
    layout->addWidget(m_banner);

    m_cardRow = new QWidget(central);
    m_cardLayout = new QHBoxLayout(m_cardRow);
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    m_cardLayout->setSpacing(8);
    auto *placeholder = new QLabel(tr("No cluster is open. Use Cluster ▸ Add a cluster… or "
                                      "start the console with --profile NAME."),
                                   m_cardRow);
    placeholder->setObjectName(QStringLiteral("noClusterLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    m_cardLayout->addWidget(placeholder);
    layout->addWidget(m_cardRow);

    m_tabs = new QTabWidget(central);
    m_resourceModel = new ResourceModel(this);
    m_resourceView = new ResourceTreeView(m_tabs);
    m_resourceView->setModel(m_resourceModel);
    m_tabs->addTab(m_resourceView, tr("Resources"));
    m_resourceView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_resourceView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_resourceView, &QWidget::customContextMenuRequested, this,
            &MainWindow::showResourceContextMenu);
    connect(m_resourceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::rebuildResourceMenu);
    m_failures = new FailuresView(m_tabs);
    m_tabs->addTab(m_failures, tr("Failed actions"));
    offerLogJump(m_failures, FailuresView::TimeColumn);
    m_constraints = new ConstraintsView(m_tabs);
    m_tabs->addTab(m_constraints, tr("Move/ban constraints"));
    connect(m_constraints, &ConstraintsView::clearRequested, this, [this](const QString &rsc) {
        if (m_ops)
            m_ops->clearConstraints(rsc);
    });
    m_fencing = new FencingHistoryView(m_tabs);
    m_tabs->addTab(m_fencing, tr("Fencing history"));
    offerLogJump(m_fencing, FencingHistoryView::TimeColumn);
    m_auditModel = new AuditLogModel(m_audit, 10000, this);
    m_auditView = new AuditLogView(m_tabs);
    m_auditView->setModel(m_auditModel);
    m_tabs->addTab(m_auditView, tr("Audit log"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_age = new StatusAgeLabel(this);
    m_connectionSummary = new QLabel(this);
    statusBar()->addWidget(m_connectionSummary, 1);
    statusBar()->addPermanentWidget(m_age);

    buildMenus();
    resize(1280, 820);
}

MainWindow::~MainWindow()
{
    closeCluster();
}

void MainWindow::buildMenus()
{
    QMenu *cluster = menuBar()->addMenu(tr("&Cluster"));
    QAction *add = cluster->addAction(tr("&Add a cluster…"));
    connect(add, &QAction::triggered, this, &MainWindow::addCluster);
    QMenu *open = cluster->addMenu(tr("&Open"));
    connect(open, &QMenu::aboutToShow, this, [this, open] {
        open->clear();
        const QStringList names = ProfileStore().names();
        if (names.isEmpty())
            open->addAction(tr("(no saved clusters)"))->setEnabled(false);
        for (const QString &n : names) {
            connect(open->addAction(n), &QAction::triggered, this,
                    [this, n] { openProfile(n); });
        }
    });
    m_clusterActionsMenu = cluster->addMenu(tr("Cluster &actions"));
    connect(m_clusterActionsMenu, &QMenu::aboutToShow, this, [this] {
        m_clusterActionsMenu->clear();
        if (!m_ops) {
            m_clusterActionsMenu->addAction(tr("(no cluster open)"))->setEnabled(false);
            return;
        }
        m_clusterActionsMenu->addActions(m_ops->clusterActions(m_clusterActionsMenu));
        if (m_monitor) {
            for (const NodeProfile &n : m_monitor->profile().nodes) {
                QMenu *sub = m_clusterActionsMenu->addMenu(tr("Node %1").arg(n.name));
                sub->addActions(m_ops->nodeActions(n.name, sub));
            }
        }
    });
    QAction *refresh = cluster->addAction(tr("&Refresh now"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        if (m_monitor)
            m_monitor->refreshNow();
    });
    cluster->addSeparator();
    m_resourceMenu = menuBar()->addMenu(tr("&Resource"));
    rebuildResourceMenu();
    QAction *quit = cluster->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::addCluster()
{
    FirstRunDialog dlg(ProfileStore(), m_secrets, this);
    if (dlg.exec() == QDialog::Accepted)
        openProfile(dlg.profile());
}

bool MainWindow::openProfile(const QString &name)
{
    const Result<ClusterProfile> p = ProfileStore().load(name);
    if (!p.ok()) {
        MessageBox::warning(this, tr("Cannot open cluster"), p.error().message);
        return false;
    }
    openProfile(p.value());
    return true;
}

void MainWindow::offerLogJump(RecordTable *table, int timeColumn)
{
    QTableView *view = table->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    const auto timeAt = [table, timeColumn](const QModelIndex &index) {
        return index.isValid() ? parseCrmTime(table->cellText(index.row(), timeColumn)) : QDateTime();
    };
    connect(view, &QWidget::customContextMenuRequested, this, [this, view, timeAt](const QPoint &pos) {
        const QModelIndex index = view->indexAt(pos);
        if (!index.isValid())
            return;
        const QDateTime when = timeAt(index);
        QMenu menu(this);
        QAction *jump = menu.addAction(when.isValid()
                                           ? tr("Show the log of every node around %1")
                                                 .arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
                                           : tr("Show the log around this moment (time unknown)"));
        jump->setEnabled(when.isValid() && m_logView);
        if (menu.exec(view->viewport()->mapToGlobal(pos)) == jump)
            showLogAround(when);
    });
    connect(view, &QAbstractItemView::doubleClicked, this,
            [this, timeAt](const QModelIndex &index) { showLogAround(timeAt(index)); });
}

bool MainWindow::showLogAround(const QDateTime &when)
{
    if (!m_logView || !when.isValid())
        return false;
    m_tabs->setCurrentWidget(m_logView);
    m_logView->jumpTo(when, 120);
    return true;
}

void MainWindow::closeCluster()
{
    if (m_logView) {
        m_tabs->removeTab(m_tabs->indexOf(m_logView));
        delete m_logView;
        m_logView = nullptr;
    }
    // Before the monitor: the log sources run on its sessions.
    delete m_logs;
    m_logs = nullptr;
    if (m_healthPanel) {
        m_tabs->removeTab(m_tabs->indexOf(m_healthPanel));
        delete m_healthPanel;
        m_healthPanel = nullptr;
    }
    delete m_health;
    m_health = nullptr;
    delete m_ops;
    m_ops = nullptr;
    if (m_power) {
        m_power->stop();
        delete m_power;
        m_power = nullptr;
    }
    if (m_monitor) {
        m_monitor->stop();
        delete m_monitor;
        m_monitor = nullptr;
    }
    m_hostKeyQuestions.clear();
}

void MainWindow::openProfile(const ClusterProfile &profile)
{
    closeCluster();
    setWindowTitle(tr("%1 — HA Console").arg(profile.name));

    // One card per node, in profile order, side by side.
    while (QLayoutItem *item = m_cardLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_cards.clear();
    m_monitor = new ClusterMonitor(profile, m_audit, m_secrets, this);
    m_power = new PowerMonitor(profile, m_audit, m_secrets, this);
    m_ops = new OpsActions(m_monitor, this);
    connect(m_ops, &OpsActions::operationFinished, this, [this](const Report &report) {
        statusBar()->showMessage(report.title(), 15000);
    });
    for (const NodeProfile &n : profile.nodes) {
        auto *column = new QWidget(m_cardRow);
        auto *v = new QVBoxLayout(column);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(4);
        auto *card = new NodeCard(column);
        NodeCardState s;
        s.name = n.name;
        s.bmcConfigured = n.bmc.isConfigured();
        card->setState(s);
        card->setContextMenuPolicy(Qt::CustomContextMenu);
        const QString nodeName = n.name;
        connect(card, &QWidget::customContextMenuRequested, this, [this, card, nodeName](const QPoint &pos) {
            if (!m_ops)
                return;
            QMenu menu(this);
            menu.addActions(m_ops->nodeActions(nodeName, &menu));
            menu.exec(card->mapToGlobal(pos));
        });
        v->addWidget(card, 1);
        if (n.bmc.isConfigured()) {
            auto *power = new PowerActionsWidget(m_power, n.name, column);
            power->setStatusSource([this]() -> const ClusterStatus * {
                const NodeSnapshot *p = m_monitor ? m_monitor->primaryView() : nullptr;
                return p && p->status ? &*p->status : nullptr;
            });
            power->setViewNodeSource([this] {
                const NodeSnapshot *p = m_monitor ? m_monitor->primaryView() : nullptr;
                return p ? p->node : QString();
            });
            // "Test fencing…" runs stonith_admin on the other node and watches the cluster.
            power->setClusterMonitor(m_monitor);
            v->addWidget(power);
        }
        m_cardLayout->addWidget(column, 1);
        m_cards << card;
    }
    connect(m_power, &PowerMonitor::nodeChanged, this, &MainWindow::updateCards);
    m_power->start();

    connect(m_monitor, &ClusterMonitor::changed, this, &MainWindow::refreshFromMonitor);
    connect(m_monitor, &ClusterMonitor::hostKeyUnknown, this, &MainWindow::onHostKeyUnknown);
    connect(m_monitor, &ClusterMonitor::hostKeyRejected, this, &MainWindow::onHostKeyRejected);
    m_monitor->start();

    // The service as a client sees it, next to what the cluster says about itself.
    m_health = new ServiceHealth(profile, {}, kDefaultHistorySamples, this);
    m_health->attachMonitor(m_monitor);
    m_health->start();
    m_healthPanel = new ServiceHealthPanel(m_health, m_tabs);
    m_tabs->insertTab(1, m_healthPanel, tr("Service health"));
    connect(m_healthPanel, &ServiceHealthPanel::logRequested, this, &MainWindow::showLogAround);

    // Both nodes' logs on one timeline, over the monitor's sessions: the last hour, then live.
    m_logs = new logsource::LogController(this);
    m_logs->attach(m_monitor);
    m_logView = new LogViewerWidget(m_logs->filtered(), m_tabs);
    m_logView->attach(m_logs);
    m_tabs->insertTab(m_tabs->indexOf(m_auditView), m_logView, tr("Logs"));
    m_logs->start();
    refreshFromMonitor();
}

void MainWindow::refreshFromMonitor()
{
    if (!m_monitor)
        return;
    const NodeSnapshot *primary = m_monitor->primaryView();
    if (primary && primary->status) {
        const ClusterStatus &st = *primary->status;
        m_resourceModel->update(st);
        m_failures->setFailures(st.failures);
        m_constraints->setConstraints(leftovers(*primary, st));
        m_fencing->setEvents(st.fencing);
        m_tabs->setTabText(m_tabs->indexOf(m_failures), st.failures.isEmpty()
                                  ? tr("Failed actions")
                                  : tr("Failed actions (%1)").arg(st.failures.size()));
        m_age->setLastUpdate(primary->lastStatus, primary->node);
    }
    updateCards();
    updateBanner();

    QStringList parts;
    for (const NodeWatcher *w : m_monitor->watchers()) {
        const NodeSnapshot &v = w->view();
        parts << tr("%1: %2").arg(v.node, sessionStateName(v.connection));
    }
    m_connectionSummary->setText(tr("SSH — %1").arg(parts.join(QStringLiteral(" · "))));
}

void MainWindow::updateCards()
{
    const NodeSnapshot *primary = m_monitor->primaryView();
    const QList<NodeWatcher *> watchers = m_monitor->watchers();
    for (int i = 0; i < watchers.size() && i < m_cards.size(); ++i) {
        const NodeSnapshot &own = watchers.at(i)->view();
        NodeCardState s = primary && primary->status
                              ? NodeCardState::fromClusterView(*primary->status, own.node)
                              : NodeCardState();
        s.name = own.node;
        s.lastContact = own.lastContact;
        s.bmcConfigured = m_cards.at(i)->state().bmcConfigured;
        if (m_power && s.bmcConfigured) {
            const NodePower p = m_power->state(own.node);
            s.powerOn = p.powerOn ? (*p.powerOn ? TriState::Yes : TriState::No) : TriState::Unknown;
            s.bmcReachable = p.lastPoll.isValid() ? (p.bmcReachable ? TriState::Yes : TriState::No)
                                                  : TriState::Unknown;
            s.bmcDetail = p.lastError;
            s.sensorSummary = p.sensorSummary;
            s.sensorAlarm = p.sensorAlarm;
        }
        if (own.reachable() && own.links) {
            for (const CorosyncLink &l : own.links->links) {
                for (auto it = l.peers.cbegin(); it != l.peers.cend(); ++it) {
                    if (it.key() == own.links->localNodeId)
                        continue;
                    s.links << HeartbeatLink{l.id, memberName(own, it.key()),
                                             l.peerConnected(it.key()) ? TriState::Yes
                                                                       : TriState::No};
                }
            }
        }
        if (own.reachable() && own.quorum) {
            s.quorumDetail = tr("%1 of %2 votes").arg(own.quorum->totalVotes).arg(own.quorum->expectedVotes);
        }
        if (own.status) {
            s.quorate = own.status->pacemakerRunning
                            ? (own.status->summary.quorum ? TriState::Yes : TriState::No)
                            : TriState::Unknown;
            if (!own.status->pacemakerRunning) {
                s.verdict = NodeVerdict::PacemakerStopped;
                s.reason = own.status->pacemakerMessage;
            }
        }
        if (!own.reachable() && own.connection != NodeSession::State::Connecting) {
            if (s.verdict != NodeVerdict::Offline && s.verdict != NodeVerdict::Unclean)
                s.verdict = NodeVerdict::Unreachable;
            s.reason = own.connectionMessage.isEmpty() ? sessionStateName(own.connection)
                                                       : own.connectionMessage;
        }
        m_cards.at(i)->setState(s);
    }
}

void MainWindow::updateBanner()
{
    const ViewComparison cmp = m_monitor->comparison();
    QStringList critical;
    QStringList other;
    for (const ViewFinding &f : cmp.findings) {
        // Unreachable nodes and stopped Pacemaker already read on their cards.
        if (f.kind == ViewFinding::Kind::NodeUnreachable
            || f.kind == ViewFinding::Kind::PacemakerStopped)
            continue;
        (f.critical ? critical : other) << f.text;
    }
    if (cmp.splitBrain)
        m_banner->showSplitBrain((critical + other).join(u'\n'));
    else if (!critical.isEmpty() || !other.isEmpty())
        m_banner->showDisagreement((critical + other).join(u'\n'));
    else
        m_banner->clear();
}

QStringList MainWindow::selectedResources() const
{
    QStringList ids;
    const QModelIndexList rows = m_resourceView->selectionModel()->selectedRows(0);
    for (const QModelIndex &i : rows) {
        if (const Resource *r = m_resourceModel->resourceAt(i))
            ids << r->id;
    }
    return ids;
}

void MainWindow::rebuildResourceMenu()
{
    // The menu bar holds the selected resource's actions, so their shortcuts (Ctrl+M, Del)
    // work from anywhere in the window.
    m_resourceMenu->clear();
    const QStringList ids = m_ops ? selectedResources() : QStringList();
    if (ids.isEmpty()) {
        m_resourceMenu->addAction(tr("(select a resource)"))->setEnabled(false);
        return;
    }
    m_resourceMenu->addActions(ids.size() == 1 ? m_ops->resourceActions(ids.first(), m_resourceMenu)
                                               : m_ops->resourcesActions(ids, m_resourceMenu));
}

void MainWindow::showResourceContextMenu(const QPoint &pos)
{
    if (!m_ops || !m_resourceView->indexAt(pos).isValid())
        return;
    const QStringList ids = selectedResources();
    if (ids.isEmpty())
        return;
    QMenu menu(this);
    menu.addActions(ids.size() == 1 ? m_ops->resourceActions(ids.first(), &menu)
                                    : m_ops->resourcesActions(ids, &menu));
    menu.exec(m_resourceView->viewport()->mapToGlobal(pos));
}

void MainWindow::onHostKeyUnknown(const QString &node, const QString &fingerprint,
                                  const QString &type)
{
    m_hostKeyQuestions.enqueue({node, fingerprint, type});
    // Ask outside the signal: the dialog runs its own loop.
    QTimer::singleShot(0, this, &MainWindow::askNextHostKey);
}

void MainWindow::askNextHostKey()
{
    if (m_askingHostKey || m_hostKeyQuestions.isEmpty() || !m_monitor)
        return;
    m_askingHostKey = true;
    const HostKeyQuestion q = m_hostKeyQuestions.dequeue();
    NodeWatcher *w = m_monitor->watcher(q.node);
    if (w) {
        HostKeyInfo info;
        info.node = q.node;
        info.host = w->session()->endpoint().host;
        info.port = w->session()->endpoint().port;
        info.keyType = q.type;
        info.fingerprint = q.fingerprint;
        info.knownHostsFile = w->session()->endpoint().knownHostsFile;
        const bool trust = HostKeyDialog::askTrust(this, info);
        if (m_monitor && (w = m_monitor->watcher(q.node))) {
            if (trust)
                w->session()->acceptHostKey();
            else
                w->session()->rejectHostKey();
        }
    }
    m_askingHostKey = false;
    if (!m_hostKeyQuestions.isEmpty())
        QTimer::singleShot(0, this, &MainWindow::askNextHostKey);
}

void MainWindow::onHostKeyRejected(const QString &node, const QString &message)
{
    NodeWatcher *w = m_monitor ? m_monitor->watcher(node) : nullptr;
    HostKeyInfo info;
    info.node = node;
    info.message = message;
    if (w) {
        info.host = w->session()->endpoint().host;
        info.port = w->session()->endpoint().port;
        info.knownHostsFile = w->session()->endpoint().knownHostsFile;
    }
    QTimer::singleShot(0, this, [this, info] { HostKeyDialog::showChanged(this, info); });
}

} // namespace ha::ui
