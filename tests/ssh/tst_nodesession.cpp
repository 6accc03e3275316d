// NodeSession against a real OpenSSH server on 127.0.0.1 (TestSshd): host key decisions, the
// three ways to log in, commands and streams, a crashed sshd, a node that never answers, hostile
// arguments and the audit log. The cases run in order and share one server and known_hosts.

#include "audit/auditlog.h"
#include "ssh/commandtemplates.h"
#include "ssh/nodesession.h"
#include "testsshd.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <unistd.h>

using namespace ha;
using State = NodeSession::State;

class TstNodeSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void unknownHostKeyShowsFingerprintAndAcceptWritesKnownHosts();
    void knownHostConnectsWithoutPrompt();
    void rejectedHostKeyFails();
    void runDeliversExitCodeStdoutStderr();
    void commandsGivenWhileConnectingWaitForConnection();
    void sshConfigSuppliesHostPortUserAndKey();
    void wrongKeyIsAuthFailed();
    void protectedKeyNeedsItsPassphrase();
    void missingAgentIsSaidPlainly();
    void passwordAuthAndSudoWithoutNopasswd();
    void streamIsIncrementalAndCancelStopsIt();
    void hostileArgumentsArriveAsOneWord_data();
    void hostileArgumentsArriveAsOneWord();
    void killedSshdIsNoticedAndReconnects();
    void hungSessionIsNoticedByKeepalive();
    void silentNodeTimesOutWithoutBlockingTheEventLoop();
    void changedHostKeyIsRefusedAndNothingRuns();
    void auditLogHasEveryCommandAndNoSecret();

private:
    SshEndpoint endpoint() const;
    // Collects finished() results of a session by id.
    void track(NodeSession *s);
    bool waitFor(quint64 id, int timeoutMs = 15000);

    std::unique_ptr<TestSshd> m_sshd;
    QString m_knownHosts;
    std::unique_ptr<AuditLog> m_audit;
    QHash<quint64, CommandResult> m_results;
    QHash<const NodeSession *, QHash<quint64, CommandResult>> m_bySession;
    QStringList m_ranLines; // command lines that reached sshd, for the audit check
    QString m_testUser;
    QByteArray m_password;
    QByteArray m_passphrase;
};

SshEndpoint TstNodeSession::endpoint() const
{
    SshEndpoint ep;
    ep.host = QStringLiteral("127.0.0.1");
    ep.port = m_sshd->port();
    ep.user = QStringLiteral("root");
    ep.auth = SshEndpoint::AuthMethod::Key;
    ep.identityFile = m_sshd->clientKey();
    ep.knownHostsFile = m_knownHosts;
    ep.processSshConfig = false; // the tester's ~/.ssh/config must not change the test
    ep.connectTimeoutMs = 5000;
    return ep;
}

void TstNodeSession::track(NodeSession *s)
{
    connect(s, &NodeSession::finished, this,
            [this](quint64 id, const CommandResult &r) { m_results.insert(id, r); });
}

bool TstNodeSession::waitFor(quint64 id, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!m_results.contains(id) && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    return m_results.contains(id);
}

void TstNodeSession::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("the throwaway sshd needs root (privilege separation); run as root");
    m_sshd = std::make_unique<TestSshd>();
    QString error;
    QVERIFY2(m_sshd->start(&error), qPrintable(error));
    m_knownHosts = m_sshd->path(QStringLiteral("known_hosts"));
    m_audit = std::make_unique<AuditLog>(m_sshd->path(QStringLiteral("state/audit.jsonl")));
}

void TstNodeSession::cleanupTestCase()
{
    if (!m_testUser.isEmpty())
        TestSshd::run(QStringLiteral("userdel"), {m_testUser});
    m_password.fill('\0');
    m_passphrase.fill('\0');
    m_sshd.reset();
}

