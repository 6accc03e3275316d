// Dashboard widgets built from the lab's real crm_mon samples: what they say, what they hide,
// and screenshots of each (HA_ARTIFACT_DIR) to look at.

#include "cluster/modelroles.h"
#include "cluster/resourcemodel.h"
#include "constraintsview.h"
#include "failuresview.h"
#include "fencinghistoryview.h"
#include "guitestutil.h"
#include "nodecard.h"
#include "resourcestatedelegate.h"
#include "resourcetreeview.h"
#include "splitbrainbanner.h"
#include "statebadge.h"
#include "statusagelabel.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace ha;
using namespace ha::ui;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(8, 33, 0), Qt::UTC);

Clock fixedClock(const QDateTime *now)
{
    return [now] { return *now; };
}

NodeCardState healthyCard(const ClusterStatus &view, const QString &node, const QString &peer)
{
    NodeCardState s = NodeCardState::fromClusterView(view, node);
    s.links = {{0, peer, TriState::Yes}, {1, peer, TriState::Yes}};
    s.quorumDetail = QStringLiteral("2 of 2 votes");
    s.lastContact = kNow.addMSecs(-400);
    return s;
}

} // namespace

class TstDashboardWidgets : public QObject
{
    Q_OBJECT
private slots:
    void nodeCardsHealthy();
    void nodeCardVerdicts_data();
    void nodeCardVerdicts();
    void nodeCardShowsDeadLinkAndStaleContact();
    void splitBrainBanner();
    void resourceTreeShowsFailure();
    void containerBadgeShowsWorstChild();
    void failuresView();
    void constraintsViewClear();
    void fencingHistory();
    void statusAgeLabel();
    void dashboardFromLabSnapshot();
};

void TstDashboardWidgets::nodeCardsHealthy()
{
    ClusterStatus view;
    QString err;
    QVERIFY2(test::loadSample(QStringLiteral("healthy-crm_mon-node1.xml"), &view, &err),
             qPrintable(err));

    QWidget pair;
    auto *row = new QHBoxLayout(&pair);
    auto *c1 = new NodeCard(&pair);
    auto *c2 = new NodeCard(&pair);
    row->addWidget(c1);
    row->addWidget(c2);
    c1->setClock(fixedClock(&kNow));
    c2->setClock(fixedClock(&kNow));
    c1->setState(healthyCard(view, QStringLiteral("node1"), QStringLiteral("node2")));
    c2->setState(healthyCard(view, QStringLiteral("node2"), QStringLiteral("node1")));

    QCOMPARE(c1->verdictText(), QStringLiteral("✔ Online"));
    QCOMPARE(c2->verdictText(), QStringLiteral("✔ Online · DC"));
    QVERIFY2(c2->text().contains(QStringLiteral("Resources: 4 running")), qPrintable(c2->text()));
    QVERIFY(c1->text().contains(QStringLiteral("Resources: 0 running")));
    QVERIFY(c1->text().contains(QStringLiteral("link 0 ↔ node2: ✔ up")));
    QVERIFY(c1->text().contains(QStringLiteral("Quorum: ✔ quorate (2 of 2 votes)")));
    QVERIFY2(c1->text().contains(QStringLiteral("Last contact: 0.4 s ago")),
             qPrintable(c1->text()));
    // No BMC yet: the placeholder row, never a guess.
    QVERIFY(c1->text().contains(QStringLiteral("Power: ? unknown")));

    pair.resize(900, 340);
    pair.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pair));
    QVERIFY(test::saveShot(&pair, QStringLiteral("nodecards_healthy")));
}

void TstDashboardWidgets::nodeCardVerdicts_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("unclean") << "fencing-unclean-node-crm_mon.xml"
                             << "node1"
                             << "✖ UNCLEAN — fencing pending";
    QTest::newRow("crashed peer") << "node-crashed-crm_mon-node1.xml"
                                  << "node2"
                                  << "✖ OFFLINE";
    QTest::newRow("standby") << "standby-node2-crm_mon.xml"
                             << "node2"
                             << "■ Standby";
    QTest::newRow("pacemaker stopped") << "pacemaker-stopped-crm_mon-node2.xml"
                                       << "node2"
                                       << "■ Pacemaker stopped";
}

