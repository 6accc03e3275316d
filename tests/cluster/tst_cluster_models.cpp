// The cluster models must follow a refresh incrementally: no reset, rows inserted/removed only
// when resources or nodes come and go, dataChanged only for the cells that changed.

#include "cluster/crmmonparser.h"
#include "cluster/failuremodel.h"
#include "cluster/nodemodel.h"
#include "cluster/resourcemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ha;

namespace {

ClusterStatus load(const char *name)
{
    const Result<ClusterStatus> r =
        CrmMonParser::parseFile(QStringLiteral(HA_CORPUS_DIR "/lab-samples/") + QLatin1String(name));
    if (!r)
        qFatal("%s: %s", name, qPrintable(r.error().message));
    return *r;
}

// Records every structural and data signal of a model.
struct Spies
{
    explicit Spies(QAbstractItemModel *m)
        : reset(m, &QAbstractItemModel::modelReset),
          layout(m, &QAbstractItemModel::layoutChanged),
          inserted(m, &QAbstractItemModel::rowsInserted),
          removed(m, &QAbstractItemModel::rowsRemoved),
          moved(m, &QAbstractItemModel::rowsMoved),
          changed(m, &QAbstractItemModel::dataChanged)
    {
    }
    void clear()
    {
        reset.clear();
        layout.clear();
        inserted.clear();
        removed.clear();
        moved.clear();
        changed.clear();
    }
    int structural() const
    {
        return int(reset.size() + layout.size() + inserted.size() + removed.size() + moved.size());
    }
    // (row, column) of each changed cell; every dataChanged must cover exactly one cell.
    QList<QPair<QString, int>> changedCells(const QAbstractItemModel *m) const
    {
        QList<QPair<QString, int>> cells;
        for (const QList<QVariant> &args : changed) {
            const auto tl = args.at(0).toModelIndex();
            const auto br = args.at(1).toModelIndex();
            if (tl != br)
                qFatal("dataChanged over more than one cell");
            cells.append({m->index(tl.row(), 0, tl.parent()).data(KeyRole).toString(), tl.column()});
        }
        return cells;
    }
    QSignalSpy reset, layout, inserted, removed, moved, changed;
};

Resource primitive(const QString &id, const QString &role, const QStringList &nodes)
{
    Resource r;
    r.id = id;
    r.agent = QStringLiteral("ocf:pacemaker:Stateful");
    r.role = role;
    r.active = role != u"Stopped";
    r.nodes = nodes;
    return r;
}

} // namespace

class TestClusterModels : public QObject
{
    Q_OBJECT

private slots:
    void resourceTreeShape();
    void groupMovesBetweenNodes();
    void newResourceIsOneInsertion();
    void sameDocumentEmitsNothing();
    void cloneInstancesSwapRoles();
    void reorderIsAMove();
    void nodesFollowStandbyAndCrash();
    void failuresComeAndGo();
    void pacemakerStoppedEmptiesModels();
};

void TestClusterModels::resourceTreeShape()
{
    ResourceModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.update(load("fencing-after-splitbrain-crm_mon-node1.xml"));
    QCOMPARE(m.rowCount(), 3);
    const QModelIndex group = m.index(0, 0);
    QCOMPARE(group.data().toString(), QStringLiteral("db-group"));
    QCOMPARE(m.index(0, ResourceModel::TypeColumn).data().toString(), QStringLiteral("group"));
    QCOMPARE(m.rowCount(group), 4);
    QCOMPARE(m.index(2, ResourceModel::TypeColumn, group).data().toString(),
             QStringLiteral("ocf:heartbeat:IPaddr2"));
    QCOMPARE(m.index(3, ResourceModel::NodesColumn, group).data().toString(), QStringLiteral("node1"));
    QCOMPARE(m.index(1, ResourceModel::IdColumn).data().toString(), QStringLiteral("fence-node1"));
    QCOMPARE(ItemState(m.index(1, 0).data(StateRole).toInt()), ItemState::Ok);
    QVERIFY(m.index(3, 0, group).data(Qt::ToolTipRole).toString().contains(QStringLiteral("ocf:heartbeat:mysql")));
    QCOMPARE(m.indexOf(QStringLiteral("db-mysql-p")).parent(), group);
}

