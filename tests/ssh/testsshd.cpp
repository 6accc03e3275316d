#include "testsshd.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <csignal>
#include <sys/types.h>

namespace {

void writeFile(const QString &path, const QByteArray &data, QFile::Permissions perms)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(data);
    f.close();
    f.setPermissions(perms);
}

constexpr QFile::Permissions kExec = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                     QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                     QFile::ExeOther;
constexpr QFile::Permissions kPublic =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;

QList<qint64> descendants(qint64 root)
{
    QHash<qint64, QList<qint64>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = stat.readAll();
        const qsizetype close = s.lastIndexOf(')');
        const QList<QByteArray> fields = s.mid(close + 2).split(' ');
        if (fields.size() > 1)
            children[fields.at(1).toLongLong()].append(pid);
    }
    QList<qint64> out;
    QList<qint64> todo{root};
    while (!todo.isEmpty()) {
        const qint64 p = todo.takeFirst();
        const QList<qint64> kids = children.value(p);
        out += kids;
        todo += kids;
    }
    return out;
}

} // namespace

TestSshd::TestSshd()
{
    QDir().mkpath(QStringLiteral("/run/sshd"));
    QFile::setPermissions(m_dir.path(), kExec); // other users' sessions must reach bin/
    QDir(m_dir.path()).mkpath(QStringLiteral("bin"));
    QFile::setPermissions(binDir(), kExec);
    run(QStringLiteral("ssh-keygen"),
        {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
         QStringLiteral("-N"), QString(), QStringLiteral("-f"), path(QStringLiteral("hostkey"))});
    run(QStringLiteral("ssh-keygen"),
        {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
         QStringLiteral("-N"), QString(), QStringLiteral("-f"), clientKey()});
    run(QStringLiteral("ssh-keygen"),
        {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
         QStringLiteral("-N"), QString(), QStringLiteral("-f"), wrongKey()});
    QFile pub(clientKey() + QStringLiteral(".pub"));
    pub.open(QIODevice::ReadOnly);
    writeFile(path(QStringLiteral("authorized_keys")), pub.readAll(), kPublic);
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
    probe.close();
    writeScripts();
    writeConfig();
}

TestSshd::~TestSshd()
{
    killAll();
}

QString TestSshd::run(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

void TestSshd::writeScripts()
{
    const QByteArray d = dir().toUtf8();
    // Each argument NUL-terminated, exactly as the program received it.
    writeFile(binDir() + QStringLiteral("/journalctl"), "#!/bin/sh\nprintf '%s\\0' \"$@\"\n",
              kExec);
    // Output on both streams and a distinctive exit code; leaves a marker that it ran.
    writeFile(binDir() + QStringLiteral("/cibadmin"),
              "#!/bin/sh\ntouch '" + d +
                  "/cibadmin-ran'\necho \"xml for $*\"\n"
                  "echo 'warning: test' >&2\nexit 7\n",
              kExec);
    // The text watch: one line per 0.2 s forever, its pid written first.
    writeFile(binDir() + QStringLiteral("/crm_mon"),
              "#!/bin/sh\necho $$ > '" + d +
                  "/crm_mon.pid'\ni=0\n"
                  "while :; do echo \"tick $i\"; i=$((i+1)); sleep 0.2; done\n",
              kExec);
    // sudo as it answers when NOPASSWD is not configured.
    writeFile(binDir() + QStringLiteral("/sudo"),
              "#!/bin/sh\necho 'sudo: a password is required' >&2\nexit 1\n", kExec);
}

void TestSshd::writeConfig()
{
    const QString config =
        QStringLiteral(
            "Port %1\nListenAddress 127.0.0.1\nHostKey %2/hostkey\nPidFile %2/sshd.pid\n"
            "AuthorizedKeysFile %2/authorized_keys\nUsePAM no\nStrictModes no\n"
            "PasswordAuthentication yes\nKbdInteractiveAuthentication no\n"
            "PermitRootLogin prohibit-password\nPubkeyAuthentication yes\nMaxStartups 100\n"
            "LogLevel ERROR\n"
            "SetEnv PATH=%2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n")
            .arg(m_port)
            .arg(dir());
    writeFile(path(QStringLiteral("sshd_config")), config.toUtf8(), kPublic);
}

bool TestSshd::start(QString *error)
{
    stopProcess();
    m_sshd = new QProcess;
    m_sshd->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_sshd->start(QStringLiteral("/usr/sbin/sshd"),
                  {QStringLiteral("-D"), QStringLiteral("-f"), path(QStringLiteral("sshd_config")),
                   QStringLiteral("-E"), path(QStringLiteral("sshd.log"))});
    if (!m_sshd->waitForStarted(5000)) {
        *error = QStringLiteral("sshd did not start: ") + m_sshd->errorString();
        return false;
    }
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        if (m_sshd->state() != QProcess::Running) {
            *error = QStringLiteral("sshd exited; see ") + path(QStringLiteral("sshd.log"));
            return false;
        }
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_port);
        if (s.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    *error = QStringLiteral("sshd does not listen on port %1").arg(m_port);
    return false;
}

void TestSshd::stopProcess()
{
    if (!m_sshd)
        return;
    m_sshd->kill();
    m_sshd->waitForFinished(5000);
    delete m_sshd;
    m_sshd = nullptr;
}

void TestSshd::killAll()
{
    if (!m_sshd)
        return;
    const qint64 pid = m_sshd->processId();
    if (pid > 0) {
        const QList<qint64> kids = descendants(pid);
        for (qint64 k : kids)
            ::kill(static_cast<pid_t>(k), SIGKILL);
    }
    stopProcess();
}

void TestSshd::freezeSessions(bool frozen)
{
    if (!m_sshd)
        return;
    const QList<qint64> kids = descendants(m_sshd->processId());
    for (qint64 k : kids)
        ::kill(static_cast<pid_t>(k), frozen ? SIGSTOP : SIGCONT);
}

bool TestSshd::makeProtectedKey(const QByteArray &passphrase)
{
    int code = -1;
    run(QStringLiteral("ssh-keygen"),
        {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
         QStringLiteral("-N"), QString::fromUtf8(passphrase), QStringLiteral("-f"), protectedKey()},
        &code);
    QFile pub(protectedKey() + QStringLiteral(".pub"));
    QFile keys(path(QStringLiteral("authorized_keys")));
    if (code != 0 || !pub.open(QIODevice::ReadOnly) || !keys.open(QIODevice::Append))
        return false;
    keys.write(pub.readAll());
    return true;
}

bool TestSshd::regenerateHostKey(QString *error)
{
    QFile::remove(path(QStringLiteral("hostkey")));
    QFile::remove(path(QStringLiteral("hostkey.pub")));
    int code = -1;
    const QString out = run(QStringLiteral("ssh-keygen"),
                            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                             QStringLiteral("-N"), QString(), QStringLiteral("-f"),
                             path(QStringLiteral("hostkey"))},
                            &code);
    if (code != 0)
        *error = out;
    return code == 0;
}

QString TestSshd::hostKeyFingerprint() const
{
    // "256 SHA256:abc... comment (ED25519)"
    const QString out = run(QStringLiteral("ssh-keygen"),
                            {QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-lf"),
                             path(QStringLiteral("hostkey.pub"))});
    return out.section(u' ', 1, 1);
}
