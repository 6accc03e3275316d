// FencingTest without SSH or BMC: canned command output through the runner seam, cluster views
// through the status seam, FakePowerControl behind PowerMonitor. Checks which node runs what,
// each step's verdict, that no password reaches a report or the audit log, and the audit record
// of the guided reset.
#include "audit/auditlog.h"
#include "ipmi/fakepowercontrol.h"
#include "power/fencingtest.h"
#include "power/powermonitor.h"
#include "powertestutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ha;
using test::twoNodeProfile;
using test::twoNodeStatus;

namespace {

const char kSecret[] = "TOPSECRET-pw";

QByteArray resources(int port)
{
    return QStringLiteral(R"(<resources>
  <primitive id="fence-node2" class="stonith" type="fence_ipmilan">
    <instance_attributes id="f2">
      <nvpair id="a" name="ip" value="198.18.0.202"/><nvpair id="b" name="ipport" value="%1"/>
      <nvpair id="c" name="username" value="admin"/><nvpair id="d" name="password" value="%2"/>
      <nvpair id="e" name="lanplus" value="1"/><nvpair id="f" name="pcmk_host_list" value="node2"/>
    </instance_attributes>
  </primitive>
</resources>)")
        .arg(port)
        .arg(QLatin1String(kSecret))
        .toUtf8();
}

struct Harness
{
    Harness()
        : audit(dir.filePath(QStringLiteral("audit.jsonl"))),
          power(twoNodeProfile(), &audit, nullptr),
          test(twoNodeProfile(), QStringLiteral("node2"), &power, &audit)
    {
        power.setControlFactory([this](const NodeProfile &n, const QByteArray &) {
            auto *f = new FakePowerControl(n.name, &power);
            if (n.name == QLatin1String("node2"))
                fake = f;
            return f;
        });
        views[QStringLiteral("node1")] = twoNodeStatus(true, true);
        views[QStringLiteral("node2")] = twoNodeStatus(true, true);
        test.setStatusSource([this](const QString &from) -> std::optional<ClusterStatus> {
            if (!views.contains(from))
                return std::nullopt;
            return views.value(from);
        });
        // Views are fresh unless a test says when one was read.
        test.setStatusTimeSource([this](const QString &from) {
            return readAt.value(from, QDateTime::currentDateTimeUtc());
        });
        test.setRunner([this](const QString &node, const RemoteCommand &cmd, QObject *ctx,
                              FencingTest::CommandDone done) {
            ran << node + QLatin1Char(':') + cmd.argv().join(QLatin1Char(' '));
            CommandResult r = answers.value(cmd.templateName());
            if (!answers.contains(cmd.templateName()))
                r.error = makeError(ErrorCode::Unreachable, QStringLiteral("no answer"));
            QTimer::singleShot(0, ctx, [done, r] { done(r); });
        });
        answer(QStringLiteral("cibadmin.query-resources"), resources(623));
        answer(QStringLiteral("stonith_admin.list"), "fence-node2\n1 fence device found\n");
        answer(QStringLiteral("stonith_admin.history"),
               "reboot of node2 successful: delegate=node1, client=pacemaker-controld.1234, "
               "origin=node1, completed='2026-11-26 09:00:00 +00:00'\n");
        FencingTest::Timing t;
        t.pollMs = 20;
        t.groupSettleMs = 0;
        test.setTiming(t);
    }

    void answer(const QString &templ, const QByteArray &out, int exitCode = 0)
    {
        CommandResult r;
        r.exitCode = exitCode;
        r.stdOut = out;
        answers[templ] = r;
    }

    QList<AuditRecord> auditRecords() const
    {
        auto r = AuditLog::readTail(audit.path(), 100);
        return r.ok() ? r.value() : QList<AuditRecord>{};
    }

    QTemporaryDir dir;
    AuditLog audit;
    PowerMonitor power;
    FencingTest test;
    FakePowerControl *fake = nullptr;
    QHash<QString, ClusterStatus> views;
    QHash<QString, CommandResult> answers;
    QHash<QString, QDateTime> readAt;
    QStringList ran;
};

FencingStep::State stateOf(const FencingTest &t, const char *id)
{
    const FencingStep *s = t.step(QLatin1String(id));
    return s ? s->state : FencingStep::State::Pending;
}

} // namespace

