#pragma once
// One SSH connection to one node.
//
// NodeSession lives on the caller's thread (the UI thread) and never blocks it: the libssh
// session lives on a worker QThread of its own, so a hung node stalls nobody else. All calls
// return at once; results arrive as signals on the caller's thread.
//
//   open()           connect, check the host key, authenticate. Commands given to run()/stream()
//                    while it is still connecting wait and start once it is Connected.
//   hostKeyUnknown   first contact: show the SHA256 fingerprint, then call acceptHostKey()
//                    (writes the known_hosts file) or rejectHostKey().
//   hostKeyRejected  the key CHANGED (or is of another type than the one on file): the session
//                    fails with ErrorCode::HostKeyChanged; nothing here can accept it, the
//                    message names the known_hosts file and line the operator must fix.
//   setSecret()      password or key passphrase from the keyring. The bytes are copied into
//                    the worker, kept only while the session may need to (re)authenticate, and
//                    zeroed on close(), on an authentication failure and on destruction. Never
//                    logged, never in a command line.
//   run()/stream()   start a RemoteCommand (CommandTemplates only). finished(id, result) comes
//                    exactly once per id; a stream also delivers output(id, chunk) as it comes
//                    and ends with finished() when it exits, is cancelled or the connection is
//                    lost (then the owner restarts it after stateChanged(Connected)).
//   A lost connection (EOF; a keepalive@openssh.com probe every 2 s unanswered for 3 s; TCP
//   keepalive / TCP_USER_TIMEOUT of 6 s for a dead link) turns the state into Reconnecting;
//   reconnects follow a 1, 2, 4, 8 s backoff (capped at 8 s) for
//   as long as the host key stays the trusted one and authentication works.
//   Every command that reached the node is recorded in the AuditLog (if one is given).

#include "commandresult.h"
#include "remotecommand.h"
#include "sshendpoint.h"

#include <QHash>
#include <QObject>

class QThread;

namespace ha {

class AuditLog;
class SshWorker;

class NodeSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Disconnected,
        Connecting,
        HostKeyDecision,
        Authenticating,
        Connected,
        Reconnecting,
        Failed,
    };
    Q_ENUM(State)

    NodeSession(QString nodeName, SshEndpoint endpoint, AuditLog *audit, QObject *parent = nullptr);
    ~NodeSession() override;

    QString nodeName() const { return m_nodeName; }
    const SshEndpoint &endpoint() const { return m_endpoint; }
    State state() const { return m_state; }
    // The error that made the session fail (HostKeyChanged, AuthFailed, Unreachable, ...).
    std::optional<Error> lastError() const { return m_lastError; }

    void open();
    void close();
    void setSecret(QByteArray passwordOrPassphrase);
    void acceptHostKey();
    void rejectHostKey();

    // Start a command; returns its id (never 0, unique in the process). timeoutMs bounds the
    // whole command.
    quint64 run(const RemoteCommand &cmd, int timeoutMs = 30000);
    // A long-running command (crm_mon -i, journalctl -f, tail -F): no timeout.
    quint64 stream(const RemoteCommand &cmd);
    void cancel(quint64 id);

    // The command line as it is sent for this session (with `sudo -n` when it applies).
    QString commandLineFor(const RemoteCommand &cmd) const;

signals:
    void stateChanged(ha::NodeSession::State state, const QString &message);
    void hostKeyUnknown(const QString &sha256Fingerprint, const QString &keyType);
    void hostKeyRejected(const QString &message);
    void output(quint64 id, const QByteArray &chunk);
    void finished(quint64 id, const ha::CommandResult &result);

private:
    quint64 start(const RemoteCommand &cmd, int timeoutMs, bool isStream);
    void onWorkerState(ha::NodeSession::State state, const QString &message, int errorCode);
    void onWorkerFinished(quint64 id, ha::CommandResult result, bool ran);
    bool viaSudo() const;

    struct Running
    {
        RemoteCommand command;
        QString line;
    };

    QString m_nodeName;
    SshEndpoint m_endpoint;
    AuditLog *m_audit = nullptr;
    QThread *m_thread = nullptr;
    SshWorker *m_worker = nullptr;
    State m_state = State::Disconnected;
    std::optional<Error> m_lastError;
    QString m_remoteUser; // as authenticated (after ~/.ssh/config), for the audit log
    QHash<quint64, Running> m_running;
};

QString sessionStateName(NodeSession::State state);

} // namespace ha
