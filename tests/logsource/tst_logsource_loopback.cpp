// LogController, NodeProbe and LogFollower against a real OpenSSH server on 127.0.0.1 (TestSshd):
// `tail` on the server is a wrapper that reads /var/log/... from the test's directory, journalctl
// is absent. Probing, the initial time window, merge order, live lines, and a killed sshd in the
// middle of the tail that must lose no line and duplicate none.
#include "logsource/logcontroller.h"
#include "logsource/nodeprobe.h"
#include "ssh/nodesession.h"
#include "../ssh/testsshd.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <unistd.h>

using namespace ha;
using namespace ha::logsource;

namespace {

QByteArray pacemakerLine(const QDateTime &t, const QByteArray &msg)
{
    return t.toUTC().toString(QStringLiteral("MMM dd HH:mm:ss.zzz")).toUtf8()
           + " node1 pacemaker-controld  [42] (do_log) \tnotice: " + msg + '\n';
}

QByteArray corosyncLine(const QDateTime &t, const QByteArray &msg)
{
    return t.toUTC().toString(QStringLiteral("MMM dd HH:mm:ss")).toUtf8()
           + " [26] node1 corosync notice  [TOTEM ] " + msg + '\n';
}

} // namespace

class TstLogSourceLoopback : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void clockOffsetUsesHalfTheRoundTrip();
    void probeOutputAndZones();
    void probeFindsFilesAndMeasuresClock();
    void followLoadsWindowInOrderThenLive();
    void reconnectMidTailLosesNothingAndDuplicatesNothing();

private:
    SshEndpoint endpoint() const;
    std::unique_ptr<NodeSession> connectedSession();
    void append(const QString &rel, const QByteArray &bytes);
    QString logPath(const QString &rel) const { return m_sshd->dir() + QStringLiteral("/varlog/") + rel; }

    std::unique_ptr<TestSshd> m_sshd;
    QString m_knownHosts;
};

SshEndpoint TstLogSourceLoopback::endpoint() const
{
    SshEndpoint ep;
    ep.host = QStringLiteral("127.0.0.1");
    ep.port = m_sshd->port();
    ep.user = QStringLiteral("root");
    ep.auth = SshEndpoint::AuthMethod::Key;
    ep.identityFile = m_sshd->clientKey();
    ep.knownHostsFile = m_knownHosts;
    ep.processSshConfig = false;
    ep.connectTimeoutMs = 5000;
    return ep;
}

std::unique_ptr<NodeSession> TstLogSourceLoopback::connectedSession()
{
    auto s = std::make_unique<NodeSession>(QStringLiteral("node1"), endpoint(), nullptr);
    NodeSession *raw = s.get();
    connect(raw, &NodeSession::hostKeyUnknown, raw, [raw] { raw->acceptHostKey(); });
    s->open();
    if (!QTest::qWaitFor([raw] { return raw->state() == NodeSession::State::Connected; }, 10000))
        return nullptr;
    return s;
}

void TstLogSourceLoopback::append(const QString &rel, const QByteArray &bytes)
{
    QFile f(logPath(rel));
    QVERIFY(f.open(QIODevice::Append));
    QCOMPARE(f.write(bytes), bytes.size());
}

