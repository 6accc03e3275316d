// Reading Pacemaker's plan: crm_simulate output produced at test time by the installed
// Pacemaker on the lab's CIBs and the scheduler corpus, plus exact lines of each kind.

#include "ops/simulationplan.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ha;

namespace {

QString run(const QString &program, const QStringList &args, const QString &cibFile = {})
{
    QProcess p;
    if (!cibFile.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CIB_file"), cibFile);
        p.setProcessEnvironment(env);
    }
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The lab's healthy CIB with a move of db-group applied the way the console does it.
QString simulateMove(const QString &sample, const QString &node, QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QStringLiteral("cib.xml"));
    QFile::remove(copy);
    if (!QFile::copy(QStringLiteral(HA_CORPUS_DIR "/lab-samples/") + sample, copy))
        return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    run(QStringLiteral("crm_resource"),
        {QStringLiteral("--move"), QStringLiteral("--resource"), QStringLiteral("db-group"),
         QStringLiteral("--node"), node},
        copy);
    return run(QStringLiteral("crm_simulate"), {QStringLiteral("-x"), copy, QStringLiteral("-S")});
}

} // namespace

class TestOpsPlan : public QObject
{
    Q_OBJECT
private slots:
    void moveOfTheLabGroup()
    {
        QTemporaryDir dir;
        const QString out =
            simulateMove(QStringLiteral("cib-healthy.xml"), QStringLiteral("node1"), dir);
        QVERIFY2(out.contains(QLatin1String("Transition Summary")), qPrintable(out));
        const auto plan = SimulationPlanParser::parse(out);
        QVERIFY(plan.ok());
        QCOMPARE(plan->unparsed, QStringList());
        QStringList moved;
        for (const PlannedAction &a : plan->actions) {
            QCOMPARE(a.kind, PlannedAction::Kind::Move);
            QCOMPARE(a.fromNode, QStringLiteral("node2"));
            QCOMPARE(a.toNode, QStringLiteral("node1"));
            moved << a.resource;
        }
        QCOMPARE(moved, (QStringList{QStringLiteral("db-lvm-p"), QStringLiteral("db-fs-p"),
                                     QStringLiteral("nova-ip-p"), QStringLiteral("db-mysql-p")}));
        QVERIFY(plan->stoppedResources().isEmpty());
    }

    void moveToWhereItRunsPlansNothing()
    {
        QTemporaryDir dir;
        const QString out =
            simulateMove(QStringLiteral("cib-healthy.xml"), QStringLiteral("node2"), dir);
        const auto plan = SimulationPlanParser::parse(out);
        QVERIFY(plan.ok());
        QVERIFY(plan->isEmpty());
    }

    void moveToStandbyNodeDoesNotLand()
    {
        QTemporaryDir dir;
        const QString out =
            simulateMove(QStringLiteral("cib-standby-failed.xml"), QStringLiteral("node2"), dir);
        const auto plan = SimulationPlanParser::parse(out);
        QVERIFY2(plan.ok(), qPrintable(out));
        for (const PlannedAction &a : plan->actions)
            QVERIFY2(a.toNode != QLatin1String("node2") || a.blocked, qPrintable(a.describe()));
    }

