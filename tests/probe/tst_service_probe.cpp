// ServiceProbe against real sockets on 127.0.0.1: a fake MySQL server that sends a real-format
// handshake, servers that stay silent, hang up or talk nonsense, a closed port, a listener
// whose backlog is full (SYNs dropped: a true connect timeout), and an outage end to end
// through ServiceHealth.

#include "fakeservers.h"
#include "probe/servicehealth.h"
#include "probe/serviceprobe.h"

#include <QSignalSpy>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace ha;
using test::FakeServer;

Q_DECLARE_METATYPE(ha::ProbeResult)

namespace {

ProbeTarget local(quint16 port, ProbeKind kind = ProbeKind::Mysql)
{
    return ProbeTarget{QStringLiteral("service"), QStringLiteral("127.0.0.1"), port, kind};
}

ProbeTiming quick()
{
    ProbeTiming t;
    t.intervalMs = 100;
    t.connectTimeoutMs = 400;
    t.greetingTimeoutMs = 400;
    return t;
}

// Probes once and returns the result.
ProbeResult probeOnce(const ProbeTarget &target, ProbeTiming timing = quick())
{
    ServiceProbe p(target, timing);
    QSignalSpy spy(&p, &ServiceProbe::probed);
    if (!p.probeOnce())
        return {};
    if (!spy.wait(5000))
        return {};
    return spy.takeFirst().at(0).value<ProbeResult>();
}

quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    return s.serverPort(); // closed when s goes away
}

} // namespace

class TstServiceProbe : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<ProbeResult>(); }
    void mysqlGreetingIsUp();
    void greetingInPiecesIsUp();
    void sshGreetingIsUp();
    void closedPortIsRefused();
    void silentServerIsNoGreeting();
    void hangUpIsNoGreeting();
    void garbageIsBadGreeting();
    void sshOnMysqlPortIsBadGreeting();
    void mysqlErrorPacketIsServerError();
    void fullBacklogIsConnectTimeout();
    void neverMoreThanOneInFlight();
    void outageSeenThroughServiceHealth();
};

void TstServiceProbe::mysqlGreetingIsUp()
{
    FakeServer server(FakeServer::Mode::Greet, test::mysqlHandshake("5.5.5-10.11.19-MariaDB-0+deb12u1"));
    QVERIFY(server.listen());
    const ProbeResult r = probeOnce(local(server.port()));
    QVERIFY2(r.up, qPrintable(r.detail));
    QCOMPARE(r.failure, ProbeFailure::None);
    QCOMPARE(r.serverVersion, QStringLiteral("10.11.19-MariaDB-0+deb12u1"));
    QCOMPARE(r.target, QStringLiteral("service"));
    QVERIFY(r.connectMs >= 0);
    QVERIFY(r.latencyMs >= r.connectMs);
    QVERIFY(r.timeMs > 0);
    QCOMPARE(server.accepted(), 1);
}

void TstServiceProbe::greetingInPiecesIsUp()
{
    FakeServer server(FakeServer::Mode::Greet, test::mysqlHandshake("8.0.36"));
    server.setChunks(5, 20);
    QVERIFY(server.listen());
    const ProbeResult r = probeOnce(local(server.port()));
    QVERIFY2(r.up, qPrintable(r.detail));
    QCOMPARE(r.serverVersion, QStringLiteral("8.0.36"));
    // The greeting took several pieces 20 ms apart: the latency covers them all.
    QVERIFY(r.latencyMs >= 20.0 * 10);
}