class TestFencingTest : public QObject
{
    Q_OBJECT
private slots:
    void checksPassOnTheOtherNode()
    {
        Harness h;
        QCOMPARE(h.test.peer(), QStringLiteral("node1"));
        QSignalSpy done(&h.test, &FencingTest::finished);
        h.test.runChecks();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(stateOf(h.test, "config"), FencingStep::State::Passed);
        QCOMPARE(stateOf(h.test, "list"), FencingStep::State::Passed);
        QCOMPARE(stateOf(h.test, "history"), FencingStep::State::Passed);
        // Everything ran on node1, the node that would fence node2.
        QCOMPARE(h.ran, (QStringList{QStringLiteral("node1:cibadmin -Q -o resources"),
                                     QStringLiteral("node1:stonith_admin --list node2"),
                                     QStringLiteral("node1:stonith_admin --history node2")}));
        QVERIFY(h.test.step(QStringLiteral("list"))->detail.contains(QLatin1String("fence-node2")));
        QVERIFY(!h.test.report().contains(QLatin1String(kSecret)));
        QVERIFY(h.auditRecords().isEmpty()); // read-only checks record nothing of their own
    }

    void wrongPortAndUnknownDeviceFail()
    {
        Harness h;
        h.answer(QStringLiteral("cibadmin.query-resources"), resources(6230));
        h.answer(QStringLiteral("stonith_admin.list"), "0 fence devices found\n");
        QSignalSpy done(&h.test, &FencingTest::finished);
        h.test.runChecks();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(stateOf(h.test, "config"), FencingStep::State::Failed);
        QVERIFY(h.test.step(QStringLiteral("config"))->detail.contains(QLatin1String("6230")));
        QCOMPARE(stateOf(h.test, "list"), FencingStep::State::Failed);
        QVERIFY(h.test.step(QStringLiteral("list"))->detail.contains(QLatin1String("could not fence")));
        QVERIFY(!h.test.report().contains(QLatin1String(kSecret)));
    }

    void noConnectionIsSaidInWords()
    {
        Harness h;
        h.answers.clear();
        QSignalSpy done(&h.test, &FencingTest::finished);
        h.test.runChecks();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(stateOf(h.test, "config"), FencingStep::State::Failed);
        QVERIFY(h.test.step(QStringLiteral("config"))->detail.contains(QLatin1String("no answer")));
    }

    void resetRefusedWithoutAHealthyPeer()
    {
        Harness h;
        ClusterStatus st = twoNodeStatus(true, true);
        st.nodes[0].online = false; // node1 down: resetting node2 would leave nothing running
        h.views[QStringLiteral("node1")] = st;
        h.views.remove(QStringLiteral("node2"));
        QString why;
        QVERIFY(!h.test.canStartReset(&why));
        QVERIFY2(why.contains(QLatin1String("node1")), qPrintable(why));
    }

    void guidedResetWatchesTheRecovery()
    {
        Harness h;
        QSignalSpy done(&h.test, &FencingTest::finished);
        QString why;
        QVERIFY2(h.test.canStartReset(&why), qPrintable(why));
        h.test.runReset();
        QCOMPARE(stateOf(h.test, "before"), FencingStep::State::Passed);
        QTRY_COMPARE(stateOf(h.test, "reset"), FencingStep::State::Passed);
        QVERIFY(h.fake);
        QCOMPARE(h.fake->actions(), QList<PowerAction>{PowerAction::Reset});
        QCOMPARE(stateOf(h.test, "leave"), FencingStep::State::Running);

        // node1 sees node2 go, then come back, then the group start again.
        h.views[QStringLiteral("node1")] = twoNodeStatus(false, true);
        h.views.remove(QStringLiteral("node2"));
        QTRY_COMPARE(stateOf(h.test, "leave"), FencingStep::State::Passed);
        QCOMPARE(stateOf(h.test, "rejoin"), FencingStep::State::Running);
        h.views[QStringLiteral("node1")] = twoNodeStatus(true, false);
        QTRY_COMPARE(stateOf(h.test, "rejoin"), FencingStep::State::Passed);
        QCOMPARE(stateOf(h.test, "group"), FencingStep::State::Running);
        h.views[QStringLiteral("node1")] = twoNodeStatus(true, true);
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(stateOf(h.test, "group"), FencingStep::State::Passed);

        // The power action and the guided test are both in the audit log, without a secret.
        const QList<AuditRecord> recs = h.auditRecords();
        QStringList names;
        for (const AuditRecord &r : recs)
            names << r.templateName;
        QCOMPARE(names, (QStringList{QStringLiteral("ipmi.power.reset"),
                                     QStringLiteral("fencing.test.reset")}));
        QCOMPARE(recs.last().exitCode, 0);
        QCOMPARE(recs.last().node, QStringLiteral("node2"));
        QVERIFY(recs.last().commandLine.contains(QLatin1String("back online")));
        QFile f(h.audit.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(kSecret));
    }