    void lines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("blocked");
        using K = PlannedAction::Kind;
        auto row = [](const char *name, const char *line, K k, const char *r, const char *f,
                      const char *t, bool b = false) {
            QTest::newRow(name) << QString::fromUtf8(line) << int(k) << QString::fromUtf8(r)
                                << QString::fromUtf8(f) << QString::fromUtf8(t) << b;
        };
        row("move", "  * Move       db-fs-p      ( node2 -> node1 )", K::Move, "db-fs-p", "node2",
            "node1");
        row("move-roles", "  * Move       ds     ( Promoted n2 -> Started n3 )", K::Move, "ds",
            "n2", "n3");
        row("start", "  * Start      rsc1:2     (          node1 )", K::Start, "rsc1:2", "",
            "node1");
        row("start-blocked", "  * Start      ms:3        ( c7 )  due to no quorum (blocked)",
            K::Start, "ms:3", "", "c7", true);
        row("stop",
            "  * Stop       Fencing              (            pcmk-1 )  due to node availability",
            K::Stop, "Fencing", "pcmk-1", "");
        row("stop-role", "  * Stop       base:1   ( Unpromoted bb-1 )  due to unrunnable x start",
            K::Stop, "base:1", "bb-1", "");
        row("restart", "  * Restart    c:0     ( srv04 )  due to required d:0 start", K::Restart,
            "c:0", "srv04", "srv04");
        row("reload", "  * Reload     A       ( fc16-builder )", K::Reload, "A", "fc16-builder",
            "fc16-builder");
        row("repromote", "  * Re-promote   rsc1:0        (           Promoted rhel7-4 )",
            K::Promote, "rsc1:0", "rhel7-4", "rhel7-4");
        row("recover", "  * Recover    FSlun3     ( lamaVM2 )", K::Recover, "FSlun3", "lamaVM2",
            "lamaVM2");
        row("recover-move", "  * Recover    db     ( n1 -> n2 )", K::Recover, "db", "n1", "n2");
        row("migrate", "  * Migrate    vm     (               pcmk1 -> pcmk2 )", K::Migrate, "vm",
            "pcmk1", "pcmk2");
        row("promote", "  * Promote    fake:0     ( Unpromoted -> Promoted rhel7-auto1 )",
            K::Promote, "fake:0", "rhel7-auto1", "rhel7-auto1");
        row("promote-stopped", "  * Promote    rsc2:2     (    Stopped -> Promoted node1 )",
            K::Promote, "rsc2:2", "node1", "node1");
        row("demote", "  * Demote     rsc1:0     ( Promoted -> Unpromoted node1 )", K::Demote,
            "rsc1:0", "node1", "node1");
        row("fence", "  * Fence (reboot) node1 'peer is no longer part of the cluster'", K::Fence,
            "", "", "node1");
        row("fence-guest", "  * Fence (off) gb-0 (resource: gb-docker-0) 'guest is unclean'",
            K::Fence, "", "", "gb-0");
    }

    void lines()
    {
        QFETCH(QString, line);
        QFETCH(int, kind);
        QFETCH(QString, resource);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, blocked);
        const auto a = SimulationPlanParser::parseLine(line);
        QVERIFY(a.has_value());
        QCOMPARE(int(a->kind), kind);
        QCOMPARE(a->resource, resource);
        QCOMPARE(a->fromNode, from);
        QCOMPARE(a->toNode, to);
        QCOMPARE(a->blocked, blocked);
        QVERIFY(!a->describe().isEmpty());
    }

    void notAnAction()
    {
        QVERIFY(!SimulationPlanParser::parseLine(QStringLiteral("Executing Cluster Transition:")));
        QVERIFY(!SimulationPlanParser::parseLine(QString()));
        QVERIFY(!SimulationPlanParser::parse(QStringLiteral("crm_simulate: error")).ok());
    }

    // Every summary line of the scheduler corpus is understood (none falls into `unparsed`,
    // every resource action names its resource and a node).
    void schedulerCorpus()
    {
        QDir corpus(QStringLiteral(HA_CORPUS_DIR "/pacemaker-scheduler-cibs"));
        QStringList files = corpus.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() > 100, "scheduler corpus missing");
        // Every 8th file keeps the test under a minute on 2 cores while covering every kind.
        int actions = 0, documents = 0;
        QSet<int> kinds;
        for (int i = 0; i < files.size(); i += 8) {
            const QString out =
                run(QStringLiteral("crm_simulate"),
                    {QStringLiteral("-x"), corpus.filePath(files.at(i)), QStringLiteral("-S")});
            if (!out.contains(QLatin1String("Transition Summary:")))
                continue; // a CIB this Pacemaker cannot schedule at all
            ++documents;
            const auto plan = SimulationPlanParser::parse(out);
            QVERIFY2(plan.ok(), qPrintable(files.at(i)));
            QVERIFY2(plan->unparsed.isEmpty(),
                     qPrintable(files.at(i) + QStringLiteral(": ") + plan->unparsed.join(u'|')));
            for (const PlannedAction &a : plan->actions) {
                ++actions;
                kinds.insert(int(a.kind));
                QVERIFY2(a.kind != PlannedAction::Kind::Other, qPrintable(a.verb));
                if (a.kind != PlannedAction::Kind::Fence && a.kind != PlannedAction::Kind::Shutdown)
                    QVERIFY2(!a.resource.isEmpty() && !(a.fromNode.isEmpty() && a.toNode.isEmpty()),
                             qPrintable(files.at(i) + QStringLiteral(": ") + a.describe()));
            }
        }
        QVERIFY(documents > 40);
        QVERIFY(actions > 100);
        QVERIFY2(kinds.size() >= 6, "the sample should cover most kinds of action");
    }
};

QTEST_GUILESS_MAIN(TestOpsPlan)
#include "tst_ops_plan.moc"
