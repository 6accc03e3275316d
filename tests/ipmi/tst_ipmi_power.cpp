// OpenIpmiPowerControl against real ipmi_sim BMCs on loopback: power round trips through the
// hook, sensors and SEL, login and reachability failures with bounded time, no secret in logs.

#include "ipmi/openipmipowercontrol.h"
#include "ipmi/ipmiruntime.h"
#include "simbmc.h"

#include <OpenIPMI/ipmi_debug.h>

#include <QDir>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <memory>
#include <optional>

using namespace ha;

namespace {

const QByteArray kPassword = QByteArrayLiteral("Zq7-unique-pw-4711");

// Measures how long the event loop goes without running a 10 ms timer.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_longest = std::max(m_longest, m_clock.restart());
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestGapMs() const { return std::max(m_longest, m_clock.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

template<typename T>
std::optional<Result<T>> waitFor(std::function<void(PowerControl::Done<T>)> call, int timeoutMs)
{
    auto out = std::make_shared<std::optional<Result<T>>>();
    call([out](Result<T> r) { *out = std::move(r); });
    QElapsedTimer t;
    t.start();
    while (!out->has_value() && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    return *out;
}

// QVERIFY2 evaluates its message even on success: only touch error() on failure.
template<typename T>
QString why(const Result<T> &r)
{
    return r.ok() ? QString() : errorCodeName(r.error().code) + QStringLiteral(": ") + r.error().message;
}

BmcConfig configFor(quint16 port, int timeoutMs = 1000)
{
    BmcConfig c;
    c.address = QStringLiteral("127.0.0.1");
    c.port = port;
    c.user = QStringLiteral("admin");
    c.cipherSuite = 3;
    c.privilege = QStringLiteral("admin");
    c.timeoutMs = timeoutMs;
    return c;
}

} // namespace

class TestIpmiPower : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void powerRoundTrip();
    void resetAndCycleReachHook();
    void chassisStatus();
    void concurrentRequestsWhileConnecting();
    void destroyedWhileRequestRuns();
    void sensorsAndSel();
    void sensorsAndSelAtOnceOnAFreshSession();
    void wrongPassword();
    void deadPort();
    void hungBmc();
    void refusesCipherSuiteZero();
    void passwordNeverLoggedNorInProcessList();
    void cleanupTestCase();

private:
    void expectFailure(const BmcConfig &cfg, const QByteArray &password, ErrorCode code);

    std::unique_ptr<SimBmc> m_sim;
    std::unique_ptr<OpenIpmiPowerControl> m_pc;
    QStringList m_log;
};

void TestIpmiPower::initTestCase()
{
    ipmi::setLogHandler([this](ipmi::LogLevel, const QString &msg) { m_log << msg; });
    // Make the library as talkative as it gets (raw packets included): the password must
    // still never show up in what it logs.
    DEBUG_MSG_ENABLE();
    DEBUG_RAWMSG_ENABLE();
    m_sim = std::make_unique<SimBmc>(QStringLiteral("node1"), kPassword);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    m_pc = std::make_unique<OpenIpmiPowerControl>(QStringLiteral("node1"), configFor(m_sim->port()),
                                                  kPassword);
}

void TestIpmiPower::powerRoundTrip()
{
    PowerControl *pc = m_pc.get();
    auto status = [pc] {
        return waitFor<PowerState>([pc](auto d) { pc->powerStatus(pc, d); }, 5000);
    };
    auto act = [pc](PowerAction a) {
        return waitFor<void>([pc, a](auto d) { pc->power(a, pc, d); }, 5000);
    };
    auto s = status();
    QVERIFY(s.has_value());
    QVERIFY2(s->ok(), qPrintable(why(*s)));
    QCOMPARE(s->value(), PowerState::On);
    QVERIFY(m_pc->isConnected());

    auto off = act(PowerAction::Off);
    QVERIFY(off.has_value() && off->ok());
    QCOMPARE(m_sim->hookPowerState(), QStringLiteral("0"));
    s = status();
    QVERIFY(s.has_value() && s->ok());
    QCOMPARE(s->value(), PowerState::Off);

    auto on = act(PowerAction::On);
    QVERIFY(on.has_value() && on->ok());
    QCOMPARE(m_sim->hookPowerState(), QStringLiteral("1"));
    s = status();
    QVERIFY(s.has_value() && s->ok());
    QCOMPARE(s->value(), PowerState::On);
    QVERIFY(m_pc->isConnected()); // one session served all of these
}

void TestIpmiPower::resetAndCycleReachHook()
{
    PowerControl *pc = m_pc.get();
    auto r = waitFor<void>([pc](auto d) { pc->reset(pc, d); }, 5000);
    QVERIFY(r.has_value());
    QVERIFY2(r->ok(), qPrintable(why(*r)));
    QTRY_VERIFY(m_sim->hookLog().contains(QStringLiteral("reset 1")));

    const qsizetype before = m_sim->hookLog().size();
    auto c = waitFor<void>([pc](auto d) { pc->cycle(pc, d); }, 5000);
    QVERIFY(c.has_value());
    QVERIFY2(c->ok(), qPrintable(why(*c)));
    // The simulator powers off, waits about a second, then powers on again.
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->hookLog().mid(before).contains(QStringLiteral("power 0"))
                                 && m_sim->hookLog().mid(before).contains(QStringLiteral("power 1")),
                             10000);
    QCOMPARE(m_sim->hookLog().mid(before).indexOf(QStringLiteral("power 0"))
                 < m_sim->hookLog().mid(before).lastIndexOf(QStringLiteral("power 1")),
             true);
}

void TestIpmiPower::chassisStatus()
{
    PowerControl *pc = m_pc.get();
    auto c = waitFor<ChassisStatus>([pc](auto d) { pc->chassisStatus(pc, d); }, 5000);
    QVERIFY(c.has_value());
    QVERIFY2(c->ok(), qPrintable(why(*c)));
    QCOMPARE(c->value().powerOn, m_sim->hookPowerState() != QStringLiteral("0"));
    QVERIFY(!c->value().restorePolicy.isEmpty());
}

void TestIpmiPower::concurrentRequestsWhileConnecting()
{
    OpenIpmiPowerControl pc(QStringLiteral("node1"), configFor(m_sim->port()), kPassword);
    int answered = 0;
    QStringList failures;
    for (int i = 0; i < 5; ++i) {
        pc.powerStatus(&pc, [&](Result<PowerState> r) {
            ++answered;
            if (!r)
                failures << r.error().message;
        });
    }
    pc.readSensors(&pc, [&](Result<QList<SensorReading>> r) {
        ++answered;
        if (!r)
            failures << r.error().message;
    });
    QVERIFY(!pc.isConnected()); // all six were queued behind one session setup
    QTRY_COMPARE_WITH_TIMEOUT(answered, 6, 10000);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QVERIFY(pc.isConnected());
}

void TestIpmiPower::destroyedWhileRequestRuns()
{
    bool called = false;
    {
        auto pc = std::make_unique<OpenIpmiPowerControl>(QStringLiteral("node1"),
                                                         configFor(m_sim->port()), kPassword);
        QObject context;
        pc->powerStatus(&context, [&called](Result<PowerState>) { called = true; });
        pc.reset(); // the request is dropped, the session closes in the background
    }
    QTest::qWait(300);
    QVERIFY(!called);
    // A caller's context going away drops its callback too.
    bool called2 = false;
    {
        auto context = std::make_unique<QObject>();
        m_pc->powerStatus(context.get(), [&called2](Result<PowerState>) { called2 = true; });
    }
    QTest::qWait(300);
    QVERIFY(!called2);
}

void TestIpmiPower::sensorsAndSel()
{
    PowerControl *pc = m_pc.get();
    auto s = waitFor<QList<SensorReading>>([pc](auto d) { pc->readSensors(pc, d); }, 10000);
    QVERIFY(s.has_value());
    QVERIFY2(s->ok(), qPrintable(why(*s)));
    const QList<SensorReading> &list = s->value();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).name, QStringLiteral("CPU Temp"));
    QVERIFY(list.at(0).hasValue);
    QCOMPARE(list.at(0).value, 45.0);
    QCOMPARE(list.at(0).unit, QString(QChar(0xb0)) + u'C');
    QCOMPARE(list.at(0).type, QStringLiteral("temperature"));
    QCOMPARE(list.at(0).severity, SensorSeverity::Ok);
    QCOMPARE(list.at(1).name, QStringLiteral("Fan 1"));
    QCOMPARE(list.at(1).value, 3000.0); // raw 60 x M 50
    QCOMPARE(list.at(1).unit, QStringLiteral("RPM"));
    QCOMPARE(list.at(2).name, QStringLiteral("Rail P12V"));
    QCOMPARE(list.at(2).value, 12.0);   // raw 120 x 10^-1
    QCOMPARE(list.at(2).unit, QStringLiteral("volts"));

    auto sel = waitFor<QList<SelEntry>>([pc](auto d) { pc->readSel(pc, d); }, 10000);
    QVERIFY(sel.has_value());
    QVERIFY2(sel->ok(), qPrintable(why(*sel)));
    QVERIFY(!sel->value().isEmpty());
    const SelEntry &e = sel->value().first();
    QCOMPARE(e.sensor, QStringLiteral("CPU Temp"));
    QVERIFY2(e.event.contains(QStringLiteral("upper critical"), Qt::CaseInsensitive),
             qPrintable(e.event));
    QVERIFY(!e.deassertion);
}