    void fastRestartSeenByTheLostConnection()
    {
        // The lab's nodes restart in ~2 s: node1 may never list node2 offline. The console's
        // own session to node2 dropping is the sign; node2's own status must come back too.
        Harness h;
        QSignalSpy done(&h.test, &FencingTest::finished);
        h.test.runReset();
        QTRY_COMPARE(stateOf(h.test, "leave"), FencingStep::State::Running);
        h.views.remove(QStringLiteral("node2"));
        QTRY_COMPARE(stateOf(h.test, "leave"), FencingStep::State::Passed);
        QVERIFY(h.test.step(QStringLiteral("leave"))->detail.contains(QLatin1String("lost its connection")));
        QTest::qWait(100); // node1 still lists node2 online: not enough to pass the rejoin
        QCOMPARE(stateOf(h.test, "rejoin"), FencingStep::State::Running);
        // node2's connection is back but its status is the one from before the reset.
        h.readAt[QStringLiteral("node2")] = QDateTime::currentDateTimeUtc().addSecs(-60);
        h.views[QStringLiteral("node2")] = twoNodeStatus(true, true);
        QTest::qWait(100);
        QCOMPARE(stateOf(h.test, "rejoin"), FencingStep::State::Running);
        h.readAt.remove(QStringLiteral("node2")); // a fresh status arrives
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toBool(), true);
    }

    void groupMustStayStarted()
    {
        Harness h;
        FencingTest::Timing t;
        t.pollMs = 20;
        t.groupSettleMs = 600000; // never settles until the test says so
        h.test.setTiming(t);
        QSignalSpy done(&h.test, &FencingTest::finished);
        h.test.runReset();
        QTRY_COMPARE(stateOf(h.test, "leave"), FencingStep::State::Running);
        h.views[QStringLiteral("node1")] = twoNodeStatus(false, true);
        QTRY_COMPARE(stateOf(h.test, "rejoin"), FencingStep::State::Running);
        h.views[QStringLiteral("node1")] = twoNodeStatus(true, true);
        QTRY_COMPARE(stateOf(h.test, "group"), FencingStep::State::Running);
        QTest::qWait(100);
        QCOMPARE(stateOf(h.test, "group"), FencingStep::State::Running);
        t.groupSettleMs = 0;
        h.test.setTiming(t);
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(stateOf(h.test, "group"), FencingStep::State::Passed);
    }

    void nodeThatStaysDownFailsWithinTheBound()
    {
        Harness h;
        FencingTest::Timing t;
        t.pollMs = 20;
        t.groupSettleMs = 0;
        t.leaveTimeoutMs = 100;
        t.rejoinTimeoutMs = 300;
        h.test.setTiming(t);
        QSignalSpy done(&h.test, &FencingTest::finished);
        h.test.runReset();
        QTRY_COMPARE(stateOf(h.test, "reset"), FencingStep::State::Passed);
        h.views[QStringLiteral("node1")] = twoNodeStatus(false, true);
        h.fake->setState(PowerState::Off); // fenced off by the cluster, say
        h.power.pollNow();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(stateOf(h.test, "rejoin"), FencingStep::State::Failed);
        QCOMPARE(stateOf(h.test, "group"), FencingStep::State::Skipped);
        QVERIFY(h.test.step(QStringLiteral("rejoin"))->detail.contains(QLatin1String("power OFF")));
        const QList<AuditRecord> recs = h.auditRecords();
        QVERIFY(!recs.isEmpty());
        QCOMPARE(recs.last().templateName, QStringLiteral("fencing.test.reset"));
        QCOMPARE(recs.last().exitCode, 1);
        QVERIFY(recs.last().errorMessage.contains(QLatin1String("did not come back")));
    }

    void cancelIsRecorded()
    {
        Harness h;
        QSignalSpy done(&h.test, &FencingTest::finished);
        h.test.runReset();
        QTRY_COMPARE(stateOf(h.test, "leave"), FencingStep::State::Running);
        h.test.cancel();
        QCOMPARE(done.size(), 1);
        QVERIFY(!h.test.isRunning());
        QCOMPARE(stateOf(h.test, "leave"), FencingStep::State::Failed);
        QCOMPARE(h.auditRecords().last().exitCode, 1);
        QVERIFY(h.auditRecords().last().errorMessage.contains(QLatin1String("Cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestFencingTest)
#include "tst_fencing_test.moc"
