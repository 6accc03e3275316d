// Guard rails of power actions: which warnings a node gets, from the profile and the cluster view.
#include "power/powerguard.h"

#include <QTest>

using namespace ha;

namespace {

ClusterProfile profile()
{
    ClusterProfile p;
    p.name = QStringLiteral("lab");
    p.serviceGroup = QStringLiteral("db-group");
    for (int i = 1; i <= 2; ++i) {
        NodeProfile n;
        n.name = QStringLiteral("node%1").arg(i);
        n.bmc.address = QStringLiteral("198.18.0.20%1").arg(i);
        n.bmc.port = 623;
        n.bmc.user = QStringLiteral("admin");
        p.nodes << n;
    }
    return p;
}

ClusterStatus status(const QString &groupOn, bool node2Online)
{
    ClusterStatus s;
    NodeState a;
    a.name = QStringLiteral("node1");
    a.online = true;
    NodeState b;
    b.name = QStringLiteral("node2");
    b.online = node2Online;
    s.nodes << a << b;
    Resource g;
    g.id = QStringLiteral("db-group");
    g.active = true;
    g.nodes << groupOn;
    s.resources << g;
    return s;
}

} // namespace

class TestPowerGuard : public QObject
{
    Q_OBJECT
private slots:
    void typedConfirmation_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("typed");
        QTest::newRow("on") << int(PowerAction::On) << false;
        QTest::newRow("off") << int(PowerAction::Off) << true;
        QTest::newRow("soft") << int(PowerAction::SoftOff) << true;
        QTest::newRow("reset") << int(PowerAction::Reset) << true;
        QTest::newRow("cycle") << int(PowerAction::Cycle) << true;
    }
    void typedConfirmation()
    {
        QFETCH(int, action);
        QFETCH(bool, typed);
        const ClusterProfile p = profile();
        const ClusterStatus s = status(QStringLiteral("node1"), true);
        const PowerGuard g = computePowerGuard(
            {&p, QStringLiteral("node2"), static_cast<PowerAction>(action), &s, {}});
        QCOMPARE(g.needsTypedConfirmation, typed);
        QVERIFY(!g.effect.isEmpty());
        QCOMPARE(g.commandText,
                 QStringLiteral("ipmi chassis power %1 (BMC 198.18.0.202:623)")
                     .arg(powerActionName(static_cast<PowerAction>(action))));
    }

    void hardOffEffectIsExact()
    {
        const ClusterProfile p = profile();
        const ClusterStatus s = status(QStringLiteral("node1"), true);
        const PowerGuard g = computePowerGuard({&p, QStringLiteral("node2"), PowerAction::Off, &s, {}});
        QVERIFY(g.effect.contains(QLatin1String("no clean shutdown")));
        QVERIFY(g.warnings.isEmpty()); // passive node, peer online, not the view node
    }

    void serviceNodeWarns()
    {
        const ClusterProfile p = profile();
        const ClusterStatus s = status(QStringLiteral("node1"), true);
        const PowerGuard g = computePowerGuard({&p, QStringLiteral("node1"), PowerAction::Reset, &s, {}});
        QVERIFY(g.runsService);
        QVERIFY(!g.lastOnline);
        QCOMPARE(g.warnings.size(), 1);
        QVERIFY(g.warnings.first().contains(QLatin1String("db-group")));
        QVERIFY(g.warnings.first().contains(QLatin1String("node2"))); // who takes over
    }

    void lastOnlineNodeWarns()
    {
        const ClusterProfile p = profile();
        const ClusterStatus s = status(QStringLiteral("node1"), false);
        const PowerGuard g = computePowerGuard({&p, QStringLiteral("node1"), PowerAction::Off, &s, {}});
        QVERIFY(g.runsService);
        QVERIFY(g.lastOnline);
        QCOMPARE(g.warnings.size(), 2);
        QVERIFY(g.warnings.at(0).contains(QLatin1String("stays down")));
        QVERIFY(g.warnings.at(1).contains(QLatin1String("last online")));
    }

    void viewNodeWarns()
    {
        const ClusterProfile p = profile();
        const ClusterStatus s = status(QStringLiteral("node1"), true);
        const PowerGuard g = computePowerGuard(
            {&p, QStringLiteral("node2"), PowerAction::Cycle, &s, QStringLiteral("node2")});
        QVERIFY(g.isViewNode);
        QCOMPARE(g.warnings.size(), 1);
        QVERIFY(g.warnings.first().contains(QLatin1String("reads the cluster through node2")));
    }

    void powerOnHasNoWarnings()
    {
        const ClusterProfile p = profile();
        const ClusterStatus s = status(QStringLiteral("node1"), false);
        const PowerGuard g = computePowerGuard(
            {&p, QStringLiteral("node1"), PowerAction::On, &s, QStringLiteral("node1")});
        QVERIFY(g.warnings.isEmpty());
        QVERIFY(!g.needsTypedConfirmation);
    }

    void unknownStatusWarns()
    {
        const ClusterProfile p = profile();
        const PowerGuard g = computePowerGuard({&p, QStringLiteral("node2"), PowerAction::Off, nullptr, {}});
        QVERIFY(g.statusUnknown);
        QCOMPARE(g.warnings.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPowerGuard)
#include "tst_power_guard.moc"
