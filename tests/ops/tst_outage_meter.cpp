// The failover time the console shows after a move: a fake MySQL server on loopback that is up,
// then hangs (accepts, never greets: a VIP in the middle of moving), then greets again. The meter
// must read "back" from a probe sent after the hang, not from one stuck in it until its timeout.
#include "ops/servicecheck.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace ha;

namespace {

class FakeMySql : public QObject
{
public:
    enum class Mode { Greet, Hang };
    FakeMySql()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                if (m_mode == Mode::Greet) {
                    const QByteArray payload = QByteArray("\x0a", 1) + "10.11.6-MariaDB" + QByteArray(1, '\0');
                    QByteArray packet;
                    packet.append(static_cast<char>(payload.size()));
                    packet.append('\0');
                    packet.append('\0');
                    packet.append('\0');
                    s->write(packet + payload);
                }
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    void setMode(Mode m) { m_mode = m; }

private:
    QTcpServer m_server;
    Mode m_mode = Mode::Greet;
};

} // namespace

class TstOutageMeter : public QObject
{
    Q_OBJECT
private slots:
    void alwaysUpHasNoOutage()
    {
        FakeMySql server;
        ServiceOutageMeter meter(QStringLiteral("127.0.0.1"), server.port());
        meter.setIntervalMs(50);
        meter.start();
        QTRY_VERIFY(meter.probes() >= 3);
        QSignalSpy settled(&meter, &ServiceOutageMeter::settled);
        meter.finishWhenUp(5000);
        QVERIFY(!settled.isEmpty() || settled.wait(3000)); // may settle at once
        QVERIFY(!meter.sawOutage());
        QVERIFY(meter.lastUp());
        QVERIFY(meter.backUpMs() >= 0);
    }

    void hungProbesDoNotDelayBack()
    {
        FakeMySql server;
        ServiceOutageMeter meter(QStringLiteral("127.0.0.1"), server.port());
        meter.setIntervalMs(50);
        meter.start();
        QTest::qWait(150);
        server.setMode(FakeMySql::Mode::Hang);
        QElapsedTimer hang;
        hang.start();
        QTest::qWait(500);
        server.setMode(FakeMySql::Mode::Greet);
        const qint64 greetAgainMs = meter.elapsedMs();
        QSignalSpy settled(&meter, &ServiceOutageMeter::settled);
        meter.finishWhenUp(5000);
        QVERIFY(!settled.isEmpty() || settled.wait(5000)); // may settle at once
        QVERIFY(meter.sawOutage());
        QVERIFY(meter.lastUp());
        // Probes sent during the hang time out 1 s after they were sent; a meter that waited for
        // them would read "back" at least ~1 s after the hang began. Ours reads it from the first
        // probe sent once the server greets again, within a couple of probe intervals.
        qInfo("greeting again at %lld ms, meter says back at %lld ms, outage from %lld ms",
              greetAgainMs, meter.backUpMs(), meter.firstDownMs());
        QVERIFY(meter.backUpMs() >= greetAgainMs - 60);
        QVERIFY2(meter.backUpMs() < greetAgainMs + 450,
                 qPrintable(QString::number(meter.backUpMs() - greetAgainMs)));
        QVERIFY(meter.firstDownMs() >= 100 && meter.firstDownMs() < greetAgainMs);
    }

    void downUntilTheEnd()
    {
        FakeMySql server;
        const quint16 port = server.port();
        server.setMode(FakeMySql::Mode::Hang);
        ServiceOutageMeter meter(QStringLiteral("127.0.0.1"), port);
        meter.setIntervalMs(100);
        meter.start();
        QSignalSpy settled(&meter, &ServiceOutageMeter::settled);
        meter.finishWhenUp(1500);
        QVERIFY(!settled.isEmpty() || settled.wait(5000)); // may settle at once
        QVERIFY(meter.sawOutage());
        QVERIFY(!meter.lastUp());
        QCOMPARE(meter.backUpMs(), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TstOutageMeter)
#include "tst_outage_meter.moc"