void TstNodeSession::unknownHostKeyShowsFingerprintAndAcceptWritesKnownHosts()
{
    NodeSession s(QStringLiteral("node1"), endpoint(), m_audit.get());
    QSignalSpy unknown(&s, &NodeSession::hostKeyUnknown);
    s.open();
    QTRY_COMPARE_WITH_TIMEOUT(unknown.count(), 1, 10000);
    QCOMPARE(s.state(), State::HostKeyDecision);
    QCOMPARE(unknown.at(0).at(0).toString(), m_sshd->hostKeyFingerprint());
    QVERIFY(unknown.at(0).at(0).toString().startsWith(QLatin1String("SHA256:")));
    QCOMPARE(unknown.at(0).at(1).toString(), QStringLiteral("ssh-ed25519"));
    QVERIFY(!QFile::exists(m_knownHosts));

    s.acceptHostKey();
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Connected, 10000);
    QFile kh(m_knownHosts);
    QVERIFY(kh.open(QIODevice::ReadOnly));
    QVERIFY(kh.readAll().startsWith(
        QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(m_sshd->port()).toUtf8()));
}

void TstNodeSession::knownHostConnectsWithoutPrompt()
{
    NodeSession s(QStringLiteral("node1"), endpoint(), m_audit.get());
    QSignalSpy unknown(&s, &NodeSession::hostKeyUnknown);
    QSignalSpy states(&s, &NodeSession::stateChanged);
    s.open();
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Connected, 10000);
    QCOMPARE(unknown.count(), 0);
    for (const auto &args : states)
        QVERIFY(args.at(0).value<State>() != State::HostKeyDecision);
}

void TstNodeSession::rejectedHostKeyFails()
{
    SshEndpoint ep = endpoint();
    ep.knownHostsFile = m_sshd->path(QStringLiteral("other_known_hosts"));
    NodeSession s(QStringLiteral("node1"), ep, m_audit.get());
    QSignalSpy unknown(&s, &NodeSession::hostKeyUnknown);
    s.open();
    QTRY_COMPARE_WITH_TIMEOUT(unknown.count(), 1, 10000);
    s.rejectHostKey();
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Failed, 5000);
    QVERIFY(!QFile::exists(ep.knownHostsFile));
}

void TstNodeSession::runDeliversExitCodeStdoutStderr()
{
    NodeSession s(QStringLiteral("node1"), endpoint(), m_audit.get());
    track(&s);
    s.open();
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Connected, 10000);
    const RemoteCommand cmd = CommandTemplates::cibQueryConstraints();
    const quint64 id = s.run(cmd);
    QVERIFY(waitFor(id));
    m_ranLines << s.commandLineFor(cmd);
    const CommandResult r = m_results.value(id);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(r.exitCode, 7);
    QCOMPARE(r.stdOut, QByteArray("xml for -Q -o constraints\n"));
    QCOMPARE(r.stdErr, QByteArray("warning: test\n"));
    QVERIFY(r.durationMs >= 0);

    const RemoteCommand uname = CommandTemplates::hostName();
    const quint64 id2 = s.run(uname);
    QVERIFY(waitFor(id2));
    m_ranLines << s.commandLineFor(uname);
    QCOMPARE(m_results.value(id2).exitCode, 0);
    QVERIFY(!m_results.value(id2).stdOut.trimmed().isEmpty());
}

void TstNodeSession::commandsGivenWhileConnectingWaitForConnection()
{
    NodeSession s(QStringLiteral("node1"), endpoint(), m_audit.get());
    track(&s);
    s.open();
    const RemoteCommand cmd = CommandTemplates::clock();
    const quint64 id = s.run(cmd); // before Connected
    QVERIFY(waitFor(id));
    m_ranLines << s.commandLineFor(cmd);
    QVERIFY(!m_results.value(id).error);
    QCOMPARE(m_results.value(id).exitCode, 0);
    QVERIFY(m_results.value(id).stdOut.contains('.'));
}

