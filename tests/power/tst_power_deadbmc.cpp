// A BMC that never answers (nothing listens on its UDP port): PowerMonitor reports it unreachable
// within the configured bound and the event loop keeps running meanwhile.
#include "power/powermonitor.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

using namespace ha;

class TestPowerDeadBmc : public QObject
{
    Q_OBJECT
private slots:
    void deadBmcDoesNotStallTheLoop()
    {
        QUdpSocket hole; // bound but never read: requests vanish like at a hung BMC
        QVERIFY(hole.bind(QHostAddress::LocalHost, 0));
        ClusterProfile p;
        p.name = QStringLiteral("t");
        NodeProfile n;
        n.name = QStringLiteral("node1");
        n.bmc.address = QStringLiteral("127.0.0.1");
        n.bmc.port = hole.localPort();
        n.bmc.user = QStringLiteral("admin");
        n.bmc.timeoutMs = 200;
        p.nodes << n;
        PowerMonitor m(p, nullptr, nullptr);

        qint64 longest = 0;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, this, [&] {
            longest = std::max(longest, sinceTick.restart());
        });
        tick.start();
        QElapsedTimer total;
        total.start();
        m.pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(m.state(QStringLiteral("node1")).lastPoll.isValid(), 10000);
        const NodePower s = m.state(QStringLiteral("node1"));
        QVERIFY(!s.bmcReachable);
        QVERIFY(!s.lastError.isEmpty());
        qInfo("dead BMC reported after %lld ms; longest event-loop stall %lld ms: %s",
              total.elapsed(), longest, qPrintable(s.lastError));
        QVERIFY2(longest < 250, "the event loop stalled during a dead-BMC poll");
    }
};

QTEST_GUILESS_MAIN(TestPowerDeadBmc)
#include "tst_power_deadbmc.moc"
