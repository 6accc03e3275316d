// `haconsole-cli status --from-xml FILE [--json]`: the built binary, run as a script would.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args, const QString &configDir = QString())
{
    QProcess p;
    if (!configDir.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HACONSOLE_CONFIG_DIR"), configDir);
        env.insert(QStringLiteral("HACONSOLE_STATE_DIR"), configDir);
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(HA_CLI_BINARY), args);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString sample(const char *name)
{
    return QStringLiteral(HA_CORPUS_DIR "/lab-samples/") + QLatin1String(name);
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace

class TestStatusCli : public QObject
{
    Q_OBJECT

private slots:
    void jsonOfFailedSample();
    void jsonOfHealthySample();
    void textIsGrepFriendly();
    void pacemakerStopped();
    void malformedFileIsBadInput();
    void missingFileIsBadInput();
    void liveStatusWithoutProfile();
    void liveStatusUnreachableNodes();
};

void TestStatusCli::jsonOfFailedSample()
{
    const Run r = cli({QStringLiteral("status"), QStringLiteral("--from-xml"),
                       sample("splitbrain-failed-crm_mon-node2.xml"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1); // a failed action and an offline node: unhealthy
    QJsonParseError perr;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &perr).object();
    QCOMPARE(perr.error, QJsonParseError::NoError);
    QCOMPARE(sortedKeys(o), (QStringList{QStringLiteral("dc"), QStringLiteral("failures"),
                                         QStringLiteral("nodes"), QStringLiteral("quorum"),
                                         QStringLiteral("resources")}));
    QCOMPARE(o.value(QStringLiteral("dc")).toString(), QStringLiteral("node2"));
    QCOMPARE(o.value(QStringLiteral("quorum")).toBool(), true);

    const QJsonArray nodes = o.value(QStringLiteral("nodes")).toArray();
    QCOMPARE(nodes.size(), 2);
    const QJsonObject n1 = nodes.at(0).toObject();
    QCOMPARE(sortedKeys(n1), (QStringList{QStringLiteral("dc"), QStringLiteral("maintenance"),
                                          QStringLiteral("name"), QStringLiteral("online"),
                                          QStringLiteral("resourcesRunning"), QStringLiteral("standby"),
                                          QStringLiteral("unclean")}));
    QCOMPARE(n1.value(QStringLiteral("name")).toString(), QStringLiteral("node1"));
    QCOMPARE(n1.value(QStringLiteral("online")).toBool(), false);
    QCOMPARE(nodes.at(1).toObject().value(QStringLiteral("dc")).toBool(), true);

    const QJsonObject group = o.value(QStringLiteral("resources")).toArray().at(0).toObject();
    QCOMPARE(sortedKeys(group), (QStringList{QStringLiteral("active"), QStringLiteral("agent"),
                                             QStringLiteral("children"), QStringLiteral("failed"),
                                             QStringLiteral("id"), QStringLiteral("managed"),
                                             QStringLiteral("nodes"), QStringLiteral("role"),
                                             QStringLiteral("type")}));
    QCOMPARE(group.value(QStringLiteral("type")).toString(), QStringLiteral("group"));
    const QJsonArray children = group.value(QStringLiteral("children")).toArray();
    QCOMPARE(children.size(), 4);
    const QJsonObject ip = children.at(2).toObject();
    QCOMPARE(ip.value(QStringLiteral("agent")).toString(), QStringLiteral("ocf:heartbeat:IPaddr2"));
    QCOMPARE(ip.value(QStringLiteral("nodes")).toArray(), QJsonArray{QStringLiteral("node2")});
    const QJsonObject mysql = children.at(3).toObject();
    QCOMPARE(mysql.value(QStringLiteral("role")).toString(), QStringLiteral("Stopped"));
    QCOMPARE(mysql.value(QStringLiteral("active")).toBool(), false);
    QCOMPARE(mysql.value(QStringLiteral("type")).toString(), QStringLiteral("primitive"));

    const QJsonArray failures = o.value(QStringLiteral("failures")).toArray();
    QCOMPARE(failures.size(), 1);
    const QJsonObject f = failures.at(0).toObject();
    QCOMPARE(sortedKeys(f), (QStringList{QStringLiteral("exitReason"), QStringLiteral("exitStatus"),
                                         QStringLiteral("node"), QStringLiteral("operation"),
                                         QStringLiteral("resource")}));
    QCOMPARE(f.value(QStringLiteral("resource")).toString(), QStringLiteral("db-mysql-p"));
    QCOMPARE(f.value(QStringLiteral("operation")).toString(), QStringLiteral("start"));
    QCOMPARE(f.value(QStringLiteral("exitStatus")).toString(), QStringLiteral("error"));
    QVERIFY(f.value(QStringLiteral("exitReason")).toString().startsWith(QStringLiteral("MySQL server failed")));
}

void TestStatusCli::jsonOfHealthySample()
{
    const Run r = cli({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--from-xml"),
                       sample("healthy-crm_mon-node1.xml")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("failures")).toArray().size(), 0);
    QCOMPARE(o.value(QStringLiteral("resources")).toArray().at(0).toObject()
                 .value(QStringLiteral("nodes")).toArray(), QJsonArray{QStringLiteral("node2")});
}

void TestStatusCli::textIsGrepFriendly()
{
    const Run r = cli({QStringLiteral("status"), QStringLiteral("--from-xml"),
                       sample("failed-mysql-killed-crm_mon-inactive-failcounts.xml")});
    QCOMPARE(r.exitCode, 1);
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY(lines.contains("dc: node1"));
    QVERIFY(lines.contains("quorum: yes"));
    QVERIFY(lines.contains("node node1 online dc"));
    QVERIFY(lines.contains("resource db-group group Started node1"));
    QVERIFY(lines.contains("  resource db-mysql-p ocf:heartbeat:mysql Started node1 failcount=1@node1"));
    QVERIFY(lines.contains("failure db-mysql-p node1 monitor rc=7 (not running)"));
}

void TestStatusCli::pacemakerStopped()
{
    const Run r = cli({QStringLiteral("status"), QStringLiteral("--from-xml"),
                       sample("pacemaker-stopped-crm_mon-node2.xml")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.startsWith("pacemaker: not running"));
    const Run j = cli({QStringLiteral("status"), QStringLiteral("--from-xml"),
                       sample("pacemaker-stopped-crm_mon-node2.xml"), QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(j.out).object();
    QVERIFY(o.value(QStringLiteral("dc")).isNull());
    QCOMPARE(o.value(QStringLiteral("nodes")).toArray().size(), 0);
}

void TestStatusCli::malformedFileIsBadInput()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.xml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<pacemaker-result api-version=\"2.25\">\n  <summary>\n  </nodes>\n");
    f.close();
    const Run r = cli({QStringLiteral("status"), QStringLiteral("--from-xml"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("line 3"), r.err.constData());
    QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
}

void TestStatusCli::missingFileIsBadInput()
{
    const Run r = cli({QStringLiteral("status"), QStringLiteral("--from-xml"), QStringLiteral("/nonexistent/x.xml")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("/nonexistent/x.xml"), r.err.constData());
}

void TestStatusCli::liveStatusWithoutProfile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run r = cli({QStringLiteral("status")}, dir.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("No cluster profile"), r.err.constData());
    const Run n = cli({QStringLiteral("--profile"), QStringLiteral("nosuch"), QStringLiteral("status")},
                      dir.path());
    QCOMPARE(n.exitCode, 2);
    QVERIFY2(n.err.contains("nosuch"), n.err.constData());
    const Run u = cli({QStringLiteral("status"), QStringLiteral("--bogus")});
    QCOMPARE(u.exitCode, 2);
}

void TestStatusCli::liveStatusUnreachableNodes()
{
    // Two nodes on a loopback port where nothing listens: a clear message per node and exit 3,
    // well within the CLI's own bound (no hang).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir().mkpath(dir.filePath(QStringLiteral("profiles")));
    QFile f(dir.filePath(QStringLiteral("profiles/dead.ini")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[General]\nname=dead\nprocessSshConfig=false\nknownHostsFile=" + dir.filePath(QStringLiteral("kh")).toUtf8()
            + "\n[nodes]\n1\\name=alpha\n1\\address=127.0.0.1\n1\\port=1\n1\\auth=agent\n"
              "2\\name=beta\n2\\address=127.0.0.1\n2\\port=1\n2\\auth=agent\nsize=2\n");
    f.close();
    const Run r = cli({QStringLiteral("--profile"), QStringLiteral("dead"), QStringLiteral("status"),
                       QStringLiteral("--json")},
                      dir.path());
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("alpha:") && r.err.contains("beta:"), r.err.constData());
    QVERIFY2(r.err.contains("could be reached"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestStatusCli)
#include "tst_status_cli.moc"
