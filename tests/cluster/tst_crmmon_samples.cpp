// The lab's recorded crm_mon documents (real Pacemaker 2.1.5 two/three-node cluster) and
// documents that must be refused with a clear message.

#include "cluster/crmmonparser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ha;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(HA_CORPUS_DIR "/lab-samples/") + QLatin1String(name);
}

ClusterStatus load(const char *name)
{
    const Result<ClusterStatus> r = CrmMonParser::parseFile(sample(name));
    if (!r) {
        qWarning("%s: %s", name, qPrintable(r.error().message));
        return {};
    }
    return *r;
}

QByteArray readSample(const char *name)
{
    QFile f(sample(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCrmMonSamples : public QObject
{
    Q_OBJECT

private slots:
    void healthy();
    void failedMysqlWithFailcount();
    void standbyAndTargetRole();
    void crashedAndUnclean();
    void splitBrainFailedStart();
    void pacemakerStopped();
    void threeNodeIsolated();
    void lastUpdateIgnoredByEquality();

    void badInput_data();
    void badInput();
    void nonUtf8();
    void hugeFileRefusedBeforeReading();
    void streamLimitStopsReading();
    void deepNestingRefused();
};

void TestCrmMonSamples::healthy()
{
    const ClusterStatus st = load("healthy-crm_mon-inactive-failcounts-node1.xml");
    QVERIFY(st.pacemakerRunning);
    QCOMPARE(st.summary.apiVersion, QStringLiteral("2.25"));
    QCOMPARE(st.summary.dcName, QStringLiteral("node2"));
    QCOMPARE(st.summary.pacemakerVersion, QStringLiteral("2.1.5-a3f44794f94"));
    QCOMPARE(st.summary.stack, QStringLiteral("corosync"));
    QVERIFY(st.summary.quorum);
    QVERIFY(!st.summary.stonithEnabled);
    QCOMPARE(st.summary.nodesConfigured, 2);
    QCOMPARE(st.summary.resourcesConfigured, 4);
    QCOMPARE(st.summary.lastChangeClient, QStringLiteral("crm_resource"));
    QCOMPARE(st.nodes.size(), 2);
    QVERIFY(st.node(QStringLiteral("node2"))->isDc);
    QVERIFY(!st.node(QStringLiteral("node1"))->isDc);
    QCOMPARE(st.node(QStringLiteral("node2"))->resourcesRunning, 4);
    QCOMPARE(st.resources.size(), 1);
    const Resource &g = st.resources.first();
    QCOMPARE(g.id, QStringLiteral("db-group"));
    QCOMPARE(g.type, ResourceType::Group);
    QCOMPARE(g.role, QStringLiteral("Started"));
    QCOMPARE(g.nodes, QStringList{QStringLiteral("node2")});
    QCOMPARE(g.children.size(), 4);
    QCOMPARE(g.children.at(2).id, QStringLiteral("nova-ip-p"));
    QCOMPARE(g.children.at(2).agent, QStringLiteral("ocf:heartbeat:IPaddr2"));
    QCOMPARE(st.resource(QStringLiteral("db-mysql-p"))->nodes, QStringList{QStringLiteral("node2")});
    QVERIFY(st.failures.isEmpty());
    QVERIFY(st.resource(QStringLiteral("db-mysql-p"))->failcounts.isEmpty());
}

void TestCrmMonSamples::failedMysqlWithFailcount()
{
    const ClusterStatus st = load("failed-mysql-killed-crm_mon-inactive-failcounts.xml");
    QCOMPARE(st.summary.dcName, QStringLiteral("node1"));
    QCOMPARE(st.failures.size(), 1);
    const FailedAction &f = st.failures.first();
    QCOMPARE(f.resource, QStringLiteral("db-mysql-p"));
    QCOMPARE(f.node, QStringLiteral("node1"));
    QCOMPARE(f.operation, QStringLiteral("monitor"));
    QCOMPARE(f.exitCode, 7);
    QCOMPARE(f.exitStatus, QStringLiteral("not running"));
    QCOMPARE(f.interval, 20000);
    const Resource *mysql = st.resource(QStringLiteral("db-mysql-p"));
    QVERIFY(mysql);
    QCOMPARE(mysql->failcounts.value(QStringLiteral("node1")), 1);
    QVERIFY(!mysql->failcounts.contains(QStringLiteral("node2")));
}

void TestCrmMonSamples::standbyAndTargetRole()
{
    const ClusterStatus st = load("standby-node2-inactive-failcounts-crm_mon.xml");
    QVERIFY(st.node(QStringLiteral("node2"))->standby);
    QVERIFY(!st.node(QStringLiteral("node1"))->standby);
    QVERIFY(st.node(QStringLiteral("node2"))->online);
    const Resource *spare = st.resource(QStringLiteral("spare-dummy-p"));
    QVERIFY(spare);
    QCOMPARE(spare->role, QStringLiteral("Stopped"));
    QCOMPARE(spare->targetRole, QStringLiteral("Stopped"));
    QVERIFY(!spare->active);
    QVERIFY(spare->nodes.isEmpty());
}

void TestCrmMonSamples::crashedAndUnclean()
{
    const ClusterStatus crashed = load("node-crashed-crm_mon-node2.xml");
    QVERIFY(!crashed.node(QStringLiteral("node1"))->online);
    QCOMPARE(crashed.resources.first().nodes, QStringList{QStringLiteral("node2")});

    const ClusterStatus unclean = load("fencing-unclean-node-crm_mon.xml");
    const NodeState *n1 = unclean.node(QStringLiteral("node1"));
    QVERIFY(n1->unclean);
    QVERIFY(!n1->online);
    QVERIFY(unclean.summary.stonithEnabled);
    QCOMPARE(unclean.fencing.size(), 3);
    QCOMPARE(unclean.fencing.first().status, QStringLiteral("pending"));
    QCOMPARE(unclean.fencing.first().target, QStringLiteral("node1"));
    QCOMPARE(unclean.fencing.at(1).status, QStringLiteral("success"));
    QCOMPARE(unclean.fencing.at(1).delegate, QStringLiteral("node2"));
    QCOMPARE(unclean.bans.size(), 2);
    QCOMPARE(unclean.bans.first().resource, QStringLiteral("fence-node2"));
    QCOMPARE(unclean.bans.first().weight, QStringLiteral("-1000000"));
}

void TestCrmMonSamples::splitBrainFailedStart()
{
    const ClusterStatus st = load("splitbrain-failed-crm_mon-node2.xml");
    QCOMPARE(st.summary.dcName, QStringLiteral("node2"));
    QVERIFY(!st.node(QStringLiteral("node1"))->online);
    QCOMPARE(st.failures.size(), 1);
    QCOMPARE(st.failures.first().operation, QStringLiteral("start"));
    QCOMPARE(st.failures.first().exitCode, 1);
    QVERIFY(st.failures.first().exitReason.startsWith(QStringLiteral("MySQL server failed to start")));
    const Resource &g = st.resources.first();
    QCOMPARE(g.role, QStringLiteral("Partial")); // three children started, mysql stopped
    QVERIFY(g.active);
    QCOMPARE(st.resource(QStringLiteral("db-mysql-p"))->role, QStringLiteral("Stopped"));
}

void TestCrmMonSamples::pacemakerStopped()
{
    const Result<ClusterStatus> r = CrmMonParser::parseFile(sample("pacemaker-stopped-crm_mon-node2.xml"));
    QVERIFY(r.ok());
    QVERIFY(!r->pacemakerRunning);
    QVERIFY(r->pacemakerMessage.contains(QStringLiteral("Not connected")));
    QVERIFY(r->pacemakerMessage.contains(QStringLiteral("Connection refused")));
    QVERIFY(r->nodes.isEmpty());

    // The peer's view while node2's Pacemaker is down: node2 offline, not an error.
    const ClusterStatus peer = load("peer-pacemaker-stopped-crm_mon-node1.xml");
    QVERIFY(peer.pacemakerRunning);
    QVERIFY(!peer.node(QStringLiteral("node2"))->online);
}

void TestCrmMonSamples::threeNodeIsolated()
{
    const ClusterStatus isolated = load("3node-isolated-node1-crm_mon-node1.xml");
    QCOMPARE(isolated.nodes.size(), 3);
    QVERIFY(!isolated.summary.quorum);
    QCOMPARE(isolated.resources.first().role, QStringLiteral("Stopped"));
    const ClusterStatus majority = load("3node-isolated-node1-crm_mon-node3.xml");
    QVERIFY(majority.summary.quorum);
    QCOMPARE(majority.summary.dcName, QStringLiteral("node3"));
    QCOMPARE(majority.resources.first().nodes, QStringList{QStringLiteral("node2")});
}

void TestCrmMonSamples::lastUpdateIgnoredByEquality()
{
    QByteArray doc = readSample("healthy-crm_mon-node1.xml");
    const Result<ClusterStatus> a = CrmMonParser::parse(doc);
    const qsizetype at = doc.indexOf("<last_update time=\"");
    QVERIFY(at > 0);
    doc.replace(at + 19, 3, "Thu");
    const Result<ClusterStatus> b = CrmMonParser::parse(doc);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->summary.lastUpdate != b->summary.lastUpdate);
    QVERIFY(*a == *b);
    ClusterStatus c = *b;
    c.nodes[0].standby = true;
    QVERIFY(*a != c);
}

void TestCrmMonSamples::badInput_data()
{
    QTest::addColumn<QByteArray>("doc");
    QTest::addColumn<QString>("expected"); // part of the message

    const QByteArray healthy = readSample("healthy-crm_mon-node1.xml");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("whitespace") << QByteArray("  \n\n ") << QStringLiteral("empty");
    QTest::newRow("truncated") << healthy.left(healthy.size() / 2) << QStringLiteral("line ");
    QTest::newRow("mismatched tag")
        << QByteArray("<pacemaker-result>\n<summary>\n</nodes>\n</pacemaker-result>")
        << QStringLiteral("line 3");
    QTest::newRow("not xml") << QByteArray("Cluster Summary:\n  * Stack: corosync\n")
                             << QStringLiteral("line 1");
    QTest::newRow("other root") << QByteArray("<cib><configuration/></cib>")
                                << QStringLiteral("found <cib>");
    QTest::newRow("no summary")
        << QByteArray("<pacemaker-result api-version=\"2.25\"><nodes/></pacemaker-result>")
        << QStringLiteral("<summary>");
    QTest::newRow("garbage after root") << healthy + "<extra/>" << QStringLiteral("line ");
}

void TestCrmMonSamples::badInput()
{
    QFETCH(QByteArray, doc);
    QFETCH(QString, expected);
    const Result<ClusterStatus> r = CrmMonParser::parse(doc);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Parse);
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
}

void TestCrmMonSamples::nonUtf8()
{
    // Latin-1 bytes in a document that claims (by default) to be UTF-8.
    QByteArray doc = readSample("healthy-crm_mon-node1.xml");
    const qsizetype at = doc.indexOf("<node name=\"node1\"") + 12;
    doc.replace(at, 5, "n\xf6\xfc\xff" "1");
    const Result<ClusterStatus> r = CrmMonParser::parse(doc);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Parse);
    QVERIFY2(r.error().message.contains(QStringLiteral("line ")), qPrintable(r.error().message));

    // The same bytes with an honest encoding declaration are fine.
    const QByteArray declared = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + doc;
    const Result<ClusterStatus> ok = CrmMonParser::parse(declared);
    QVERIFY2(ok.ok(), ok ? "" : qPrintable(ok.error().message));
    QCOMPARE(ok->nodes.first().name, QStringLiteral("n\u00f6\u00fc\u00ff1"));
}