void TstNodeSession::sshConfigSuppliesHostPortUserAndKey()
{
    // A Host alias in ~/.ssh/config (HOME pointed at a temporary directory) supplies
    // everything the endpoint leaves empty.
    QTemporaryDir home;
    QDir(home.path()).mkpath(QStringLiteral(".ssh"));
    QFile config(home.path() + QStringLiteral("/.ssh/config"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("Host ha-test-alias\n  HostName 127.0.0.1\n  Port %1\n"
                                "  User root\n  IdentityFile %2\n")
                     .arg(m_sshd->port())
                     .arg(m_sshd->clientKey())
                     .toUtf8());
    config.close();
    const QByteArray savedHome = qgetenv("HOME");
    const QByteArray savedAgent = qgetenv("SSH_AUTH_SOCK");
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("SSH_AUTH_SOCK");
    auto restore = qScopeGuard([&] {
        qputenv("HOME", savedHome);
        if (!savedAgent.isEmpty())
            qputenv("SSH_AUTH_SOCK", savedAgent);
    });

    SshEndpoint ep;
    ep.host = QStringLiteral("ha-test-alias");
    ep.auth = SshEndpoint::AuthMethod::Key;
    ep.knownHostsFile = m_knownHosts;
    ep.processSshConfig = true;
    NodeSession s(QStringLiteral("node1"), ep, m_audit.get());
    track(&s);
    s.open();
    const RemoteCommand uname = CommandTemplates::hostName();
    const quint64 id = s.run(uname);
    QVERIFY(waitFor(id));
    QVERIFY2(!m_results.value(id).error,
             qPrintable(s.lastError() ? s.lastError()->message : QString()));
    m_ranLines << s.commandLineFor(uname);
    QCOMPARE(m_results.value(id).exitCode, 0);

    // And with processing off, the alias means nothing.
    ep.processSshConfig = false;
    ep.port = m_sshd->port();
    NodeSession off(QStringLiteral("node1"), ep, m_audit.get());
    off.open();
    QTRY_COMPARE_WITH_TIMEOUT(off.state(), State::Failed, 10000);
}

void TstNodeSession::wrongKeyIsAuthFailed()
{
    SshEndpoint ep = endpoint();
    ep.identityFile = m_sshd->wrongKey();
    NodeSession s(QStringLiteral("node1"), ep, m_audit.get());
    track(&s);
    s.open();
    const quint64 id = s.run(CommandTemplates::hostName());
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Failed, 10000);
    QVERIFY(s.lastError());
    QCOMPARE(s.lastError()->code, ErrorCode::AuthFailed);
    QVERIFY2(s.lastError()->message.contains(QLatin1String("refused the key")),
             qPrintable(s.lastError()->message));
    QVERIFY(s.lastError()->message.contains(m_sshd->wrongKey()));
    QVERIFY(waitFor(id));
    QVERIFY(m_results.value(id).error);
}

void TstNodeSession::protectedKeyNeedsItsPassphrase()
{
    m_passphrase = "Pp-" + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
    QVERIFY(m_sshd->makeProtectedKey(m_passphrase));
    SshEndpoint ep = endpoint();
    ep.identityFile = m_sshd->protectedKey();
    {
        NodeSession s(QStringLiteral("node1"), ep, m_audit.get());
        s.open();
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Failed, 10000);
        QCOMPARE(s.lastError()->code, ErrorCode::AuthFailed);
        QVERIFY2(s.lastError()->message.contains(QLatin1String("passphrase")),
                 qPrintable(s.lastError()->message));
    }
    {
        NodeSession s(QStringLiteral("node1"), ep, m_audit.get());
        track(&s);
        s.setSecret(m_passphrase);
        s.open();
        const RemoteCommand cmd = CommandTemplates::hostName();
        const quint64 id = s.run(cmd);
        QVERIFY(waitFor(id));
        QVERIFY2(!m_results.value(id).error,
                 qPrintable(s.lastError() ? s.lastError()->message : QString()));
        m_ranLines << s.commandLineFor(cmd);
    }
}