void TestIpmiPower::sensorsAndSelAtOnceOnAFreshSession()
{
    // The IPMI panel asks for both when it opens. Without a shared SDR load, the second
    // Reserve SDR Repository cancelled the first reservation (completion code 0xC5).
    OpenIpmiPowerControl pc(QStringLiteral("node1"), configFor(m_sim->port()), kPassword);
    auto sensors = std::make_shared<std::optional<Result<QList<SensorReading>>>>();
    auto sel = std::make_shared<std::optional<Result<QList<SelEntry>>>>();
    pc.readSensors(&pc, [sensors](Result<QList<SensorReading>> r) { *sensors = std::move(r); });
    pc.readSel(&pc, [sel](Result<QList<SelEntry>> r) { *sel = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(sensors->has_value() && sel->has_value(), 10000);
    QVERIFY2((*sensors)->ok(), qPrintable(why(**sensors)));
    QVERIFY2((*sel)->ok(), qPrintable(why(**sel)));
    QCOMPARE((*sensors)->value().size(), 3);
    QVERIFY(!(*sel)->value().isEmpty());
    QCOMPARE((*sel)->value().first().sensor, QStringLiteral("CPU Temp")); // names from the shared SDRs
}

void TestIpmiPower::expectFailure(const BmcConfig &cfg, const QByteArray &password, ErrorCode code)
{
    OpenIpmiPowerControl pc(QStringLiteral("nodeX"), cfg, password);
    Heartbeat beat;
    QElapsedTimer t;
    t.start();
    const int bound = pc.operationTimeoutMs();
    auto r = waitFor<PowerState>([&pc](auto d) { pc.powerStatus(&pc, d); }, bound + 2000);
    const qint64 took = t.elapsed();
    QVERIFY2(r.has_value(), "no answer at all");
    QVERIFY(!r->ok());
    QVERIFY2(r->error().code == code,
             qPrintable(errorCodeName(r->error().code) + QStringLiteral(": ") + r->error().message));
    QVERIFY2(took <= bound + 500, qPrintable(QStringLiteral("took %1 ms, bound %2 ms").arg(took).arg(bound)));
    QVERIFY2(beat.longestGapMs() < 200,
             qPrintable(QStringLiteral("event loop stalled %1 ms").arg(beat.longestGapMs())));
    QVERIFY(r->error().message.contains(QStringLiteral("nodeX")));
    QVERIFY(!r->error().message.toUtf8().contains(password));
}

void TestIpmiPower::wrongPassword()
{
    expectFailure(configFor(m_sim->port(), 300), QByteArrayLiteral("not-the-password"),
                  ErrorCode::AuthFailed);
}

void TestIpmiPower::deadPort()
{
    expectFailure(configFor(SimBmc::freeUdpPort(), 200), kPassword, ErrorCode::Unreachable);
}

void TestIpmiPower::hungBmc()
{
    QUdpSocket silent; // bound, never answers
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    expectFailure(configFor(silent.localPort(), 200), kPassword, ErrorCode::Unreachable);
}

void TestIpmiPower::refusesCipherSuiteZero()
{
    BmcConfig cfg = configFor(m_sim->port());
    cfg.cipherSuite = 0;
    OpenIpmiPowerControl pc(QStringLiteral("node1"), cfg, kPassword);
    auto r = waitFor<PowerState>([&pc](auto d) { pc.powerStatus(&pc, d); }, 3000);
    QVERIFY(r.has_value() && !r->ok());
    QCOMPARE(r->error().code, ErrorCode::Unsupported);
}

void TestIpmiPower::passwordNeverLoggedNorInProcessList()
{
    QVERIFY2(m_log.size() > 10, "the library logged nothing: the check below would prove nothing");
    for (const QString &line : std::as_const(m_log))
        QVERIFY2(!line.toUtf8().contains(kPassword), "password in the OpenIPMI log");
    // Hex dumps of packets must not carry it either (RMCP+ never sends it; check anyway).
    const QByteArray hex = kPassword.toHex(' ');
    for (const QString &line : std::as_const(m_log))
        QVERIFY(!line.toUtf8().contains(hex));
    // Our own process never passes it on a command line (only ipmi_sim's config file has it).
    const QStringList procs = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : procs) {
        QFile f(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(kPassword), qPrintable(QStringLiteral("pid ") + pid));
    }
}

void TestIpmiPower::cleanupTestCase()
{
    m_pc.reset();
    // The library shuts down once the session has closed: nothing left to leak.
    QTRY_VERIFY_WITH_TIMEOUT(!OpenIpmiPowerControl::libraryActive(), 5000);
    ipmi::setLogHandler({});
    m_sim.reset();
}

QTEST_GUILESS_MAIN(TestIpmiPower)
#include "tst_ipmi_power.moc"