void TstLogSourceLoopback::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root for sshd");
    m_sshd = std::make_unique<TestSshd>();
    m_knownHosts = m_sshd->path(QStringLiteral("known_hosts"));
    const QByteArray d = m_sshd->dir().toUtf8();
    // Maps /var/log/... arguments into the test's directory; everything else is the real tail.
    const QByteArray tail = "#!/bin/sh\nn=$#\nwhile [ $n -gt 0 ]; do a=$1; shift\n"
                            "  case \"$a\" in /var/log/*) a=\"" + d + "/varlog/${a#/var/log/}\";; esac\n"
                            "  set -- \"$@\" \"$a\"; n=$((n-1)); done\nexec /usr/bin/tail \"$@\"\n";
    for (const auto &[name, body] : {std::pair<QString, QByteArray>{QStringLiteral("tail"), tail},
                                     {QStringLiteral("journalctl"), QByteArray("#!/bin/sh\nexit 127\n")}}) {
        QFile f(m_sshd->binDir() + u'/' + name);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(body);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                         | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    }
    QVERIFY(QDir().mkpath(logPath(QStringLiteral("pacemaker"))));
    QVERIFY(QDir().mkpath(logPath(QStringLiteral("corosync"))));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray pcmk;
    for (int i = 0; i < 3; ++i) // outside the one-hour window
        pcmk += pacemakerLine(now.addSecs(-7200 + i), "old line " + QByteArray::number(i));
    for (int i = 0; i < 5; ++i) // every 10 s, from 60 s ago
        pcmk += pacemakerLine(now.addSecs(-60 + 10 * i), "recent pacemaker " + QByteArray::number(i));
    append(QStringLiteral("pacemaker/pacemaker.log"), pcmk);
    QByteArray coro;
    for (int i = 0; i < 3; ++i) // between the pacemaker lines
        coro += corosyncLine(now.addSecs(-55 + 10 * i), "recent corosync " + QByteArray::number(i));
    append(QStringLiteral("corosync/corosync.log"), coro);
    QString error;
    QVERIFY2(m_sshd->start(&error), qPrintable(error));
}

void TstLogSourceLoopback::clockOffsetUsesHalfTheRoundTrip()
{
    // Sent at 1000 s, answered at 1000.2 s: the node printed at our 1000.1 s.
    QCOMPARE(clockOffsetFromReply("1000.600000000\n", 1000000000, 1000200000), qint64(500000));
    QCOMPARE(clockOffsetFromReply("999.9", 1000000000, 1000200000), qint64(-200000));
    QVERIFY(!clockOffsetFromReply("date: invalid", 0, 1));
    QVERIFY(!clockOffsetFromReply("", 0, 1));
}

void TstLogSourceLoopback::probeOutputAndZones()
{
    NodeLogInfo a;
    parseProbeOutput("1000.600000000\n+0100\nzone Europe/Berlin\njournal\nfile /var/log/syslog\n", 1000000000,
                     1000200000, a);
    QVERIFY(a.clockKnown);
    QCOMPARE(a.clockOffsetUs, qint64(500000));
    QVERIFY(a.offsetApplied()); // 500 ms off, measured to ±100 ms
    QCOMPARE(a.appliedOffsetUs(), qint64(500000));
    QVERIFY(a.journal);
    QCOMPARE(a.files, QStringList{QStringLiteral("/var/log/syslog")});
    QCOMPARE(zoneFor(a).id(), QByteArray("Europe/Berlin"));

    // An unknown zone name falls back to the printed offset; a small offset is noise.
    NodeLogInfo b;
    parseProbeOutput("1000.150000000\n-0330\nzone Not/AZone\n", 1000000000, 1000200000, b);
    QCOMPARE(b.clockOffsetUs, qint64(50000));
    QVERIFY(!b.offsetApplied());
    QCOMPARE(b.appliedOffsetUs(), qint64(0));
    QVERIFY(!b.journal);
    QVERIFY(b.files.isEmpty());
    QCOMPARE(zoneFor(b).offsetFromUtc(QDateTime::currentDateTimeUtc()), -(3 * 3600 + 30 * 60));

    // Garbage: nothing known, UTC.
    NodeLogInfo c;
    parseProbeOutput("sh: date: not found\n", 0, 1, c);
    QVERIFY(!c.clockKnown);
    QCOMPARE(zoneFor(c), QTimeZone::utc());
}