void TstNodeSession::missingAgentIsSaidPlainly()
{
    const QByteArray saved = qgetenv("SSH_AUTH_SOCK");
    qunsetenv("SSH_AUTH_SOCK");
    SshEndpoint ep = endpoint();
    ep.auth = SshEndpoint::AuthMethod::Agent;
    NodeSession s(QStringLiteral("node1"), ep, m_audit.get());
    s.open();
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Failed, 10000);
    if (!saved.isEmpty())
        qputenv("SSH_AUTH_SOCK", saved);
    QCOMPARE(s.lastError()->code, ErrorCode::AuthFailed);
    QVERIFY2(s.lastError()->message.contains(QLatin1String("No SSH agent")),
             qPrintable(s.lastError()->message));
}

void TstNodeSession::passwordAuthAndSudoWithoutNopasswd()
{
    // sshd accepts passwords only for real accounts: a temporary one, removed at the end.
    m_testUser = QStringLiteral("hatst%1").arg(QCoreApplication::applicationPid() % 100000);
    int code = -1;
    TestSshd::run(
        QStringLiteral("useradd"),
        {QStringLiteral("-M"), QStringLiteral("-s"), QStringLiteral("/bin/sh"), m_testUser}, &code);
    QCOMPARE(code, 0);
    m_password = "Pw-" + QByteArray::number(QRandomGenerator::system()->generate64(), 36) +
                 QByteArray::number(QRandomGenerator::system()->generate64(), 36);
    {
        QProcess chpasswd;
        chpasswd.start(QStringLiteral("chpasswd"));
        QVERIFY(chpasswd.waitForStarted());
        chpasswd.write(m_testUser.toUtf8() + ':' + m_password + '\n');
        chpasswd.closeWriteChannel();
        QVERIFY(chpasswd.waitForFinished());
        QCOMPARE(chpasswd.exitCode(), 0);
    }

    SshEndpoint ep = endpoint();
    ep.user = m_testUser;
    ep.auth = SshEndpoint::AuthMethod::Password;
    ep.identityFile.clear();
    {
        NodeSession s(QStringLiteral("node1"), ep, m_audit.get());
        track(&s);
        s.setSecret(m_password);
        s.open();
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Connected, 10000);
        const RemoteCommand cmd = CommandTemplates::hostName();
        const quint64 id = s.run(cmd);
        QVERIFY(waitFor(id));
        m_ranLines << s.commandLineFor(cmd);
        QCOMPARE(m_results.value(id).exitCode, 0);
    }
    {
        NodeSession s(QStringLiteral("node1"), ep, m_audit.get());
        s.setSecret(QByteArrayLiteral("not-the-password"));
        s.open();
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Failed, 15000);
        QCOMPARE(s.lastError()->code, ErrorCode::AuthFailed);
        QVERIFY2(s.lastError()->message.contains(QLatin1String("Wrong password")),
                 qPrintable(s.lastError()->message));
    }
    {
        // Non-root with useSudo: cluster commands go through `sudo -n`; this node's sudo
        // (a stand-in on PATH) wants a password.
        ep.useSudo = true;
        NodeSession s(QStringLiteral("node1"), ep, m_audit.get());
        track(&s);
        s.setSecret(m_password);
        s.open();
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Connected, 10000);
        const RemoteCommand cmd = CommandTemplates::crmMonXml();
        QVERIFY(s.commandLineFor(cmd).startsWith(QLatin1String("sudo -n crm_mon ")));
        const quint64 id = s.run(cmd);
        QVERIFY(waitFor(id));
        m_ranLines << s.commandLineFor(cmd);
        const CommandResult r = m_results.value(id);
        QVERIFY(r.error);
        QCOMPARE(r.error->code, ErrorCode::PermissionDenied);
        QVERIFY2(r.error->message.contains(QLatin1String("NOPASSWD")),
                 qPrintable(r.error->message));
        // Unprivileged templates do not go through sudo.
        QCOMPARE(s.commandLineFor(CommandTemplates::hostName()), QStringLiteral("uname -n"));
    }
}