void TstDashboardWidgets::nodeCardVerdicts()
{
    QFETCH(QString, sample);
    QFETCH(QString, node);
    QFETCH(QString, verdict);
    ClusterStatus view;
    QString err;
    QVERIFY2(test::loadSample(sample, &view, &err), qPrintable(err));
    NodeCard card;
    card.setState(NodeCardState::fromClusterView(view, node));
    QCOMPARE(card.verdictText(), verdict);
    card.resize(440, 320);
    QVERIFY(test::saveShot(&card,
                           QStringLiteral("nodecard_") +
                               QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
}

void TstDashboardWidgets::nodeCardShowsDeadLinkAndStaleContact()
{
    QDateTime now = kNow;
    NodeCard card;
    card.setClock(fixedClock(&now));
    NodeCardState s;
    s.name = QStringLiteral("node1");
    s.verdict = NodeVerdict::Unreachable;
    s.reason = QStringLiteral("connection refused (198.18.0.11:22)");
    s.links = {{0, QStringLiteral("node2"), TriState::No},
               {1, QStringLiteral("node2"), TriState::Yes}};
    s.quorate = TriState::No;
    s.lastContact = kNow.addSecs(-3);
    s.bmcConfigured = true;
    s.powerOn = TriState::Yes;
    s.bmcReachable = TriState::Yes;
    card.setState(s);
    QCOMPARE(card.verdictText(),
             QStringLiteral("✖ Not reachable over SSH: connection refused (198.18.0.11:22)"));
    QVERIFY(card.text().contains(QStringLiteral("link 0 ↔ node2: ✖ DOWN")));
    QVERIFY(card.text().contains(QStringLiteral("link 1 ↔ node2: ✔ up")));
    QVERIFY(card.text().contains(QStringLiteral("Quorum: ✖ NO QUORUM")));
    QVERIFY(card.text().contains(QStringLiteral("Power: ● On")));
    QVERIFY(card.text().contains(QStringLiteral("Last contact: 3.0 s ago")));
    QVERIFY(!card.text().contains(QStringLiteral("⚠")));
    // The clock moves on; the card's own tick makes the age a warning.
    now = kNow.addSecs(40);
    card.refreshAge();
    QVERIFY2(card.text().contains(QStringLiteral("Last contact: ⚠ 43 s ago")),
             qPrintable(card.text()));
    card.resize(440, 320);
    QVERIFY(test::saveShot(&card, QStringLiteral("nodecard_unreachable_link_down")));
}

void TstDashboardWidgets::splitBrainBanner()
{
    ClusterStatus v1, v2;
    QString err;
    QVERIFY2(test::loadSample(QStringLiteral("splitbrain-crm_mon-node1.xml"), &v1, &err),
             qPrintable(err));
    QVERIFY2(test::loadSample(QStringLiteral("splitbrain-crm_mon-node2.xml"), &v2, &err),
             qPrintable(err));
    // The samples really are a split brain: each node is DC of its own partition.
    QCOMPARE(v1.summary.dcName, QStringLiteral("node1"));
    QCOMPARE(v2.summary.dcName, QStringLiteral("node2"));

    QWidget dash;
    auto *box = new QVBoxLayout(&dash);
    auto *banner = new SplitBrainBanner(&dash);
    box->addWidget(banner);
    auto *row = new QHBoxLayout;
    auto *c1 = new NodeCard(&dash);
    auto *c2 = new NodeCard(&dash);
    row->addWidget(c1);
    row->addWidget(c2);
    box->addLayout(row);
    NodeCardState s1 = NodeCardState::fromClusterView(v1, QStringLiteral("node1"));
    s1.links = {{0, QStringLiteral("node2"), TriState::No},
                {1, QStringLiteral("node2"), TriState::No}};
    NodeCardState s2 = NodeCardState::fromClusterView(v2, QStringLiteral("node2"));
    s2.links = {{0, QStringLiteral("node1"), TriState::No},
                {1, QStringLiteral("node1"), TriState::No}};
    c1->setState(s1);
    c2->setState(s2);
    dash.resize(900, 460);
    dash.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dash));

    QVERIFY(!banner->isVisible());
    QCOMPARE(banner->level(), SplitBrainBanner::Level::None);

    const QString reason = QStringLiteral(
        "node1 and node2 each report themselves as DC and see the other OFFLINE; both run "
        "db-group. Both heartbeat links are down.");
    banner->showSplitBrain(reason);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->headline().contains(QStringLiteral("SPLIT BRAIN")));
    QCOMPARE(banner->reason(), reason);
    QVERIFY(banner->width() >= dash.width() - 30);
    QVERIFY(test::saveShot(&dash, QStringLiteral("dashboard_splitbrain")));

    banner->showDisagreement(QStringLiteral("node1 sees node2 OFFLINE; node2 sees both online."));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), SplitBrainBanner::Level::ViewsDisagree);
    QVERIFY(banner->headline().contains(QStringLiteral("disagree")));
    QVERIFY(test::saveShot(banner, QStringLiteral("banner_disagree")));

    banner->clear();
    QVERIFY(!banner->isVisible());
}

