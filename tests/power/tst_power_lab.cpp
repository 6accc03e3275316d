// Against the lab's ipmi_sim BMCs, read-only: PowerMonitor reads both nodes' power state through
// real RMCP+ sessions with the password from the profile's password file.
#include "ipmi/openipmipowercontrol.h"
#include "power/powermonitor.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"

#include <QTest>

using namespace ha;

class TestPowerLab : public QObject
{
    Q_OBJECT
private slots:
    void statusOfBothBmcs()
    {
        ProfileStore store;
        auto profile = store.load(QStringLiteral("lab"));
        if (!profile.ok())
            QSKIP("no lab profile");
        SecretStore secrets;
        PowerMonitor m(profile.value(), nullptr, &secrets);
        QCOMPARE(m.nodes().size(), 2);
        m.pollNow();
        for (const QString &n : m.nodes()) {
            QTRY_VERIFY_WITH_TIMEOUT(m.state(n).powerOn.has_value(), 15000);
            QVERIFY2(*m.state(n).powerOn, qPrintable(n));
            QVERIFY(m.state(n).bmcReachable);
            QVERIFY(m.state(n).lastError.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPowerLab)
#include "tst_power_lab.moc"
