#pragma once
// A throwaway OpenSSH server on 127.0.0.1 for tests: own host key, own authorized key, and a
// bin/ directory first on PATH (sshd SetEnv) with recorder scripts standing in for the
// cluster tools, so that templates can run without a cluster. Needs root (sshd privilege
// separation) and /run/sshd, which it creates.

#include <QString>
#include <QTemporaryDir>

class QProcess;

class TestSshd
{
public:
    TestSshd();
    ~TestSshd();

    bool start(QString *error);
    // SIGKILL sshd and every process below it (the sessions too), like a crashed node.
    void killAll();
    // SIGSTOP (or SIGCONT) every process below sshd but not sshd itself: open sessions hang
    // with their TCP connections still acknowledged by the kernel; new logins still work.
    void freezeSessions(bool frozen);
    // A new host key of the same type, as after a reinstall. Takes effect on the next start().
    bool regenerateHostKey(QString *error);

    QString dir() const { return m_dir.path(); }
    quint16 port() const { return m_port; }
    QString clientKey() const { return dir() + QStringLiteral("/client_key"); }
    QString wrongKey() const { return dir() + QStringLiteral("/wrong_key"); }
    // Authorized like clientKey(), but encrypted with a passphrase.
    QString protectedKey() const { return dir() + QStringLiteral("/protected_key"); }
    bool makeProtectedKey(const QByteArray &passphrase);
    QString binDir() const { return dir() + QStringLiteral("/bin"); }
    // "SHA256:..." as `ssh-keygen -lf` prints it for the current host key.
    QString hostKeyFingerprint() const;
    QString path(const QString &name) const { return dir() + u'/' + name; }

    static QString run(const QString &program, const QStringList &args, int *exitCode = nullptr);

private:
    void writeScripts();
    void writeConfig();
    void stopProcess();

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QProcess *m_sshd = nullptr;
};
