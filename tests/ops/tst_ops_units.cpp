// Offline parts of core/ops: report rendering, cli-* constraint listing, the MySQL greeting
// check, corosync link reading, the new command templates' validation, and operations refusing
// before anything runs.

#include "ops/leftoverconstraints.h"
#include "ops/moveoperation.h"
#include "ops/report.h"
#include "ops/resourceoperations.h"
#include "ops/servicecheck.h"
#include "ssh/commandtemplates.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace ha;

class TestOpsUnits : public QObject
{
    Q_OBJECT
private slots:
    void reportText()
    {
        Report r(QStringLiteral("Move db-group to node2"));
        ReportStep s;
        s.title = QStringLiteral("Apply");
        s.node = QStringLiteral("node1");
        s.commandLine = QStringLiteral("crm_resource --move --resource db-group --node node2");
        s.exitCode = 0;
        s.durationMs = 120;
        s.status = StepStatus::Success;
        s.output = QStringLiteral("WARNING: Creating rsc_location constraint\n");
        ReportStep child;
        child.title = QStringLiteral("inner");
        child.status = StepStatus::Failed;
        s.children << child;
        r.addStep(s);
        r.addMessage(QStringLiteral("note"));
        r.setOutcome(StepStatus::Success, QStringLiteral("db-group runs on node2."));
        const QString t = r.toText();
        QVERIFY(t.startsWith(QLatin1String("Move db-group to node2\n")));
        QVERIFY(t.contains(
            QLatin1String("node1: crm_resource --move --resource db-group --node node2")));
        QVERIFY(t.contains(QLatin1String("exit 0")));
        QVERIFY(t.contains(QLatin1String("(120 ms)")));
        QVERIFY(t.contains(QLatin1String("| WARNING: Creating rsc_location constraint")));
        QVERIFY(t.contains(QLatin1String("    [FAILED] inner"))); // nested one level deeper
        QVERIFY(t.contains(QLatin1String("db-group runs on node2.")));
    }

    void reportHtmlEscapes()
    {
        Report r(QStringLiteral("<b>x</b>"));
        ReportStep s;
        s.title = QStringLiteral("a & b");
        s.node = QStringLiteral("n");
        s.commandLine = QStringLiteral("echo '<script>'");
        s.output = QStringLiteral("<i>");
        s.status = StepStatus::Failed;
        r.addStep(s);
        const QString h = r.toHtml();
        QVERIFY(!h.contains(QLatin1String("<script>")));
        QVERIFY(!h.contains(QLatin1String("<b>x</b>")));
        QVERIFY(h.contains(QLatin1String("&lt;script&gt;")));
        QVERIFY(h.contains(QLatin1String("a &amp; b")));
        QVERIFY(h.contains(QLatin1String("class=\"fail\"")));
    }

    void reportTruncatesHugeOutput()
    {
        Report r;
        ReportStep s;
        s.output = QString(Report::maxOutputChars * 2, QLatin1Char('x'));
        r.addStep(s);
        QVERIFY(r.steps().first().output.size() < Report::maxOutputChars + 100);
    }

