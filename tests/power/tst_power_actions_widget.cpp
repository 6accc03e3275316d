// The power actions widget: typed confirmation for actions that take the node down, none for on;
// a refused confirmation runs nothing; the request shows the exact command and the warnings.
#include "cluster/clusterstatus.h"
#include "confirmbynamedialog.h"
#include "ipmi/fakepowercontrol.h"
#include "power/poweractionswidget.h"
#include "power/powermonitor.h"

#include <QTest>

using namespace ha;

class TestPowerActionsWidget : public QObject
{
    Q_OBJECT
private:
    ClusterProfile profile()
    {
        ClusterProfile p;
        p.name = QStringLiteral("t");
        p.serviceGroup = QStringLiteral("db");
        NodeProfile n;
        n.name = QStringLiteral("node1");
        n.bmc.address = QStringLiteral("127.0.0.1");
        n.bmc.user = QStringLiteral("admin");
        p.nodes << n;
        return p;
    }

private slots:
    void typedConfirmationGuardsReset()
    {
        PowerMonitor m(profile(), nullptr, nullptr);
        FakePowerControl *fake = nullptr;
        m.setControlFactory([&](const NodeProfile &n, const QByteArray &) {
            fake = new FakePowerControl(n.name, &m);
            return fake;
        });
        ClusterStatus st;
        NodeState ns;
        ns.name = QStringLiteral("node1");
        ns.online = true;
        st.nodes << ns;
        Resource g;
        g.id = QStringLiteral("db");
        g.active = true;
        g.nodes << QStringLiteral("node1");
        st.resources << g;
        ui::PowerActionsWidget w(&m, QStringLiteral("node1"));
        w.setStatusSource([&st] { return &st; });

        ui::ConfirmByNameDialog::setNextAnswer(false);
        QVERIFY(!w.trigger(PowerAction::Reset));
        const ui::ConfirmRequest req = ui::ConfirmByNameDialog::lastRequest();
        QCOMPARE(req.target, QStringLiteral("node1"));
        QCOMPARE(req.commands, QStringList{QStringLiteral("ipmi chassis power reset (BMC 127.0.0.1:623)")});
        QVERIFY(req.warning.contains(QLatin1String("no clean shutdown")));
        QVERIFY(req.warning.contains(QLatin1String("last online")));
        QVERIFY(req.warning.contains(QLatin1String("database group db")));
        QTest::qWait(20);
        QVERIFY(!fake || fake->actions().isEmpty()); // refused: nothing ran

        ui::ConfirmByNameDialog::setNextAnswer(true);
        QVERIFY(w.trigger(PowerAction::Reset));
        QTRY_VERIFY(w.resultText().startsWith(QLatin1String("Done:")));
        QCOMPARE(fake->actions(), QList<PowerAction>{PowerAction::Reset});
    }

    void powerOnNeedsNoConfirmation()
    {
        PowerMonitor m(profile(), nullptr, nullptr);
        FakePowerControl *fake = nullptr;
        m.setControlFactory([&](const NodeProfile &n, const QByteArray &) {
            fake = new FakePowerControl(n.name, &m);
            fake->setState(PowerState::Off);
            return fake;
        });
        ui::PowerActionsWidget w(&m, QStringLiteral("node1"));
        ui::ConfirmByNameDialog::setNextAnswer(false); // would refuse if asked
        QVERIFY(w.trigger(PowerAction::On));
        QTRY_VERIFY(w.resultText().startsWith(QLatin1String("Done:")));
        QTRY_COMPARE(w.stateText(), QStringLiteral("Power: ON"));
        ui::ConfirmByNameDialog::setNextAnswer(false); // consume the unused answer
        QVERIFY(!w.trigger(PowerAction::Off));
    }
};

QTEST_MAIN(TestPowerActionsWidget)
#include "tst_power_actions_widget.moc"