void TestClusterModels::groupMovesBetweenNodes()
{
    ResourceModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.update(load("healthy-crm_mon-inactive-failcounts-node1.xml")); // group on node2
    Spies spy(&m);
    m.update(load("failed-mysql-killed-crm_mon-inactive-failcounts.xml")); // on node1, failcount
    QCOMPARE(spy.structural(), 0);
    const auto cells = spy.changedCells(&m);
    // The group and its four members change node; mysql also gets a fail count.
    QCOMPARE(cells.size(), 6);
    for (const QString id : {QStringLiteral("db-group"), QStringLiteral("db-lvm-p"),
                             QStringLiteral("db-fs-p"), QStringLiteral("nova-ip-p"),
                             QStringLiteral("db-mysql-p")})
        QVERIFY2(cells.contains({id, int(ResourceModel::NodesColumn)}), qPrintable(id));
    QVERIFY(cells.contains({QStringLiteral("db-mysql-p"), int(ResourceModel::FailcountColumn)}));
    const QModelIndex mysql = m.indexOf(QStringLiteral("db-mysql-p"), ResourceModel::FailcountColumn);
    QCOMPARE(mysql.data().toInt(), 1);
    QVERIFY(mysql.data(Qt::ToolTipRole).toString().contains(QStringLiteral("node1")));
    QCOMPARE(m.indexOf(QStringLiteral("db-group"), ResourceModel::NodesColumn).data().toString(),
             QStringLiteral("node1"));
}

void TestClusterModels::newResourceIsOneInsertion()
{
    ResourceModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.update(load("healthy-crm_mon-node1.xml"));
    Spies spy(&m);
    m.update(load("standby-node2-inactive-failcounts-crm_mon.xml")); // + spare-dummy-p
    QCOMPARE(spy.reset.size(), 0);
    QCOMPARE(spy.removed.size(), 0);
    QCOMPARE(spy.moved.size(), 0);
    QCOMPARE(spy.inserted.size(), 1);
    const QList<QVariant> args = spy.inserted.first();
    QVERIFY(!args.at(0).toModelIndex().isValid());
    QCOMPARE(args.at(1).toInt(), 1);
    QCOMPARE(args.at(2).toInt(), 1);
    QCOMPARE(m.index(1, 0).data().toString(), QStringLiteral("spare-dummy-p"));
    QCOMPARE(ItemState(m.index(1, 0).data(StateRole).toInt()), ItemState::Stopped);

    spy.clear();
    m.update(load("healthy-crm_mon-node1.xml"));
    QCOMPARE(spy.removed.size(), 1);
    QCOMPARE(spy.inserted.size(), 0);
    QCOMPARE(m.rowCount(), 1);
}

void TestClusterModels::sameDocumentEmitsNothing()
{
    ResourceModel rm;
    NodeModel nm;
    FailureModel fm;
    ClusterStatus st = load("failed-mysql-killed-crm_mon-inactive-failcounts.xml");
    rm.update(st);
    nm.update(st);
    fm.update(st);
    Spies r(&rm), n(&nm), f(&fm);
    st.summary.lastUpdate = QStringLiteral("later");
    rm.update(st);
    nm.update(st);
    fm.update(st);
    QCOMPARE(r.structural() + n.structural() + f.structural(), 0);
    QCOMPARE(r.changed.size() + n.changed.size() + f.changed.size(), 0);
}

void TestClusterModels::cloneInstancesSwapRoles()
{
    ClusterStatus st;
    Resource clone;
    clone.id = QStringLiteral("ms1");
    clone.type = ResourceType::Clone;
    clone.promotable = true;
    clone.children = {primitive(QStringLiteral("rsc1"), QStringLiteral("Promoted"), {QStringLiteral("node1")}),
                      primitive(QStringLiteral("rsc1"), QStringLiteral("Unpromoted"), {QStringLiteral("node2")})};
    clone.nodes = {QStringLiteral("node1"), QStringLiteral("node2")};
    clone.role = QStringLiteral("Started");
    clone.active = true;
    st.resources = {clone};

    ResourceModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.update(st);
    const QModelIndex parent = m.index(0, 0);
    QCOMPARE(m.rowCount(parent), 2);
    QCOMPARE(ItemState(m.index(0, 0, parent).data(StateRole).toInt()), ItemState::Promoted);

    Spies spy(&m);
    st.resources[0].children[0].role = QStringLiteral("Unpromoted");
    st.resources[0].children[1].role = QStringLiteral("Promoted");
    m.update(st);
    QCOMPARE(spy.structural(), 0);
    QVERIFY(spy.changed.size() > 0);
    QCOMPARE(ItemState(m.index(1, 0, parent).data(StateRole).toInt()), ItemState::Promoted);
    QCOMPARE(m.index(1, ResourceModel::StateColumn, parent).data().toString(), QStringLiteral("Promoted"));

    // A third instance starts: one insertion under the clone.
    spy.clear();
    st.resources[0].children.append(primitive(QStringLiteral("rsc1"), QStringLiteral("Unpromoted"), {QStringLiteral("node3")}));
    m.update(st);
    QCOMPARE(spy.inserted.size(), 1);
    QCOMPARE(spy.inserted.first().at(0).toModelIndex(), parent);
    QCOMPARE(spy.removed.size() + spy.reset.size(), 0);
}

