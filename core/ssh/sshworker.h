#pragma once
// The libssh side of a NodeSession. Lives on the session's worker thread: every libssh call for
// this session happens there, so blocking calls (connect, auth, channel open) only ever stall
// this one node. Private to core/ssh; NodeSession is the interface.

#include "commandresult.h"
#include "nodesession.h"
#include "sshendpoint.h"

#include <QElapsedTimer>
#include <QObject>
#include <atomic>
#include <libssh/libssh.h>
#include <mutex>
#include <vector>

class QSocketNotifier;
class QTimer;

namespace ha {

class SshWorker : public QObject
{
    Q_OBJECT
public:
    SshWorker(QString nodeName, SshEndpoint endpoint);
    ~SshWorker() override;

    // Thread-safe: makes a blocking connect/auth/exec in the worker return promptly (shuts the
    // socket down) and keeps it from starting new ones. Used when the session is destroyed.
    void abortIo();

    // Worker-thread entry points (NodeSession calls them through queued invocations).
    void open();
    void close();
    void setSecret(const QByteArray &secret);
    void acceptHostKey();
    void rejectHostKey();
    void start(quint64 id, const QString &commandLine, int timeoutMs, bool isStream);
    void cancel(quint64 id);

signals:
    // errorCode: -1 for none, else an ha::ErrorCode value.
    void stateChanged(ha::NodeSession::State state, const QString &message, int errorCode);
    void authenticatedAs(const QString &user);
    void hostKeyUnknown(const QString &sha256Fingerprint, const QString &keyType);
    void hostKeyRejected(const QString &message);
    void output(quint64 id, const QByteArray &chunk);
    void finished(quint64 id, ha::CommandResult result, bool ran);

private:
    using State = NodeSession::State;
    struct Channel
    {
        quint64 id = 0;
        ssh_channel channel = nullptr;
        bool isStream = false;
        int timeoutMs = 0;
        QElapsedTimer timer;
        QByteArray out;
        QByteArray err;
    };
    struct Pending
    {
        quint64 id;
        QString line;
        int timeoutMs;
        bool isStream;
    };

    void setState(State state, const QString &message = {}, int errorCode = -1);
    void fail(ErrorCode code, const QString &message);
    void connectSession();
    bool openSocket(const QString &host, quint16 port, QString *error, bool *timedOut);
    void verifyHostKey();
    void authenticate();
    std::optional<Error> authAgent(int methods);
    std::optional<Error> authKey(int methods);
    std::optional<Error> authPassword(int methods);
    void becomeConnected();
    void connectionLost(const QString &reason, ErrorCode code = ErrorCode::Unreachable);
    void scheduleReconnect();
    void teardown();
    void wipeSecret();
    void execNow(const Pending &p);
    void pump();
    void idlePoll();
    void keepalive();
    bool drain(Channel &c, int isStderr);
    void finishChannel(size_t index, CommandResult result, bool sendSignal);
    void failAll(ErrorCode code, const QString &message);
    QString sessionError() const;
    QString where() const;

    QString m_nodeName;
    SshEndpoint m_endpoint;
    State m_state = State::Disconnected;
    ssh_session m_session = nullptr;
    QString m_host; // after ~/.ssh/config
    quint16 m_port = 22;
    QString m_user;
    QString m_knownHosts;
    QByteArray m_secret;
    std::optional<Error> m_failure; // why the state is Failed
    bool m_trusted = false;         // host key verified once: reconnects may happen on their own
    bool m_reconnecting = false;
    int m_backoffStep = 0;
    std::vector<Channel> m_channels;
    std::vector<Pending> m_pending;
    QTimer *m_pumpTimer = nullptr;
    QTimer *m_keepaliveTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    QSocketNotifier *m_notifier = nullptr;

    std::atomic<bool> m_abort{false};
    std::mutex m_abortMutex; // guards m_abortFd against teardown while abortIo() uses it
    int m_abortFd = -1;      // dup of the session socket, only for shutdown() from abortIo()
};

} // namespace ha