void TstServiceProbe::sshGreetingIsUp()
{
    FakeServer server(FakeServer::Mode::Greet, QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10\r\n"));
    QVERIFY(server.listen());
    const ProbeResult r = probeOnce(local(server.port(), ProbeKind::Ssh));
    QVERIFY2(r.up, qPrintable(r.detail));
    QCOMPARE(r.serverVersion, QStringLiteral("OpenSSH_9.2p1 Debian-2+deb12u10"));
}

void TstServiceProbe::closedPortIsRefused()
{
    const ProbeResult r = probeOnce(local(closedPort()));
    QVERIFY(!r.up);
    QCOMPARE(r.failure, ProbeFailure::Refused);
    QCOMPARE(r.connectMs, -1.0);
    QVERIFY(!r.detail.isEmpty());
}

void TstServiceProbe::silentServerIsNoGreeting()
{
    FakeServer server(FakeServer::Mode::Silent);
    QVERIFY(server.listen());
    const ProbeResult r = probeOnce(local(server.port()));
    QVERIFY(!r.up);
    QCOMPARE(r.failure, ProbeFailure::NoGreeting);
    QVERIFY(r.connectMs >= 0);
    // Bounded: it gave up after the greeting timeout, not before.
    QVERIFY(r.latencyMs >= quick().greetingTimeoutMs);
    QVERIFY(r.detail.contains(QLatin1String("no greeting")));
}

void TstServiceProbe::hangUpIsNoGreeting()
{
    FakeServer server(FakeServer::Mode::HangUp);
    QVERIFY(server.listen());
    const ProbeResult r = probeOnce(local(server.port()));
    QVERIFY(!r.up);
    QCOMPARE(r.failure, ProbeFailure::NoGreeting);
    QVERIFY(r.detail.contains(QLatin1String("closed")));
}

void TstServiceProbe::garbageIsBadGreeting()
{
    FakeServer server(FakeServer::Mode::Greet, QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n"));
    QVERIFY(server.listen());
    const ProbeResult r = probeOnce(local(server.port()));
    QVERIFY(!r.up);
    QCOMPARE(r.failure, ProbeFailure::BadGreeting);
    // Judged on the bytes, not by waiting for the timeout.
    QVERIFY(r.latencyMs < quick().greetingTimeoutMs);
}

void TstServiceProbe::sshOnMysqlPortIsBadGreeting()
{
    FakeServer server(FakeServer::Mode::Greet, test::mysqlHandshake("8.0.36"));
    QVERIFY(server.listen());
    const ProbeResult r = probeOnce(local(server.port(), ProbeKind::Ssh));
    QVERIFY(!r.up);
    QCOMPARE(r.failure, ProbeFailure::BadGreeting);
}

void TstServiceProbe::mysqlErrorPacketIsServerError()
{
    FakeServer server(FakeServer::Mode::Greet,
                      test::mysqlErrorPacket(1129, "Host '127.0.0.1' is blocked because of many "
                                                   "connection errors; unblock with "
                                                   "'mariadb-admin flush-hosts'"));
    QVERIFY(server.listen());
    const ProbeResult r = probeOnce(local(server.port()));
    QVERIFY(!r.up);
    QCOMPARE(r.failure, ProbeFailure::ServerError);
    QVERIFY(r.detail.contains(QLatin1String("1129")));
    QVERIFY(r.detail.contains(QLatin1String("flush-hosts")));
}

void TstServiceProbe::fullBacklogIsConnectTimeout()
{
    // A listener that never accepts, with the smallest backlog: once its queue is full the
    // kernel drops further SYNs, which is what a dead host on the path looks like.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
    QCOMPARE(::listen(fd, 0), 0);
    socklen_t len = sizeof a;
    QCOMPARE(::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len), 0);
    const quint16 port = ntohs(a.sin_port);

    QList<QTcpSocket *> fillers;
    bool full = false;
    for (int i = 0; i < 16 && !full; ++i) {
        auto *s = new QTcpSocket(this);
        fillers.append(s);
        s->connectToHost(QHostAddress::LocalHost, port);
        full = !s->waitForConnected(300);
    }
    if (!full) {
        ::close(fd);
        qDeleteAll(fillers);
        QSKIP("the kernel accepted every connection; cannot make SYNs go unanswered here");
    }
    const ProbeResult r = probeOnce(local(port));
    ::close(fd);
    qDeleteAll(fillers);
    QVERIFY(!r.up);
    QCOMPARE(r.failure, ProbeFailure::Timeout);
    QCOMPARE(r.connectMs, -1.0);
    QVERIFY(r.latencyMs >= quick().connectTimeoutMs);
    QVERIFY(r.detail.contains(QString::number(quick().connectTimeoutMs)));
}

void TstServiceProbe::neverMoreThanOneInFlight()
{
    // Ticks every 50 ms, each probe hangs 600 ms on a silent server: most ticks must be skipped
    // and no probe may start before the previous one ended.
    FakeServer server(FakeServer::Mode::Silent);
    QVERIFY(server.listen());
    ProbeTiming t;
    t.intervalMs = 50;
    t.connectTimeoutMs = 600;
    t.greetingTimeoutMs = 600;
    ServiceProbe p(local(server.port()), t);
    QSignalSpy spy(&p, &ServiceProbe::probed);
    p.start();
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 3, 10000);
    p.stop();
    QVERIFY(p.skippedTicks() > 0);
    QVERIFY(p.probesStarted() >= spy.count());
    QVERIFY(p.probesStarted() <= spy.count() + 1); // the one stop() cut short
    QVERIFY(server.accepted() <= p.probesStarted());
    qint64 previousEnd = 0;
    for (const QList<QVariant> &args : std::as_const(spy)) {
        const ProbeResult r = args.at(0).value<ProbeResult>();
        QCOMPARE(r.failure, ProbeFailure::NoGreeting);
        QVERIFY2(r.timeMs + 1 >= previousEnd, "a probe started while the previous one was in flight");
        previousEnd = r.timeMs + static_cast<qint64>(r.latencyMs);
    }
}

void TstServiceProbe::outageSeenThroughServiceHealth()
{
    auto server = std::make_unique<FakeServer>(FakeServer::Mode::Greet, test::mysqlHandshake("8.0.36"));
    QVERIFY(server->listen());
    const quint16 port = server->port();
    ServiceHealth health({local(port)}, QStringLiteral("db-group"), quick(), 1000);
    QSignalSpy started(&health, &ServiceHealth::outageStarted);
    QSignalSpy ended(&health, &ServiceHealth::outageEnded);
    health.start();
    const ProbeSeries *s = health.series(QStringLiteral("service"));
    QVERIFY(s);
    QTRY_VERIFY_WITH_TIMEOUT(s->samples.size() >= 3, 5000);
    QVERIFY(s->samples.last().up);
    QCOMPARE(started.count(), 0);

    server->close(); // nothing listens: refused
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
    QCOMPARE(s->outages.current()->firstFailure, ProbeFailure::Refused);
    QTRY_VERIFY_WITH_TIMEOUT(s->outages.current()->failedProbes >= 3, 5000);

    QVERIFY(server->listen(port));
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 5000);
    health.stop();
    const Outage o = ended.at(0).at(1).value<Outage>();
    QVERIFY(!o.ongoing());
    QVERIFY(o.failedProbes >= 3);
    QVERIFY(o.lengthMs(0) >= 3 * quick().intervalMs / 2);
    QCOMPARE(s->outages.finished().size(), 1);
    QVERIFY(!s->outages.current());
    QVERIFY(s->samples.last().up);
}

QTEST_GUILESS_MAIN(TstServiceProbe)
#include "tst_service_probe.moc"