    void cliConstraints()
    {
        const QByteArray xml = R"(<constraints>
  <rsc_location id="cli-prefer-db-group" rsc="db-group" role="Started" node="node2" score="INFINITY"/>
  <rsc_location id="cli-ban-db-group-on-node1" rsc="db-group" role="Started" node="node1" score="-INFINITY"/>
  <rsc_location id="fence-node1-avoid" rsc="fence-node1" node="node1" score="-INFINITY"/>
  <rsc_location id="cli-prefer-web" rsc="web">
    <rule id="cli-prefer-rule-web" score="INFINITY" boolean-op="and">
      <expression id="e1" attribute="#uname" operation="eq" value="node3" type="string"/>
      <date_expression id="d1" operation="lt" end="2030-01-01 00:00:00 +00:00"/>
    </rule>
  </rsc_location>
  <rsc_colocation id="cli-prefer-not-a-location" rsc="a" with-rsc="b" score="INFINITY"/>
</constraints>)";
        const auto c = parseCliConstraints(xml);
        QVERIFY(c.ok());
        QCOMPARE(c->size(), 3);
        QCOMPARE(c->at(0).kind, CliConstraint::Kind::Prefer);
        QCOMPARE(c->at(0).node, QStringLiteral("node2"));
        QCOMPARE(c->at(1).kind, CliConstraint::Kind::Ban);
        QCOMPARE(c->at(1).node, QStringLiteral("node1"));
        QCOMPARE(c->at(1).score, QStringLiteral("-INFINITY"));
        QCOMPARE(c->at(2).resource, QStringLiteral("web"));
        QCOMPARE(c->at(2).node, QStringLiteral("node3"));
        QVERIFY(c->at(2).hasLifetime);
        QVERIFY(!c->at(0).hasLifetime);
        QVERIFY(!parseCliConstraints("<constraints><rsc_location").ok());
        QVERIFY(parseCliConstraints("<constraints/>")->isEmpty());
    }

    void mysqlGreeting()
    {
        // A MariaDB handshake: length 0x5b, seq 0, protocol 10, version string.
        QByteArray hs("\x5b\x00\x00\x00\x0a", 5);
        hs += "10.11.4-MariaDB";
        hs += '\0';
        hs += QByteArray(20, 'x');
        auto a = opsParseGreeting(hs);
        QVERIFY(a && a->up);
        QCOMPARE(a->detail, QStringLiteral("10.11.4-MariaDB"));
        QVERIFY(!opsParseGreeting(hs.left(3)).has_value()); // needs more bytes
        QByteArray err("\x16\x00\x00\x00\xff\x6a\x04", 7);
        err += "Host is not allowed";
        a = opsParseGreeting(err);
        QVERIFY(a && a->up); // the server runs; it only refuses this host
        a = opsParseGreeting(QByteArray("SSH-2.0-OpenSSH_9.2\r\n"));
        QVERIFY(a && !a->up);
    }

    void serviceCheckAgainstLocalServer()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            QTcpSocket *s = server.nextPendingConnection();
            QByteArray hs("\x10\x00\x00\x00\x0a", 5);
            hs += "5.5.5-test";
            hs += '\0';
            s->write(hs);
        });
        ServiceCheck check(QStringLiteral("127.0.0.1"), server.serverPort(), 2000);
        QSignalSpy spy(&check, &ServiceCheck::finished);
        check.start();
        QVERIFY(spy.wait(3000));
        const auto a = spy.first().first().value<ServiceAnswer>();
        QVERIFY(a.up);
        QCOMPARE(a.detail, QStringLiteral("5.5.5-test"));

        const quint16 port = server.serverPort();
        server.close(); // nothing listens there any more
        ServiceCheck down(QStringLiteral("127.0.0.1"), port, 2000);
        QSignalSpy spy2(&down, &ServiceCheck::finished);
        down.start();
        QVERIFY(spy2.wait(3000));
        QVERIFY(!spy2.first().first().value<ServiceAnswer>().up);
    }

    void corosyncLinks()
    {
        auto read = [](const char *name) {
            QFile f(QStringLiteral(HA_CORPUS_DIR "/lab-samples/") + QString::fromLatin1(name));
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        QCOMPARE(corosyncLinkProblems(read("healthy-corosync-cfgtool-s-node1.txt")), QStringList());
        const QStringList p =
            corosyncLinkProblems(read("one-link-down-corosync-cfgtool-s-node1.txt"));
        QCOMPARE(p.size(), 1);
        QVERIFY(p.first().contains(QLatin1String("link 1")));
        QVERIFY(p.first().contains(QLatin1String("disconnected")));
    }

    void simulateChangeTemplate()
    {
        const auto move =
            CommandTemplates::resourceMove(QStringLiteral("db-group"), QStringLiteral("node2"));
        QVERIFY(move.ok());
        const auto sim = CommandTemplates::simulateChange(move.value());
        QVERIFY(sim.ok());
        const QStringList argv = sim->argv();
        // The script is fixed; the change's words follow as positional parameters.
        QCOMPARE(argv.mid(0, 2), (QStringList{QStringLiteral("sh"), QStringLiteral("-c")}));
        QCOMPARE(argv.mid(4), move->argv());
        QVERIFY(argv.at(2).contains(QLatin1String("CIB_file=\"$t\" \"$@\"")));
        QVERIFY(argv.at(2).contains(QLatin1String("trap 'rm -f \"$t\"' EXIT")));
        // Only changes may be simulated, never an arbitrary template.
        QVERIFY(!CommandTemplates::simulateChange(CommandTemplates::hostName()).ok());
        QVERIFY(!CommandTemplates::simulateChange(RemoteCommand()).ok());
        QVERIFY(!CommandTemplates::simulateChange(sim.value()).ok());
    }

    void metaAndWaitTemplates_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("stop") << "db-group"
                              << "target-role"
                              << "Stopped" << true;
        QTest::newRow("start") << "db-group"
                               << "target-role"
                               << "Started" << true;
        QTest::newRow("unmanage") << "db-group"
                                  << "is-managed"
                                  << "false" << true;
        QTest::newRow("manage") << "db-group"
                                << "is-managed"
                                << "true" << true;
        QTest::newRow("other-attr") << "db-group"
                                    << "resource-stickiness"
                                    << "100" << false;
        QTest::newRow("bad-role") << "db-group"
                                  << "target-role"
                                  << "Promoted;rm" << false;
        QTest::newRow("bad-resource") << "db;reboot"
                                      << "target-role"
                                      << "Stopped" << false;
        QTest::newRow("option-resource") << "--force"
                                         << "is-managed"
                                         << "true" << false;
        QTest::newRow("subst") << "$(id)"
                               << "is-managed"
                               << "true" << false;
    }

    void metaAndWaitTemplates()
    {
        QFETCH(QString, resource);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        const auto c = CommandTemplates::resourceMeta(resource, name, value);
        QCOMPARE(c.ok(), ok);
        if (ok)
            QCOMPARE(c->argv().last(), value);
        QVERIFY(CommandTemplates::resourceWait(60).ok());
        QCOMPARE(CommandTemplates::resourceWait(60)->argv().last(),
                 QStringLiteral("--timeout=60s"));
        QVERIFY(!CommandTemplates::resourceWait(0).ok());
        QVERIFY(!CommandTemplates::resourceWait(4000).ok());
    }

    // Bad input refuses at prepare(), before any command, with the reason in the report.
    void refusedBeforeAnything_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("lifetime");
        QTest::newRow("resource") << "db group"
                                  << "node2"
                                  << "";
        QTest::newRow("node") << "db-group"
                              << "node2;reboot"
                              << "";
        QTest::newRow("lifetime") << "db-group"
                                  << "node2"
                                  << "1 hour";
        QTest::newRow("no-session") << "db-group"
                                    << "node2"
                                    << "PT1H";
    }

    void refusedBeforeAnything()
    {
        QFETCH(QString, resource);
        QFETCH(QString, node);
        QFETCH(QString, lifetime);
        MoveOperation::Options o;
        o.lifetime = lifetime;
        MoveOperation op(OpsContext{}, resource, node, o);
        QSignalSpy prepared(&op, &Operation::prepared);
        op.prepare();
        QCOMPARE(prepared.size(), 1);
        QCOMPARE(prepared.first().first().toBool(), false);
        QCOMPARE(op.phase(), Operation::Phase::Refused);
        QVERIFY(!op.blockers().isEmpty());
        QVERIFY(op.preview().isEmpty());
        QSignalSpy finished(&op, &Operation::finished);
        op.execute();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(op.report().outcome(), StepStatus::Failed);
        QVERIFY(op.report().toText().contains(QLatin1String("Refused")));
        QVERIFY(op.isDangerous());
        QVERIFY(op.confirmationText().contains(node));
    }

    void descriptionsNameTheTarget()
    {
        QVERIFY(BanOperation({}, QStringLiteral("db-group"), QStringLiteral("node1"))
                    .confirmationText()
                    .contains(QLatin1String("node1")));
        QVERIFY(StandbyOperation({}, QStringLiteral("node2"), true)
                    .description()
                    .contains(QLatin1String("node2")));
        QVERIFY(MaintenanceOperation({}, true).description().contains(QLatin1String("cluster")));
        // Starting cannot interrupt anything: no confirmation is asked.
        QVERIFY(
            StartStopOperation({}, QStringLiteral("db-group"), true).confirmationText().isEmpty());
        StartStopOperation stop({}, QStringLiteral("db-group"), false);
        QVERIFY(stop.isDangerous());
        QVERIFY(stop.confirmationText().contains(QLatin1String("db-group")));
    }
};

QTEST_GUILESS_MAIN(TestOpsUnits)
#include "tst_ops_units.moc"