void TstDashboardWidgets::resourceTreeShowsFailure()
{
    // mysqld_safe was killed: the lab sample has mysql restarted with a fail count of 1.
    ClusterStatus view;
    QString err;
    QVERIFY2(test::loadSample(QStringLiteral("failed-mysql-killed-crm_mon-inactive-failcounts.xml"),
                              &view, &err),
             qPrintable(err));
    QVERIFY(view.resource(QStringLiteral("db-mysql-p")));

    ResourceTreeView tree;
    auto *model = new ResourceModel(&tree);
    tree.setModel(model);
    model->update(view);
    tree.resize(860, 220);
    tree.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tree));

    const QModelIndex group = model->indexOf(QStringLiteral("db-group"));
    QVERIFY(group.isValid());
    QVERIFY(model->rowCount(group) > 0);
    QVERIFY2(tree.isExpanded(group), "groups start expanded so members and their nodes show");

    const auto badgeAt = [&](const QModelIndex &idx) {
        StateBadge badge;
        QString extra;
        ResourceStateDelegate::stateOf(idx, &badge, &extra);
        return badge;
    };
    const auto paintedAt = [&](const QModelIndex &idx) {
        const QImage shot = tree.viewport()->grab().toImage();
        const QRect cell = tree.visualRect(idx);
        return shot.pixelColor(cell.left() + 5, cell.center().y());
    };
    // Badge colours with room for antialiasing and the row highlight underneath.
    const auto looksLike = [](const QColor &got, Severity s) {
        const QColor want = severityBackground(s);
        return qAbs(got.red() - want.red()) <= 24 && qAbs(got.green() - want.green()) <= 24 &&
               qAbs(got.blue() - want.blue()) <= 24;
    };

    QModelIndex state = model->indexOf(QStringLiteral("db-mysql-p"), ResourceTreeView::StateColumn);
    QVERIFY(state.isValid());
    QCOMPARE(badgeAt(state).label(), QStringLiteral("✔ Started"));
    QVERIFY(looksLike(paintedAt(state), Severity::Good));
    const QModelIndex fails =
        model->indexOf(QStringLiteral("db-mysql-p"), ResourceTreeView::FailcountColumn);
    QCOMPARE(fails.data().toInt(), 1);
    QVERIFY(test::saveShot(&tree, QStringLiteral("resourcetree_mysql_failcount")));

    // The next refresh reports the monitor failing for good: the same row turns into FAILED.
    std::function<Resource *(QList<Resource> &)> find = [&](QList<Resource> &list) -> Resource * {
        for (Resource &r : list) {
            if (r.id == QStringLiteral("db-mysql-p"))
                return &r;
            if (Resource *c = find(r.children))
                return c;
        }
        return nullptr;
    };
    Resource *mysql = find(view.resources);
    mysql->failed = true;
    mysql->role = QStringLiteral("Stopped");
    mysql->active = false;
    mysql->nodes.clear();
    mysql->targetRole = QStringLiteral("Started");
    model->update(view);
    QCoreApplication::processEvents(); // the view widens columns after the model's changes
    state = model->indexOf(QStringLiteral("db-mysql-p"), ResourceTreeView::StateColumn);

    QCOMPARE(static_cast<ItemState>(state.data(StateRole).toInt()), ItemState::Failed);
    StateBadge badge;
    QString extra;
    ResourceStateDelegate::stateOf(state, &badge, &extra);
    QCOMPARE(badge.label(), QStringLiteral("✖ FAILED"));
    // What the model says beyond the badge stays visible, without repeating "FAILED".
    QVERIFY2(extra.contains(QStringLiteral("target Started")), qPrintable(extra));
    QVERIFY2(!extra.contains(QStringLiteral("FAILED")), qPrintable(extra));
    QVERIFY2(tree.columnWidth(ResourceTreeView::StateColumn) >=
                 badgeSizeHint(badge, tree.font()).width() +
                     tree.fontMetrics().horizontalAdvance(extra),
             "the words after the badge must not be cut off");
    QVERIFY(looksLike(paintedAt(state), Severity::Bad));
    QVERIFY(test::saveShot(&tree, QStringLiteral("resourcetree_mysql_failed")));

    // Collapsed, the group shows the failure inside it instead of its own "Started".
    const QModelIndex groupState =
        model->indexOf(QStringLiteral("db-group"), ResourceTreeView::StateColumn);
    QVERIFY(looksLike(paintedAt(groupState), Severity::Good));
    tree.collapse(group);
    QVERIFY(looksLike(paintedAt(groupState), Severity::Bad));
    QVERIFY(test::saveShot(&tree, QStringLiteral("resourcetree_collapsed_failed")));
}