void TstNodeSession::streamIsIncrementalAndCancelStopsIt()
{
    NodeSession s(QStringLiteral("node1"), endpoint(), m_audit.get());
    track(&s);
    QList<QPair<qint64, QByteArray>> chunks;
    QElapsedTimer clock;
    clock.start();
    connect(&s, &NodeSession::output, this, [&](quint64, const QByteArray &chunk) {
        chunks.append({clock.elapsed(), chunk});
    });
    s.open();
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Connected, 10000);
    const QString pidFile = m_sshd->path(QStringLiteral("crm_mon.pid"));
    QFile::remove(pidFile);
    const RemoteCommand watch = CommandTemplates::crmMonTextWatch(1000).value();
    const quint64 id = s.stream(watch);
    m_ranLines << s.commandLineFor(watch);
    QTRY_VERIFY_WITH_TIMEOUT(chunks.size() >= 4, 10000);
    QVERIFY(!m_results.contains(id));
    // Output arrives while the command runs, not at its end: the ticks come 0.2 s apart.
    QVERIFY(chunks.last().first - chunks.first().first >= 300);
    QVERIFY(chunks.first().second.startsWith("tick 0"));

    QFile f(pidFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pid = f.readAll().trimmed();
    QVERIFY(!pid.isEmpty());
    QVERIFY(QFile::exists(QStringLiteral("/proc/") + QString::fromLatin1(pid)));

    s.cancel(id);
    QVERIFY(waitFor(id, 5000));
    QVERIFY(m_results.value(id).error);
    QCOMPARE(m_results.value(id).error->code, ErrorCode::Cancelled);
    // The remote process is gone too (sshd delivered SIGTERM), not just our channel.
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QStringLiteral("/proc/") + QString::fromLatin1(pid)),
                             5000);
    const qsizetype seen = chunks.size();
    QTest::qWait(500);
    QCOMPARE(chunks.size(), seen);
    QCOMPARE(s.state(), State::Connected);
}

void TstNodeSession::hostileArgumentsArriveAsOneWord_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("semicolon") << QStringLiteral("x; touch /tmp/ha-pwned-ssh");
    QTest::newRow("subshell") << QStringLiteral("$(touch /tmp/ha-pwned-ssh)");
    QTest::newRow("backticks") << QStringLiteral("`touch /tmp/ha-pwned-ssh`");
    QTest::newRow("single quotes") << QStringLiteral("'; touch /tmp/ha-pwned-ssh; '");
    QTest::newRow("double quotes") << QStringLiteral("\"$HOME\"");
    QTest::newRow("newline") << QStringLiteral("a\ntouch /tmp/ha-pwned-ssh");
    QTest::newRow("unicode") << QStringLiteral("Ausfall ⚠ 😀 ä");
    QTest::newRow("leading dash") << QStringLiteral("-f --output=/tmp/ha-pwned-ssh");
    QTest::newRow("glob and redirect") << QStringLiteral("* > /tmp/ha-pwned-ssh");
    QTest::newRow("backslashes") << QStringLiteral("\\'\\\"\\\\");
}