void TestCrmMonSamples::hugeFileRefusedBeforeReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("huge.xml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<pacemaker-result api-version=\"2.25\">\n<summary>\n");
    const QByteArray line(1024 * 1024 - 1, ' ');
    for (int i = 0; i < 100; ++i) {
        f.write(line);
        f.write("\n");
    }
    f.close();
    QVERIFY(f.size() > 100 * 1024 * 1024);
    const Result<ClusterStatus> r = CrmMonParser::parseFile(f.fileName());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Parse);
    QVERIFY2(r.error().message.contains(QStringLiteral("larger than 64 MB")), qPrintable(r.error().message));
}

void TestCrmMonSamples::streamLimitStopsReading()
{
    // A device whose size is unknown up front (a pipe): the limit applies while reading.
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("big.xml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<pacemaker-result><summary>");
    const QByteArray chunk = QByteArray("<x a=\"1\"/>").repeated(100000);
    for (int i = 0; i < 4; ++i)
        f.write(chunk); // 4 MB
    f.close();
    QVERIFY(f.open(QIODevice::ReadOnly));
    CrmMonParseOptions opts;
    opts.maxBytes = 1024 * 1024;
    const Result<ClusterStatus> r = CrmMonParser::parse(&f, opts);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("larger than 1 MB")), qPrintable(r.error().message));
    QVERIFY(f.pos() <= opts.maxBytes + 512 * 1024); // stopped soon after the limit
}

void TestCrmMonSamples::deepNestingRefused()
{
    QByteArray doc = "<pacemaker-result><summary/><resources>";
    for (int i = 0; i < 10000; ++i)
        doc += "<group id=\"g\">";
    const Result<ClusterStatus> r = CrmMonParser::parse(doc);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("deeper than")), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestCrmMonSamples)
#include "tst_crmmon_samples.moc"