void TstDashboardWidgets::containerBadgeShowsWorstChild()
{
    Resource group;
    group.id = QStringLiteral("db-group");
    group.type = ResourceType::Group;
    Resource ok;
    ok.id = QStringLiteral("db-fs-p");
    ok.role = QStringLiteral("Started");
    ok.active = true;
    Resource bad = ok;
    bad.id = QStringLiteral("db-mysql-p");
    bad.failed = true;
    group.children = {ok, ok};
    QCOMPARE(resourceBadge(group).label(), QStringLiteral("✔ Started"));
    group.children = {ok, bad};
    QCOMPARE(resourceBadge(group).label(), QStringLiteral("✖ FAILED"));
    Resource stopped = ok;
    stopped.role = QStringLiteral("Stopped");
    stopped.active = false;
    group.children = {ok, stopped};
    QCOMPARE(resourceBadge(group).label(), QStringLiteral("◐ Partly started"));
    Resource unmanaged = ok;
    unmanaged.managed = false;
    QCOMPARE(resourceBadge(unmanaged).label(), QStringLiteral("⚠ Unmanaged"));
    QCOMPARE(resourceBadgeFromText(QStringLiteral("Stopped")).label(), QStringLiteral("■ Stopped"));
    QCOMPARE(resourceBadgeFromText(QStringLiteral("Promoted")).severity, Severity::Good);
}

void TstDashboardWidgets::failuresView()
{
    ClusterStatus view;
    QString err;
    QVERIFY2(test::loadSample(QStringLiteral("failed-mysql-killed-crm_mon.xml"), &view, &err),
             qPrintable(err));
    QVERIFY(!view.failures.isEmpty());

    FailuresView fv;
    fv.setFailures({});
    QVERIFY(fv.showsEmptyText());
    QVERIFY(fv.emptyText().contains(QStringLiteral("No failed actions")));

    fv.setFailures(view.failures);
    QVERIFY(!fv.showsEmptyText());
    QCOMPARE(fv.rowCount(), view.failures.size());
    const FailedAction &f = view.failures.first();
    QCOMPARE(fv.cellText(0, FailuresView::ResourceColumn), QStringLiteral("✖ ") + f.resource);
    QCOMPARE(fv.cellText(0, FailuresView::NodeColumn), f.node);
    QCOMPARE(fv.cellText(0, FailuresView::ResultColumn), QStringLiteral("not running (7)"));
    QCOMPARE(fv.cellText(0, FailuresView::OperationColumn), QStringLiteral("monitor (every 20 s)"));
    QVERIFY(fv.cellText(0, FailuresView::ReasonColumn).contains(QStringLiteral("no reason")));

    // A refresh with the same failures keeps the selection (rows updated in place).
    fv.view()->selectRow(0);
    fv.setFailures(view.failures);
    QVERIFY(fv.view()->selectionModel()->isRowSelected(0, {}));

    fv.resize(860, 160);
    QVERIFY(test::saveShot(&fv, QStringLiteral("failures_mysql_killed")));
}