void TstNodeSession::hostileArgumentsArriveAsOneWord()
{
    QFETCH(QString, pattern);
    QFile::remove(QStringLiteral("/tmp/ha-pwned-ssh"));
    // Identifiers with the same content are refused outright...
    QVERIFY(!CommandTemplates::resourceMove(pattern, QStringLiteral("node1")).ok());
    QVERIFY(!CommandTemplates::standby(pattern, true).ok());
    // ...free text is quoted and arrives as exactly one argv element. The node's journalctl
    // is a recorder that prints its arguments NUL-separated.
    JournalQuery q;
    q.units = {QStringLiteral("pacemaker")};
    q.grep = pattern;
    const RemoteCommand cmd = CommandTemplates::journal(q).value();

    NodeSession s(QStringLiteral("node1"), endpoint(), m_audit.get());
    track(&s);
    s.open();
    const quint64 id = s.run(cmd);
    QVERIFY(waitFor(id));
    m_ranLines << s.commandLineFor(cmd);
    const CommandResult r = m_results.value(id);
    QVERIFY(!r.error);
    QCOMPARE(r.exitCode, 0);
    QByteArray out = r.stdOut;
    QVERIFY(out.endsWith('\0'));
    out.chop(1);
    QStringList got;
    const QList<QByteArray> parts = out.split('\0');
    for (const QByteArray &p : parts)
        got << QString::fromUtf8(p);
    QCOMPARE(got, cmd.argv().mid(1));
    QCOMPARE(got.last(), QStringLiteral("--grep=") + pattern);
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/ha-pwned-ssh")));
}

void TstNodeSession::killedSshdIsNoticedAndReconnects()
{
    NodeSession s(QStringLiteral("node1"), endpoint(), m_audit.get());
    track(&s);
    s.open();
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Connected, 10000);
    const RemoteCommand watch = CommandTemplates::crmMonTextWatch(1000).value();
    const quint64 streamId = s.stream(watch);
    m_ranLines << s.commandLineFor(watch);
    QSignalSpy output(&s, &NodeSession::output);
    QTRY_VERIFY_WITH_TIMEOUT(output.count() > 0, 10000);

    QElapsedTimer clock;
    clock.start();
    m_sshd->killAll();
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Reconnecting, 5000);
    qInfo("connection loss noticed after %lld ms", clock.elapsed());
    // The stream's owner learns that it ended and why.
    QVERIFY(waitFor(streamId, 2000));
    QCOMPARE(m_results.value(streamId).error->code, ErrorCode::Unreachable);

    QString error;
    QVERIFY2(m_sshd->start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Connected, 20000);
    const RemoteCommand uname = CommandTemplates::hostName();
    const quint64 id = s.run(uname);
    QVERIFY(waitFor(id));
    m_ranLines << s.commandLineFor(uname);
    QCOMPARE(m_results.value(id).exitCode, 0);
}

void TstNodeSession::hungSessionIsNoticedByKeepalive()
{
    NodeSession s(QStringLiteral("node1"), endpoint(), m_audit.get());
    track(&s);
    s.open();
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Connected, 10000);
    QSignalSpy states(&s, &NodeSession::stateChanged);
    QElapsedTimer clock;
    clock.start();
    m_sshd->freezeSessions(true);
    // Keepalive every 2 s, 3 s for its answer: noticed within about 5 s.
    QTRY_VERIFY_WITH_TIMEOUT(
        !states.isEmpty() && states.first().at(0).value<State>() == State::Reconnecting, 8000);
    qInfo("hung session noticed after %lld ms", clock.elapsed());
    // sshd itself still takes logins: the session comes back on a fresh connection.
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Connected, 15000);
    m_sshd->freezeSessions(false);
    const RemoteCommand uname = CommandTemplates::hostName();
    const quint64 id = s.run(uname);
    QVERIFY(waitFor(id));
    m_ranLines << s.commandLineFor(uname);
    QCOMPARE(m_results.value(id).exitCode, 0);
}

