#include "nodesession.h"

#include "audit/auditlog.h"
#include "sshworker.h"

#include <QCoreApplication>
#include <QThread>
#include <atomic>
#include <cstring>

namespace ha {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ha::NodeSession", text);
}

QString localUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    return name;
}

} // namespace

QString sessionStateName(NodeSession::State state)
{
    switch (state) {
    case NodeSession::State::Disconnected:
        return tr("disconnected");
    case NodeSession::State::Connecting:
        return tr("connecting");
    case NodeSession::State::HostKeyDecision:
        return tr("waiting for a host key decision");
    case NodeSession::State::Authenticating:
        return tr("logging in");
    case NodeSession::State::Connected:
        return tr("connected");
    case NodeSession::State::Reconnecting:
        return tr("reconnecting");
    case NodeSession::State::Failed:
        return tr("failed");
    }
    return {};
}

NodeSession::NodeSession(QString nodeName, SshEndpoint endpoint, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_nodeName(std::move(nodeName))
    , m_endpoint(std::move(endpoint))
    , m_audit(audit)
    , m_remoteUser(m_endpoint.user)
{
    qRegisterMetaType<ha::CommandResult>();
    qRegisterMetaType<ha::NodeSession::State>();
    m_thread = new QThread; // no parent: it may have to outlive us, see the destructor
    m_thread->setObjectName(QStringLiteral("ssh:") + m_nodeName);
    m_worker = new SshWorker(m_nodeName, m_endpoint);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &SshWorker::stateChanged, this, &NodeSession::onWorkerState);
    connect(m_worker, &SshWorker::authenticatedAs, this,
            [this](const QString &user) { m_remoteUser = user; });
    connect(m_worker, &SshWorker::hostKeyUnknown, this, &NodeSession::hostKeyUnknown);
    connect(m_worker, &SshWorker::hostKeyRejected, this, &NodeSession::hostKeyRejected);
    connect(m_worker, &SshWorker::output, this, [this](quint64 id, const QByteArray &chunk) {
        if (m_running.contains(id))
            emit output(id, chunk);
    });
    connect(m_worker, &SshWorker::finished, this, &NodeSession::onWorkerFinished);
    m_thread->start();
}

NodeSession::~NodeSession()
{
    // Unblock whatever the worker is doing (a connect to a hung node), then let it clean up
    // on its own thread. A ProxyCommand connect cannot be interrupted: if the thread is not
    // done within a moment, it finishes and deletes itself later instead of blocking us.
    m_worker->abortIo();
    m_thread->quit();
    if (m_thread->wait(1000)) {
        delete m_thread;
    } else {
        QThread *thread = m_thread;
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    }
}

void NodeSession::open()
{
    m_lastError.reset();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->open(); }, Qt::QueuedConnection);
}

void NodeSession::close()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::QueuedConnection);
}

void NodeSession::setSecret(QByteArray secret)
{
    QByteArray copy(secret.constData(), secret.size());
    // Our parameter is ours to wipe only when nobody else shares its bytes.
    if (secret.isDetached() && !secret.isEmpty())
        std::memset(secret.data(), 0, static_cast<size_t>(secret.size()));
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, copy]() mutable {
            w->setSecret(copy);
            std::memset(copy.data(), 0, static_cast<size_t>(copy.size()));
        },
        Qt::QueuedConnection);
}

void NodeSession::acceptHostKey()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->acceptHostKey(); }, Qt::QueuedConnection);
}

void NodeSession::rejectHostKey()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->rejectHostKey(); }, Qt::QueuedConnection);
}

bool NodeSession::viaSudo() const
{
    return m_endpoint.useSudo && m_remoteUser != QLatin1String("root");
}

QString NodeSession::commandLineFor(const RemoteCommand &cmd) const
{
    return cmd.commandLine(viaSudo());
}

quint64 NodeSession::run(const RemoteCommand &cmd, int timeoutMs)
{
    return start(cmd, timeoutMs, false);
}

quint64 NodeSession::stream(const RemoteCommand &cmd)
{
    return start(cmd, 0, true);
}

quint64 NodeSession::start(const RemoteCommand &cmd, int timeoutMs, bool isStream)
{
    static std::atomic<quint64> nextId{1};
    const quint64 id = nextId++;
    if (!cmd.isValid()) {
        const CommandResult r{
            -1, {}, {}, 0, makeError(ErrorCode::InvalidInput, tr("No command to run."))};
        // Delivered later like every result, so callers can connect after calling run().
        QMetaObject::invokeMethod(
            this, [this, id, r] { emit finished(id, r); }, Qt::QueuedConnection);
        return id;
    }
    const QString line = commandLineFor(cmd);
    m_running.insert(id, Running{cmd, line});
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, id, line, timeoutMs, isStream] { w->start(id, line, timeoutMs, isStream); },
        Qt::QueuedConnection);
    return id;
}

void NodeSession::cancel(quint64 id)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id] { w->cancel(id); }, Qt::QueuedConnection);
}

void NodeSession::onWorkerState(NodeSession::State state, const QString &message, int errorCode)
{
    if (state == State::Failed && errorCode >= 0)
        m_lastError = makeError(static_cast<ErrorCode>(errorCode), message);
    m_state = state;
    emit stateChanged(state, message);
}

void NodeSession::onWorkerFinished(quint64 id, CommandResult result, bool ran)
{
    const auto it = m_running.constFind(id);
    if (it == m_running.cend())
        return;
    const Running running = it.value();
    m_running.erase(it);

    const bool sudo = viaSudo() && running.command.privileged();
    if (sudo && !result.error && result.exitCode == 1 &&
        result.stdErr.contains("a password is required")) {
        result.error = makeError(
            ErrorCode::PermissionDenied,
            tr("sudo on %1 asks %2 for a password, and the console never sends one. Allow "
               "these commands without a password (NOPASSWD in sudoers), e.g. "
               "`%2 ALL=(root) NOPASSWD: /usr/sbin/%3`.")
                .arg(m_nodeName, m_remoteUser, running.command.argv().value(0)));
    }
    if (ran && m_audit) {
        AuditRecord rec;
        rec.time = QDateTime::currentDateTimeUtc();
        rec.node = m_nodeName;
        rec.user = m_remoteUser;
        rec.localUser = localUserName();
        rec.templateName = running.command.templateName();
        rec.commandLine = running.line;
        rec.exitCode = result.exitCode;
        rec.durationMs = result.durationMs;
        if (result.error) {
            rec.error = errorCodeName(result.error->code);
            rec.errorMessage = result.error->message;
        }
        const Result<void> written = m_audit->append(rec);
        if (!written)
            qWarning("audit log: %s", qUtf8Printable(written.error().message));
    }
    emit finished(id, result);
}

} // namespace ha