void TstDashboardWidgets::constraintsViewClear()
{
    ClusterStatus view;
    QString err;
    QVERIFY2(
        test::loadSample(QStringLiteral("fencing-after-splitbrain-crm_mon-node1.xml"), &view, &err),
        qPrintable(err));
    QVERIFY(!view.bans.isEmpty());
    // The configured fence-device bans are not leftovers.
    QVERIFY(ConstraintsView::fromBans(view.bans).isEmpty());

    ConstraintsView cv;
    cv.setConstraints({});
    QVERIFY(cv.showsEmptyText());
    Ban leftover;
    leftover.id = QStringLiteral("cli-ban-db-group-on-node1");
    leftover.resource = QStringLiteral("db-group");
    leftover.node = QStringLiteral("node1");
    leftover.weight = QStringLiteral("-INFINITY");
    QList<LeftoverConstraint> rows = ConstraintsView::fromBans(view.bans + QList<Ban>{leftover});
    QCOMPARE(rows.size(), 1);
    rows << LeftoverConstraint{QStringLiteral("cli-prefer-nova-ip-p"),
                               QStringLiteral("nova-ip-p"),
                               QStringLiteral("node2"),
                               QStringLiteral("INFINITY"),
                               QString(),
                               QStringLiteral("2026-11-25 12:00:00Z")};
    cv.setConstraints(rows);
    QCOMPARE(cv.rowCount(), 2);
    QVERIFY(cv.cellText(0, ConstraintsView::KindColumn).contains(QStringLiteral("Banned")));
    QVERIFY(cv.cellText(1, ConstraintsView::KindColumn).contains(QStringLiteral("Pinned")));
    QCOMPARE(cv.cellText(0, ConstraintsView::ExpiresColumn), QStringLiteral("never"));

    QSignalSpy spy(&cv, &ConstraintsView::clearRequested);
    auto *clear = cv.findChild<QPushButton *>(QStringLiteral("clear-cli-prefer-nova-ip-p"));
    QVERIFY(clear);
    cv.resize(860, 160);
    cv.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cv));
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("nova-ip-p"));
    QVERIFY(test::saveShot(&cv, QStringLiteral("constraints_leftovers")));
}

void TstDashboardWidgets::fencingHistory()
{
    ClusterStatus pending, done;
    QString err;
    QVERIFY2(test::loadSample(QStringLiteral("fencing-unclean-node-crm_mon.xml"), &pending, &err),
             qPrintable(err));
    QVERIFY2(
        test::loadSample(QStringLiteral("fencing-after-splitbrain-crm_mon-node1.xml"), &done, &err),
        qPrintable(err));

    FencingHistoryView fh;
    fh.setEvents(pending.fencing);
    QVERIFY(fh.rowCount() >= 1);
    bool sawPending = false;
    for (int r = 0; r < fh.rowCount(); ++r)
        sawPending = sawPending || fh.cellText(r, FencingHistoryView::ResultColumn) ==
                                       QStringLiteral("↻ PENDING");
    QVERIFY(sawPending);

    fh.setEvents(done.fencing);
    QCOMPARE(fh.rowCount(), done.fencing.size());
    QCOMPARE(fh.cellText(0, FencingHistoryView::ResultColumn), QStringLiteral("✔ succeeded"));
    QCOMPARE(fh.cellText(0, FencingHistoryView::TargetColumn), done.fencing.first().target);
    QCOMPARE(fh.cellText(0, FencingHistoryView::RequestedByColumn),
             done.fencing.first().client + QStringLiteral(" on ") + done.fencing.first().origin);
    fh.resize(860, 160);
    QVERIFY(test::saveShot(&fh, QStringLiteral("fencing_history")));
    fh.setEvents({});
    QVERIFY(fh.showsEmptyText());
}