void TstNodeSession::silentNodeTimesOutWithoutBlockingTheEventLoop()
{
    // Accepts TCP (the kernel completes the handshake) and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    SshEndpoint ep = endpoint();
    ep.port = silent.serverPort();
    ep.connectTimeoutMs = 1500;
    NodeSession hung(QStringLiteral("hung"), ep, m_audit.get());
    NodeSession healthy(QStringLiteral("node1"), endpoint(), m_audit.get());
    track(&healthy);

    QElapsedTimer sinceTick;
    qint64 maxStall = 0;
    QTimer tick;
    tick.setInterval(10);
    connect(&tick, &QTimer::timeout, this, [&] { maxStall = qMax(maxStall, sinceTick.restart()); });
    sinceTick.start();
    tick.start();

    hung.open();
    healthy.open();
    const RemoteCommand uname = CommandTemplates::hostName();
    const quint64 id = healthy.run(uname);
    // The other node's work goes on while this one hangs.
    QVERIFY(waitFor(id));
    m_ranLines << healthy.commandLineFor(uname);
    QCOMPARE(m_results.value(id).exitCode, 0);
    QVERIFY(hung.state() == State::Connecting);

    QTRY_COMPARE_WITH_TIMEOUT(hung.state(), State::Failed, 10000);
    tick.stop();
    QVERIFY(hung.lastError());
    QCOMPARE(hung.lastError()->code, ErrorCode::Timeout);
    qInfo("longest event-loop stall: %lld ms", maxStall);
    QVERIFY2(maxStall < 200, qPrintable(QStringLiteral("stalled %1 ms").arg(maxStall)));
}

void TstNodeSession::changedHostKeyIsRefusedAndNothingRuns()
{
    m_sshd->killAll();
    QString error;
    QVERIFY2(m_sshd->regenerateHostKey(&error), qPrintable(error));
    QVERIFY2(m_sshd->start(&error), qPrintable(error));
    const QString marker = m_sshd->path(QStringLiteral("cibadmin-ran"));
    QFile::remove(marker);

    NodeSession s(QStringLiteral("node1"), endpoint(), m_audit.get());
    track(&s);
    QSignalSpy rejected(&s, &NodeSession::hostKeyRejected);
    QSignalSpy unknown(&s, &NodeSession::hostKeyUnknown);
    s.open();
    const quint64 id = s.run(CommandTemplates::cibQuery());
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), State::Failed, 10000);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(unknown.count(), 0);
    QCOMPARE(s.lastError()->code, ErrorCode::HostKeyChanged);
    const QString msg = rejected.at(0).at(0).toString();
    QVERIFY2(msg.contains(m_knownHosts + QStringLiteral(" line 1")), qPrintable(msg));
    QVERIFY(msg.contains(m_sshd->hostKeyFingerprint()));
    QVERIFY(waitFor(id));
    QVERIFY(m_results.value(id).error);
    QVERIFY(!QFile::exists(marker));
    // Nothing offered a way around it: open() again meets the same refusal.
    s.open();
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 2, 10000);
    QCOMPARE(s.state(), State::Failed);
}

void TstNodeSession::auditLogHasEveryCommandAndNoSecret()
{
    QFile f(m_audit->path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    if (!m_password.isEmpty())
        QVERIFY2(!all.contains(m_password), "the audit log contains the test password");
    QVERIFY(!m_passphrase.isEmpty());
    QVERIFY2(!all.contains(m_passphrase), "the audit log contains the key passphrase");
    const auto records = AuditLog::readTail(m_audit->path(), 100000).value();
    QStringList lines;
    for (const AuditRecord &r : records) {
        lines << r.commandLine;
        QCOMPARE(r.node.isEmpty(), false);
        QVERIFY(r.time.isValid());
    }
    QCOMPARE(lines.size(), m_ranLines.size());
    for (const QString &ran : std::as_const(m_ranLines))
        QVERIFY2(lines.contains(ran), qPrintable(ran));
    // The command refused for a changed host key never ran, so it is not in the log.
    QVERIFY(!lines.contains(QStringLiteral("cibadmin -Q")));
}

QTEST_GUILESS_MAIN(TstNodeSession)
#include "tst_nodesession.moc"