void TstLogSourceLoopback::probeFindsFilesAndMeasuresClock()
{
    auto s = connectedSession();
    QVERIFY(s);
    NodeProbe probe(s.get(), defaultLogCandidates());
    QSignalSpy done(&probe, &NodeProbe::finished);
    probe.start();
    QVERIFY(done.wait(15000));
    const NodeLogInfo info = probe.info();
    QCOMPARE(info.node, QStringLiteral("node1"));
    QVERIFY(!info.journal);
    qInfo("files: %s", qPrintable(info.files.join(u' ')));
    QCOMPARE(info.files, (QStringList{QStringLiteral("/var/log/pacemaker/pacemaker.log"),
                                      QStringLiteral("/var/log/corosync/corosync.log")}));
    QVERIFY(info.clockKnown);
    // Same machine: the offset is within the round trip.
    QVERIFY2(qAbs(info.clockOffsetUs) <= info.roundTripUs, qPrintable(QString::number(info.clockOffsetUs)));
}

void TstLogSourceLoopback::followLoadsWindowInOrderThenLive()
{
    auto s = connectedSession();
    QVERIFY(s);
    LogController c;
    c.addSession(s.get());
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.store()->size(), qsizetype(8), 15000);
    QStringList messages;
    for (qsizetype i = 0; i < c.store()->size(); ++i)
        messages << c.store()->at(i).message();
    // Interleaved by time across the two files; the old lines are outside the window.
    QVERIFY2(messages.at(0).endsWith(QLatin1String("recent pacemaker 0")), qPrintable(messages.join(u'|')));
    QVERIFY2(messages.at(1).endsWith(QLatin1String("recent corosync 0")), qPrintable(messages.join(u'|')));
    QVERIFY(messages.last().endsWith(QLatin1String("recent pacemaker 4")));
    for (const QString &m : std::as_const(messages))
        QVERIFY(!m.contains(QLatin1String("old line")));
    for (qsizetype i = 1; i < c.store()->size(); ++i)
        QVERIFY(c.store()->at(i - 1).timeUs <= c.store()->at(i).timeUs);
    QCOMPARE(c.store()->at(0).node, QStringLiteral("node1"));

    append(QStringLiteral("pacemaker/pacemaker.log"),
           pacemakerLine(QDateTime::currentDateTimeUtc(), "live line"));
    QTRY_COMPARE_WITH_TIMEOUT(c.store()->size(), qsizetype(9), 5000);
    QVERIFY(c.store()->at(8).message().endsWith(QLatin1String("live line")));
    c.stop();
}

void TstLogSourceLoopback::reconnectMidTailLosesNothingAndDuplicatesNothing()
{
    auto s = connectedSession();
    QVERIFY(s);
    LogController c;
    c.addSession(s.get());
    c.start();
    QTRY_VERIFY_WITH_TIMEOUT(c.store()->size() >= 9, 15000);
    const qsizetype before = c.store()->size();
    const QString rel = QStringLiteral("pacemaker/pacemaker.log");
    auto markers = [&](int from, int to) {
        QByteArray b;
        for (int i = from; i < to; ++i)
            b += pacemakerLine(QDateTime::currentDateTimeUtc(), "marker " + QByteArray::number(i));
        append(rel, b);
    };
    markers(0, 50);
    QTRY_COMPARE_WITH_TIMEOUT(c.store()->size(), before + 50, 5000);
    m_sshd->killAll();
    QTRY_VERIFY_WITH_TIMEOUT(s->state() != NodeSession::State::Connected, 10000);
    markers(50, 150); // written while the node is unreachable
    QString error;
    QVERIFY2(m_sshd->start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), NodeSession::State::Connected, 20000);
    markers(150, 200);
    QTRY_COMPARE_WITH_TIMEOUT(c.store()->size(), before + 200, 15000);
    QTest::qWait(1500); // a late duplicate would arrive now
    QCOMPARE(c.store()->size(), before + 200);
    int expected = 0;
    for (qsizetype i = before; i < c.store()->size(); ++i) {
        const QString m = c.store()->at(i).message();
        QCOMPARE(m, QStringLiteral("marker %1").arg(expected));
        ++expected;
    }
    QCOMPARE(expected, 200);
    QVERIFY(c.duplicatesDropped() > 0); // the restart did replay the backlog
    c.stop();
}

QTEST_GUILESS_MAIN(TstLogSourceLoopback)
#include "tst_logsource_loopback.moc"