void TstDashboardWidgets::statusAgeLabel()
{
    QDateTime now = kNow;
    StatusAgeLabel label;
    label.setClock(fixedClock(&now));
    QCOMPARE(label.text(), QStringLiteral("No data yet"));
    label.setLastUpdate(kNow.addMSecs(-400), QStringLiteral("node1"));
    QCOMPARE(label.text(), QStringLiteral("Data from node1 0.4 s ago"));
    QVERIFY(!label.isStale());
    now = kNow.addMSecs(9500);
    label.refresh();
    QVERIFY(!label.isStale());
    now = kNow.addSecs(12);
    label.refresh();
    QVERIFY(label.isStale());
    QCOMPARE(label.text(), QStringLiteral("⚠ STALE: data from node1 is 12 s old"));
    label.resize(label.sizeHint());
    QVERIFY(test::saveShot(&label, QStringLiteral("statusage_stale")));
    label.setLastUpdate(now, QStringLiteral("node2"));
    QVERIFY(!label.isStale());
    QCOMPARE(label.text(), QStringLiteral("Data from node2 0.0 s ago"));
}

void TstDashboardWidgets::dashboardFromLabSnapshot()
{
    // Everything together, the way the main window stacks it, from one lab moment: mysqld_safe
    // was killed on node1 and restarted (fail count 1, a failed monitor), seen from node1.
    ClusterStatus view;
    QString err;
    QVERIFY2(test::loadSample(QStringLiteral("failed-mysql-killed-crm_mon-inactive-failcounts.xml"),
                              &view, &err),
             qPrintable(err));
    QWidget dash;
    auto *box = new QVBoxLayout(&dash);
    auto *banner = new SplitBrainBanner(&dash);
    box->addWidget(banner);
    auto *cards = new QHBoxLayout;
    const QStringList names{QStringLiteral("node1"), QStringLiteral("node2")};
    for (const QString &n : names) {
        auto *card = new NodeCard(&dash);
        card->setClock(fixedClock(&kNow));
        card->setState(healthyCard(view, n, n == names[0] ? names[1] : names[0]));
        cards->addWidget(card);
    }
    box->addLayout(cards);
    auto *tree = new ResourceTreeView(&dash);
    auto *model = new ResourceModel(tree);
    tree->setModel(model);
    model->update(view);
    box->addWidget(tree, 1);
    auto *failures = new FailuresView(&dash);
    failures->setFailures(view.failures);
    box->addWidget(failures);
    auto *constraints = new ConstraintsView(&dash);
    constraints->setConstraints(ConstraintsView::fromBans(view.bans));
    box->addWidget(constraints);
    auto *fencing = new FencingHistoryView(&dash);
    fencing->setEvents(view.fencing);
    box->addWidget(fencing);
    auto *age = new StatusAgeLabel(&dash);
    age->setClock(fixedClock(&kNow));
    age->setLastUpdate(kNow.addMSecs(-400), QStringLiteral("node1"));
    box->addWidget(age);
    dash.resize(1100, 900);
    dash.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dash));
    QCoreApplication::processEvents();

    QVERIFY(!banner->isVisible());
    QCOMPARE(failures->rowCount(), view.failures.size());
    QVERIFY(constraints->showsEmptyText());
    QVERIFY(fencing->showsEmptyText());
    QCOMPARE(age->text(), QStringLiteral("Data from node1 0.4 s ago"));
    QVERIFY(test::saveShot(&dash, QStringLiteral("dashboard_mysql_restarted")));
}

QTEST_MAIN(TstDashboardWidgets)
#include "tst_dashboard_widgets.moc"
