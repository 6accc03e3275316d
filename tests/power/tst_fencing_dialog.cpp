// The Test fencing dialog with canned commands and views (no SSH) and FakePowerControl: checks
// show one row per step with its verdict; the guided reset needs the typed confirmation naming
// the node (refused: nothing is reset), and with no healthy peer it does not start at all.
// Saves screenshots to $HA_SCREENSHOT_DIR when set.
#include "confirmbynamedialog.h"
#include "ipmi/fakepowercontrol.h"
#include "messagebox.h"
#include "power/fencingtest.h"
#include "power/fencingtestdialog.h"
#include "power/powermonitor.h"
#include "powershot.h"
#include "powertestutil.h"

#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace ha;
using test::saveShotIfAsked;
using test::twoNodeProfile;
using test::twoNodeStatus;

namespace {

const QByteArray kResources = R"(<resources>
  <primitive id="fence-node2" class="stonith" type="fence_ipmilan"><instance_attributes id="f">
    <nvpair id="a" name="ip" value="198.18.0.202"/><nvpair id="c" name="username" value="admin"/>
    <nvpair id="d" name="password" value="TOPSECRET-pw"/><nvpair id="f" name="pcmk_host_list" value="node2"/>
  </instance_attributes></primitive></resources>)";

struct Fixture
{
    Fixture() : power(twoNodeProfile(), nullptr, nullptr)
    {
        power.setControlFactory([this](const NodeProfile &n, const QByteArray &) {
            auto *f = new FakePowerControl(n.name, &power);
            if (n.name == QLatin1String("node2"))
                fake = f;
            return f;
        });
        view = twoNodeStatus(true, true);
    }
    void wire(ui::FencingTestDialog &d)
    {
        d.test()->setStatusSource([this](const QString &from) -> std::optional<ClusterStatus> {
            if (from != QLatin1String("node1"))
                return std::nullopt;
            return view;
        });
        d.test()->setRunner([](const QString &, const RemoteCommand &cmd, QObject *ctx,
                               FencingTest::CommandDone done) {
            CommandResult r;
            r.exitCode = 0;
            if (cmd.templateName() == QLatin1String("cibadmin.query-resources"))
                r.stdOut = kResources;
            else if (cmd.templateName() == QLatin1String("stonith_admin.list"))
                r.stdOut = "fence-node2\n1 fence device found\n";
            else
                r.stdOut = "No fencing history for node2\n";
            QTimer::singleShot(0, ctx, [done, r] { done(r); });
        });
        FencingTest::Timing t;
        t.pollMs = 20;
        t.groupSettleMs = 0;
        d.test()->setTiming(t);
    }

    PowerMonitor power;
    FakePowerControl *fake = nullptr;
    ClusterStatus view;
};

QStringList topLevelTexts(QTreeWidget *t, int column)
{
    QStringList out;
    for (int i = 0; i < t->topLevelItemCount(); ++i)
        out << t->topLevelItem(i)->text(column);
    return out;
}

} // namespace

class TestFencingDialog : public QObject
{
    Q_OBJECT
private slots:
    void checksShowEveryStep()
    {
        Fixture f;
        ui::FencingTestDialog d(&f.power, nullptr, QStringLiteral("node2"));
        f.wire(d);
        d.show();
        QVERIFY(d.summaryText().contains(QLatin1String("Run checks")));
        QTest::mouseClick(d.checksButton(), Qt::LeftButton);
        QTRY_VERIFY(d.summaryText().startsWith(QLatin1String("PASSED")));
        QCOMPARE(d.stepTree()->topLevelItemCount(), 3);
        for (const QString &s : topLevelTexts(d.stepTree(), 1))
            QVERIFY2(s.contains(QLatin1String("passed")), qPrintable(s));
        // The details are visible without clicking, and carry no password.
        QTreeWidgetItem *config = d.stepTree()->topLevelItem(0);
        QVERIFY(config->isExpanded() && config->childCount() > 0);
        for (int i = 0; i < config->childCount(); ++i)
            QVERIFY(!config->child(i)->text(2).contains(QLatin1String("TOPSECRET")));
        saveShotIfAsked(&d, QStringLiteral("fencing-test-checks"));
    }

    void resetNeedsTypedConfirmation()
    {
        Fixture f;
        ui::FencingTestDialog d(&f.power, nullptr, QStringLiteral("node2"));
        f.wire(d);
        d.show();

        ui::ConfirmByNameDialog::setNextAnswer(false);
        QVERIFY(!d.startReset());
        const ui::ConfirmRequest req = ui::ConfirmByNameDialog::lastRequest();
        QCOMPARE(req.target, QStringLiteral("node2"));
        QCOMPARE(req.actionText, QStringLiteral("Reset node2 now"));
        QVERIFY(req.commands.join(QString()).contains(QLatin1String("reset")));
        QVERIFY(req.warning.contains(QLatin1String("audit log")));
        QVERIFY(d.summaryText().contains(QLatin1String("not confirmed")));
        QTest::qWait(20);
        QVERIFY(!f.fake || f.fake->actions().isEmpty()); // refused: nothing was reset

        ui::ConfirmByNameDialog::setNextAnswer(true);
        QVERIFY(d.startReset());
        QTRY_VERIFY(f.fake && f.fake->actions() == QList<PowerAction>{PowerAction::Reset});
        QTRY_VERIFY(d.summaryText().startsWith(QLatin1String("Running")));
        QVERIFY(!d.resetButton()->isEnabled());
        f.view = twoNodeStatus(false, true);
        QTRY_VERIFY(d.test()->step(QStringLiteral("leave"))->state == FencingStep::State::Passed);
        saveShotIfAsked(&d, QStringLiteral("fencing-test-running"));
        f.view = twoNodeStatus(true, true);
        QTRY_VERIFY(d.summaryText().startsWith(QLatin1String("PASSED")));
        QCOMPARE(d.stepTree()->topLevelItemCount(), 5);
        QVERIFY(d.resetButton()->isEnabled());
        saveShotIfAsked(&d, QStringLiteral("fencing-test-passed"));
    }

    void noHealthyPeerNoReset()
    {
        Fixture f;
        f.view.nodes[0].online = false;
        ui::FencingTestDialog d(&f.power, nullptr, QStringLiteral("node2"));
        f.wire(d);
        d.show();
        ui::ConfirmByNameDialog::setNextAnswer(true); // would confirm if asked
        ui::MessageBox::setNextAnswer(true);           // the warning is recorded, not shown
        QVERIFY(!d.startReset());
        QVERIFY(ui::MessageBox::lastText().contains(QLatin1String("node1 is not online")));
        QVERIFY(d.summaryText().startsWith(QLatin1String("Not started")));
        QVERIFY(!f.fake || f.fake->actions().isEmpty());
        ui::ConfirmByNameDialog::setNextAnswer(false); // consume the unused answer
    }
};

QTEST_MAIN(TestFencingDialog)
#include "tst_fencing_dialog.moc"
