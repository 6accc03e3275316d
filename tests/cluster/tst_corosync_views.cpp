// corosync-cfgtool / corosync-quorumtool parsing and the comparison of every node's view,
// on outputs recorded in the lab (healthy, one link down, split brain, 3 nodes, stopped).

#include "cluster/clusterviews.h"
#include "cluster/corosyncstatus.h"
#include "cluster/crmmonparser.h"

#include <QFile>
#include <QTest>

using namespace ha;

namespace {

QString text(const char *name)
{
    QFile f(QStringLiteral(HA_CORPUS_DIR "/lab-samples/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

ClusterStatus status(const char *name)
{
    const auto r = CrmMonParser::parseFile(QStringLiteral(HA_CORPUS_DIR "/lab-samples/") + QLatin1String(name));
    if (!r)
        qFatal("%s: %s", name, qPrintable(r.error().message));
    return *r;
}

NodeView view(const char *node, const char *crmMon, const char *cfgtool = nullptr)
{
    NodeView v;
    v.node = QLatin1String(node);
    v.status = status(crmMon);
    if (cfgtool)
        v.links = *CorosyncParser::parseCfgtoolStatus(text(cfgtool));
    return v;
}

bool has(const ViewComparison &c, ViewFinding::Kind kind)
{
    for (const ViewFinding &f : c.findings) {
        if (f.kind == kind)
            return true;
    }
    return false;
}

QString dump(const ViewComparison &c)
{
    QStringList lines;
    for (const ViewFinding &f : c.findings)
        lines << f.text;
    return lines.join(u'\n');
}

} // namespace

class TestCorosyncViews : public QObject
{
    Q_OBJECT

private slots:
    void cfgtoolStatusHealthy();
    void cfgtoolStatusOneLinkDown();
    void cfgtoolNodes();
    void quorumtool();
    void corosyncBadInput();
    void healthyViewsAgree();
    void oneLinkDownIsNotSplitBrain();
    void splitBrainTwoNodes();
    void threeNodesIsolated();
    void pacemakerStoppedOnOneNode();
    void unreachableNode();
};

void TestCorosyncViews::cfgtoolStatusHealthy()
{
    const auto r = CorosyncParser::parseCfgtoolStatus(text("healthy-corosync-cfgtool-s-node1.txt"));
    QVERIFY(r.ok());
    QCOMPARE(r->localNodeId, 1);
    QCOMPARE(r->transport, QStringLiteral("knet"));
    QCOMPARE(r->links.size(), 2);
    QCOMPARE(r->links.at(0).address, QStringLiteral("198.18.0.11"));
    QCOMPARE(r->links.at(1).address, QStringLiteral("198.18.0.141"));
    QCOMPARE(r->links.at(1).transport, QStringLiteral("udp"));
    QCOMPARE(r->links.at(0).peers.value(1), QStringLiteral("localhost"));
    QCOMPARE(r->links.at(0).peers.value(2), QStringLiteral("connected"));
    QVERIFY(r->linksDownTo(2).isEmpty());
}

void TestCorosyncViews::cfgtoolStatusOneLinkDown()
{
    const auto r = CorosyncParser::parseCfgtoolStatus(text("one-link-down-corosync-cfgtool-s-node1.txt"));
    QVERIFY(r.ok());
    QCOMPARE(r->linksDownTo(2), QList<int>{1});
    const auto sb = CorosyncParser::parseCfgtoolStatus(text("splitbrain-corosync-cfgtool-s-node2.txt"));
    QCOMPARE(sb->localNodeId, 2);
    QCOMPARE(sb->linksDownTo(1), (QList<int>{0, 1}));
}

void TestCorosyncViews::cfgtoolNodes()
{
    const auto r = CorosyncParser::parseCfgtoolNodes(text("one-link-down-corosync-cfgtool-n-node1.txt"));
    QVERIFY(r.ok());
    QCOMPARE(r->localNodeId, 1);
    QCOMPARE(r->peers.size(), 1);
    const CorosyncPeer &p = r->peers.first();
    QCOMPARE(p.nodeId, 2);
    QVERIFY(p.reachable);
    QCOMPARE(p.links.size(), 2);
    QCOMPARE(p.links.at(0).remoteAddress, QStringLiteral("198.18.0.12"));
    QVERIFY(p.links.at(0).connected);
    QVERIFY(p.links.at(1).enabled);
    QVERIFY(!p.links.at(1).connected);
    QCOMPARE(p.links.at(1).mtu, 1397);
}

void TestCorosyncViews::quorumtool()
{
    const auto r = CorosyncParser::parseQuorumtool(text("healthy-corosync-quorumtool-node1.txt"));
    QVERIFY(r.ok());
    QVERIFY(r->quorate);
    QCOMPARE(r->provider, QStringLiteral("corosync_votequorum"));
    QCOMPARE(r->nodes, 2);
    QCOMPARE(r->ringId, QStringLiteral("1.24"));
    QCOMPARE(r->expectedVotes, 2);
    QCOMPARE(r->totalVotes, 2);
    QCOMPARE(r->quorum, 1);
    QVERIFY(r->flags.contains(QStringLiteral("2Node")));
    QCOMPARE(r->members.size(), 2);
    QVERIFY(r->members.at(0).local);
    QCOMPARE(r->members.at(1).name, QStringLiteral("node2"));

    QString noQuorum = text("healthy-corosync-quorumtool-node1.txt");
    noQuorum.replace(QStringLiteral("Quorate:          Yes"), QStringLiteral("Quorate:          No"));
    QVERIFY(!CorosyncParser::parseQuorumtool(noQuorum)->quorate);
}

void TestCorosyncViews::corosyncBadInput()
{
    QVERIFY(!CorosyncParser::parseCfgtoolStatus(QString()).ok());
    QVERIFY(!CorosyncParser::parseCfgtoolNodes(QStringLiteral("Could not initialize corosync configuration API error 2\n")).ok());
    const auto q = CorosyncParser::parseQuorumtool(QStringLiteral("Cannot initialize QUORUM service\n"));
    QVERIFY(!q.ok());
    QVERIFY(q.error().message.contains(QStringLiteral("corosync-quorumtool")));
}

void TestCorosyncViews::healthyViewsAgree()
{
    const ViewComparison c = compareViews({view("node1", "healthy-crm_mon-node1.xml", "healthy-corosync-cfgtool-s-node1.txt"),
                                           view("node2", "healthy-crm_mon-node2.xml", "healthy-corosync-cfgtool-s-node2.txt")});
    QVERIFY(!c.splitBrain);
    QVERIFY2(c.findings.isEmpty(), qPrintable(dump(c)));
}

void TestCorosyncViews::oneLinkDownIsNotSplitBrain()
{
    const ViewComparison c = compareViews({view("node1", "one-link-down-crm_mon-node1.xml", "one-link-down-corosync-cfgtool-s-node1.txt"),
                                           view("node2", "one-link-down-crm_mon-node1.xml")}); // same cluster state on both
    QVERIFY(!c.splitBrain);
    QVERIFY(has(c, ViewFinding::Kind::HeartbeatLinkDown));
    QCOMPARE(c.findings.first().nodes, (QStringList{QStringLiteral("node1"), QStringLiteral("node2")}));
    QVERIFY(!c.findings.first().critical);
    QVERIFY2(c.findings.first().text.contains(QStringLiteral("link 1 from node1 to node2 is down")),
             qPrintable(c.findings.first().text));
}

void TestCorosyncViews::splitBrainTwoNodes()
{
    const ViewComparison c = compareViews({view("node1", "splitbrain-crm_mon-node1.xml"),
                                           view("node2", "splitbrain-crm_mon-node2.xml", "splitbrain-corosync-cfgtool-s-node2.txt")});
    QVERIFY(c.splitBrain);
    const ViewFinding &first = c.findings.first();
    QCOMPARE(first.kind, ViewFinding::Kind::SplitBrain);
    QVERIFY(first.critical);
    QCOMPARE(first.nodes, (QStringList{QStringLiteral("node1"), QStringLiteral("node2")}));
    QVERIFY(first.text.contains(QStringLiteral("thinks it is the DC")));
    // The group runs on both sides: that is spelled out too.
    QVERIFY2(has(c, ViewFinding::Kind::ResourceOnBothSides), qPrintable(dump(c)));
    QVERIFY(c.findings.at(1).text.contains(QStringLiteral("db-group")));
    QVERIFY(has(c, ViewFinding::Kind::HeartbeatLinkDown));
    QVERIFY(dump(c).contains(QStringLiteral("All heartbeat links from node2 to node1 are down")));
}

void TestCorosyncViews::threeNodesIsolated()
{
    const ViewComparison c = compareViews({view("node1", "3node-isolated-node1-crm_mon-node1.xml"),
                                           view("node3", "3node-isolated-node1-crm_mon-node3.xml")});
    // Both claim to be DC, but the isolated node1 has no quorum and runs nothing.
    QVERIFY(c.splitBrain);
    QVERIFY(!has(c, ViewFinding::Kind::ResourceOnBothSides));
    QVERIFY(has(c, ViewFinding::Kind::QuorumDisagreement));
    QVERIFY2(dump(c).contains(QStringLiteral("node3 has quorum, node1 has not")), qPrintable(dump(c)));
}

void TestCorosyncViews::pacemakerStoppedOnOneNode()
{
    const ViewComparison c = compareViews({view("node1", "peer-pacemaker-stopped-crm_mon-node1.xml"),
                                           view("node2", "pacemaker-stopped-crm_mon-node2.xml")});
    QVERIFY(!c.splitBrain);
    QVERIFY(has(c, ViewFinding::Kind::PacemakerStopped));
    QVERIFY(dump(c).contains(QStringLiteral("Pacemaker is not running on node2")));
}

void TestCorosyncViews::unreachableNode()
{
    NodeView gone;
    gone.node = QStringLiteral("node1");
    gone.unreachableReason = QStringLiteral("connection timed out");
    const ViewComparison c = compareViews({gone, view("node2", "node-crashed-crm_mon-node2.xml")});
    QVERIFY(!c.splitBrain);
    QVERIFY(has(c, ViewFinding::Kind::NodeUnreachable));
    QVERIFY(dump(c).contains(QStringLiteral("connection timed out")));
}

QTEST_GUILESS_MAIN(TestCorosyncViews)
#include "tst_corosync_views.moc"
