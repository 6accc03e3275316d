// The CIB's IPMI fence device of a node compared with the BMC the console knows.
#include "power/fencingcheck.h"

#include <QTest>

using namespace ha;

namespace {

QByteArray resources(const QString &port)
{
    return QStringLiteral(R"(<resources>
  <group id="g"><primitive id="ip" class="ocf" provider="heartbeat" type="IPaddr2">
    <instance_attributes id="ia"><nvpair id="a" name="ip" value="198.18.0.100"/></instance_attributes>
  </primitive></group>
  <primitive id="fence-node1" class="stonith" type="fence_ipmilan">
    <instance_attributes id="f1">
      <nvpair id="f1a" name="ip" value="198.18.0.201"/><nvpair id="f1b" name="ipport" value="%1"/>
      <nvpair id="f1c" name="username" value="admin"/><nvpair id="f1d" name="password" value="TOPSECRET-pw"/>
      <nvpair id="f1e" name="lanplus" value="1"/><nvpair id="f1f" name="pcmk_host_list" value="node1"/>
    </instance_attributes>
    <operations><op id="m" name="monitor" interval="60s"><instance_attributes id="oi">
      <nvpair id="x" name="ip" value="1.2.3.4"/></instance_attributes></op></operations>
  </primitive>
</resources>)").arg(port).toUtf8();
}

NodeProfile node1()
{
    NodeProfile n;
    n.name = QStringLiteral("node1");
    n.bmc.address = QStringLiteral("198.18.0.201");
    n.bmc.port = 623;
    n.bmc.user = QStringLiteral("admin");
    return n;
}

QString allText(const FenceConfigCheck &c)
{
    QString s;
    for (const auto &i : c.items)
        s += i.what + i.detail;
    return s;
}

} // namespace

class TestFencingCheck : public QObject
{
    Q_OBJECT
private slots:
    void parsesDevice()
    {
        auto devs = parseFenceDevices(resources(QStringLiteral("623")));
        QVERIFY(devs.ok());
        QCOMPARE(devs.value().size(), 1);
        const FenceDevice &d = devs.value().first();
        QCOMPARE(d.id, QStringLiteral("fence-node1"));
        QCOMPARE(d.ip, QStringLiteral("198.18.0.201")); // not the op's nested nvpair
        QCOMPARE(d.ipport, 623);
        QCOMPARE(d.hosts, QStringList{QStringLiteral("node1")});
    }

    void matchingConfigPasses()
    {
        auto devs = parseFenceDevices(resources(QStringLiteral("623")));
        QVERIFY(devs.ok());
        const FenceConfigCheck c = checkFenceConfig(devs.value(), node1());
        QVERIFY(c.passed());
        QVERIFY(!allText(c).contains(QLatin1String("TOPSECRET")));
    }

    void wrongPortFails()
    {
        auto devs = parseFenceDevices(resources(QStringLiteral("6230")));
        QVERIFY(devs.ok());
        const FenceConfigCheck c = checkFenceConfig(devs.value(), node1());
        QVERIFY(!c.passed());
        bool portFailed = false;
        for (const auto &i : c.items)
            portFailed |= i.what == QLatin1String("BMC port") && !i.ok;
        QVERIFY(portFailed);
    }

    void noDeviceFails()
    {
        auto devs = parseFenceDevices(resources(QStringLiteral("623")));
        QVERIFY(devs.ok());
        NodeProfile n2 = node1();
        n2.name = QStringLiteral("node2");
        const FenceConfigCheck c = checkFenceConfig(devs.value(), n2);
        QVERIFY(!c.device);
        QVERIFY(!c.passed());
    }

    void brokenXmlIsAnError()
    {
        QVERIFY(!parseFenceDevices(QByteArrayLiteral("<resources><primitive")).ok());
    }
};

QTEST_GUILESS_MAIN(TestFencingCheck)
#include "tst_fencing_check.moc"