void TestClusterModels::reorderIsAMove()
{
    ClusterStatus st;
    st.resources = {primitive(QStringLiteral("a"), QStringLiteral("Started"), {QStringLiteral("n1")}),
                    primitive(QStringLiteral("b"), QStringLiteral("Started"), {QStringLiteral("n1")}),
                    primitive(QStringLiteral("c"), QStringLiteral("Started"), {QStringLiteral("n1")})};
    ResourceModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.update(st);
    Spies spy(&m);
    st.resources.move(2, 0); // c a b
    m.update(st);
    QCOMPARE(spy.moved.size(), 1);
    QCOMPARE(spy.inserted.size() + spy.removed.size() + spy.reset.size(), 0);
    QCOMPARE(m.index(0, 0).data().toString(), QStringLiteral("c"));
    QCOMPARE(m.index(2, 0).data().toString(), QStringLiteral("b"));
}

void TestClusterModels::nodesFollowStandbyAndCrash()
{
    NodeModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.update(load("healthy-crm_mon-node2.xml"));
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.index(1, NodeModel::StateColumn).data().toString(), QStringLiteral("online, DC"));
    Spies spy(&m);

    m.update(load("node-crashed-crm_mon-node2.xml")); // node1 offline, node2 still DC
    QCOMPARE(spy.structural(), 0);
    QCOMPARE(ItemState(m.index(0, 0).data(StateRole).toInt()), ItemState::Offline);
    QCOMPARE(m.index(0, NodeModel::StateColumn).data().toString(), QStringLiteral("OFFLINE"));
    for (const auto &cell : spy.changedCells(&m))
        QVERIFY(cell.first == u"node1" || cell.second == NodeModel::ResourcesColumn);

    spy.clear();
    m.update(load("fencing-unclean-node-crm_mon.xml"));
    QCOMPARE(ItemState(m.index(0, 0).data(StateRole).toInt()), ItemState::Unclean);
    QCOMPARE(spy.structural(), 0);

    spy.clear();
    m.update(load("3node-isolated-node1-crm_mon-node3.xml")); // a third node appears
    QCOMPARE(spy.inserted.size(), 1);
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.index(2, 0).data().toString(), QStringLiteral("node3"));
}

void TestClusterModels::failuresComeAndGo()
{
    FailureModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.update(load("healthy-crm_mon-node1.xml"));
    QCOMPARE(m.rowCount(), 0);
    Spies spy(&m);
    m.update(load("failed-mysql-killed-crm_mon.xml"));
    QCOMPARE(spy.inserted.size(), 1);
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.index(0, FailureModel::ResourceColumn).data().toString(), QStringLiteral("db-mysql-p"));
    QCOMPARE(m.index(0, FailureModel::ExitColumn).data().toString(), QStringLiteral("not running (7)"));
    QCOMPARE(ItemState(m.index(0, 0).data(StateRole).toInt()), ItemState::Failed);

    spy.clear();
    m.update(load("splitbrain-failed-crm_mon-node2.xml")); // a different failure
    QCOMPARE(spy.removed.size(), 1);
    QCOMPARE(spy.inserted.size(), 1);
    QVERIFY(m.index(0, FailureModel::ReasonColumn).data().toString().contains(QStringLiteral("failed to start")));
    QVERIFY(m.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("please check")));
}

void TestClusterModels::pacemakerStoppedEmptiesModels()
{
    NodeModel nm;
    ResourceModel rm;
    QAbstractItemModelTester t1(&nm, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&rm, QAbstractItemModelTester::FailureReportingMode::QtTest);
    nm.update(load("healthy-crm_mon-node2.xml"));
    rm.update(load("healthy-crm_mon-node2.xml"));
    Spies spy(&rm);
    const ClusterStatus stopped = load("pacemaker-stopped-crm_mon-node2.xml");
    nm.update(stopped);
    rm.update(stopped);
    QCOMPARE(nm.rowCount(), 0);
    QCOMPARE(rm.rowCount(), 0);
    QCOMPARE(spy.reset.size(), 0);
    QCOMPARE(spy.removed.size(), 1);
}

QTEST_GUILESS_MAIN(TestClusterModels)
#include "tst_cluster_models.moc"
