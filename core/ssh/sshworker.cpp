#include "sshworker.h"

#include "knownhosts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <libssh/server.h> // ssh_send_keepalive is declared only there
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ha {

namespace {

constexpr int kKeepaliveMs = 2000;
constexpr int kKeepaliveReplyMs = 3000;
constexpr int kPumpMs = 100;
constexpr int kTcpUserTimeoutMs = 6000;
constexpr qsizetype kMaxOutput = 256 * 1024 * 1024;
constexpr qsizetype kMaxStreamStderr = 1024 * 1024;
constexpr int kBackoffSeconds[] = {1, 2, 4, 8};

void initLibraryOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        ssh_init();
        // A write to a socket the peer has closed must become an error, not kill the console.
        std::signal(SIGPIPE, SIG_IGN);
    });
}

QString sshString(ssh_session s, ssh_options_e option)
{
    char *value = nullptr;
    if (ssh_options_get(s, option, &value) != SSH_OK || !value)
        return {};
    const QString out = QString::fromUtf8(value);
    ssh_string_free_char(value);
    return out;
}

void setTcpOptions(int fd)
{
    // Detect a silent peer (node powered off, network cut) within seconds: keepalive probes
    // when idle, and an upper bound on unacknowledged data when something was sent.
    const int on = 1, idle = 2, interval = 1, count = 3, userTimeout = kTcpUserTimeoutMs;
    setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
    setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeout, sizeof userTimeout);
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

Error lostError(const QString &reason)
{
    return makeError(ErrorCode::Unreachable, reason);
}

} // namespace

SshWorker::SshWorker(QString nodeName, SshEndpoint endpoint)
    : m_nodeName(std::move(nodeName))
    , m_endpoint(std::move(endpoint))
{
    initLibraryOnce();
    m_pumpTimer = new QTimer(this);
    m_pumpTimer->setInterval(kPumpMs);
    connect(m_pumpTimer, &QTimer::timeout, this, &SshWorker::pump);
    m_keepaliveTimer = new QTimer(this);
    m_keepaliveTimer->setInterval(kKeepaliveMs);
    connect(m_keepaliveTimer, &QTimer::timeout, this, &SshWorker::keepalive);
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &SshWorker::connectSession);
}

SshWorker::~SshWorker()
{
    failAll(ErrorCode::Cancelled, tr("The session was closed."));
    teardown();
    wipeSecret();
}

void SshWorker::abortIo()
{
    m_abort = true;
    std::lock_guard<std::mutex> lock(m_abortMutex);
    if (m_abortFd >= 0)
        ::shutdown(m_abortFd, SHUT_RDWR);
}

QString SshWorker::where() const
{
    const QString host = m_host.isEmpty() ? m_endpoint.host : m_host;
    return knownhosts::hostPattern(host, m_port);
}

QString SshWorker::sessionError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

void SshWorker::setState(State state, const QString &message, int errorCode)
{
    m_state = state;
    emit stateChanged(state, message, errorCode);
}

void SshWorker::fail(ErrorCode code, const QString &message)
{
    m_reconnectTimer->stop();
    m_reconnecting = false;
    failAll(code, message);
    for (const Pending &p : m_pending)
        emit finished(p.id, CommandResult{-1, {}, {}, 0, makeError(code, message)}, false);
    m_pending.clear();
    teardown();
    m_failure = makeError(code, message);
    setState(State::Failed, message, static_cast<int>(code));
}

void SshWorker::open()
{
    if (m_state != State::Disconnected && m_state != State::Failed)
        return;
    m_backoffStep = 0;
    m_reconnecting = false;
    m_trusted = false;
    m_failure.reset();
    connectSession();
}

void SshWorker::close()
{
    m_reconnectTimer->stop();
    m_reconnecting = false;
    failAll(ErrorCode::Cancelled, tr("The session was closed."));
    for (const Pending &p : m_pending)
        emit finished(
            p.id,
            CommandResult{
                -1, {}, {}, 0, makeError(ErrorCode::Cancelled, tr("The session was closed."))},
            false);
    m_pending.clear();
    teardown();
    wipeSecret();
    if (m_state != State::Disconnected)
        setState(State::Disconnected);
}

void SshWorker::setSecret(const QByteArray &secret)
{
    wipeSecret();
    m_secret = QByteArray(secret.constData(), secret.size()); // own, unshared copy
}

void SshWorker::wipeSecret()
{
    if (!m_secret.isEmpty()) {
        // data() on the unshared copy: zeroes the very bytes that held the secret.
        std::memset(m_secret.data(), 0, static_cast<size_t>(m_secret.size()));
    }
    m_secret.clear();
}

bool SshWorker::openSocket(const QString &host, quint16 port, QString *error, bool *timedOut)
{
    *timedOut = false;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *list = nullptr;
    const QByteArray service = QByteArray::number(port);
    const int gai = getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &list);
    if (gai != 0) {
        *error = tr("Cannot resolve %1: %2").arg(host, QString::fromLocal8Bit(gai_strerror(gai)));
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    int fd = -1;
    for (addrinfo *ai = list; ai && fd < 0 && !m_abort; ai = ai->ai_next) {
        const int s = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                               ai->ai_protocol);
        if (s < 0)
            continue;
        int rc = ::connect(s, ai->ai_addr, ai->ai_addrlen);
        if (rc < 0 && errno == EINPROGRESS) {
            // Wait in short slices so that abortIo() is noticed while the SYN goes unanswered.
            while (!m_abort) {
                const qint64 left = m_endpoint.connectTimeoutMs - clock.elapsed();
                if (left <= 0) {
                    *timedOut = true;
                    break;
                }
                pollfd p{s, POLLOUT, 0};
                const int n = ::poll(&p, 1, static_cast<int>(qMin<qint64>(left, 100)));
                if (n > 0) {
                    int soError = 0;
                    socklen_t len = sizeof soError;
                    getsockopt(s, SOL_SOCKET, SO_ERROR, &soError, &len);
                    rc = soError == 0 ? 0 : -1;
                    errno = soError;
                    break;
                }
            }
        }
        if (rc == 0 && !m_abort) {
            fd = s;
        } else {
            *error = *timedOut ? tr("No answer from %1 within %2 s.")
                                     .arg(where())
                                     .arg(m_endpoint.connectTimeoutMs / 1000.0)
                               : tr("Cannot connect to %1: %2")
                                     .arg(where(), QString::fromLocal8Bit(strerror(errno)));
            ::close(s);
        }
    }
    freeaddrinfo(list);
    if (fd < 0)
        return false;
    const int flags = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, flags & ~O_NONBLOCK); // libssh expects a blocking socket from us
    setTcpOptions(fd);
    {
        std::lock_guard<std::mutex> lock(m_abortMutex);
        m_abortFd = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    }
    ssh_options_set(m_session, SSH_OPTIONS_FD, &fd);
    return true;
}

void SshWorker::connectSession()
{
    if (m_abort)
        return;
    teardown();
    setState(m_reconnecting ? State::Reconnecting : State::Connecting,
             m_reconnecting ? tr("Reconnecting to %1…").arg(m_nodeName)
                            : tr("Connecting to %1…").arg(m_nodeName));
    m_session = ssh_new();
    if (!m_session) {
        fail(ErrorCode::Internal, tr("libssh could not create a session."));
        return;
    }
    const QByteArray host = m_endpoint.host.toUtf8();
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    const int off = 0;
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &off);
    // libssh finds ~ through the password database; the rest of the console (and the
    // known_hosts path in our messages) uses $HOME. One answer for both.
    ssh_options_set(m_session, SSH_OPTIONS_SSH_DIR,
                    QFile::encodeName(QDir::homePath() + QStringLiteral("/.ssh")).constData());
    if (m_endpoint.processSshConfig)
        ssh_options_parse_config(m_session, nullptr);
    // Explicit endpoint fields win over ~/.ssh/config, so they are set after parsing it.
    if (m_endpoint.port != 0) {
        const unsigned int port = m_endpoint.port;
        ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    }
    if (!m_endpoint.user.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_USER, m_endpoint.user.toUtf8().constData());
    if (!m_endpoint.knownHostsFile.isEmpty()) {
        ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS,
                        QFile::encodeName(m_endpoint.knownHostsFile).constData());
        // The profile's own file is the only source of trust then.
        ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    }
    const long seconds = m_endpoint.connectTimeoutMs / 1000;
    const long usec = (m_endpoint.connectTimeoutMs % 1000) * 1000L;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT_USEC, &usec);

    m_host = sshString(m_session, SSH_OPTIONS_HOST);
    unsigned int port = 22;
    ssh_options_get_port(m_session, &port);
    m_port = static_cast<quint16>(port);
    m_user = sshString(m_session, SSH_OPTIONS_USER);
    m_knownHosts = m_endpoint.knownHostsFile.isEmpty()
                       ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts")
                       : m_endpoint.knownHostsFile;

    // Without a ProxyCommand the console opens the TCP connection itself: its connect can be
    // bounded and aborted, and the socket gets keepalive settings.
    if (sshString(m_session, SSH_OPTIONS_PROXYCOMMAND).isEmpty()) {
        QString error;
        bool timedOut = false;
        if (!openSocket(m_host, m_port, &error, &timedOut)) {
            connectionLost(error.isEmpty() ? tr("Cannot connect to %1.").arg(where()) : error,
                           timedOut ? ErrorCode::Timeout : ErrorCode::Unreachable);
            return;
        }
    }
    QElapsedTimer clock;
    clock.start();
    if (ssh_connect(m_session) != SSH_OK) {
        const bool timedOut = clock.elapsed() >= m_endpoint.connectTimeoutMs - 50;
        connectionLost(timedOut
                           ? tr("%1 accepted the connection but did not answer within %2 s.")
                                 .arg(where())
                                 .arg(m_endpoint.connectTimeoutMs / 1000.0)
                           : tr("SSH connection to %1 failed: %2").arg(where(), sessionError()),
                       timedOut ? ErrorCode::Timeout : ErrorCode::Unreachable);
        return;
    }
    verifyHostKey();
}

void SshWorker::verifyHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK) {
        fail(ErrorCode::Internal, tr("The server sent no host key: %1").arg(sessionError()));
        return;
    }
    unsigned char *hash = nullptr;
    size_t hashLen = 0;
    QString fingerprint;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLen) == SSH_OK) {
        char *fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLen);
        fingerprint = QString::fromLatin1(fp);
        ssh_string_free_char(fp);
        ssh_clean_pubkey_hash(&hash);
    }
    const QString keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    ssh_key_free(key);

    switch (ssh_session_is_known_server(m_session)) {
    case SSH_KNOWN_HOSTS_OK:
        authenticate();
        return;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        QStringList places;
        const QString host = m_host.isEmpty() ? m_endpoint.host : m_host;
        QStringList files{m_knownHosts};
        if (m_endpoint.knownHostsFile.isEmpty())
            files << QStringLiteral("/etc/ssh/ssh_known_hosts");
        for (const QString &file : files) {
            const QList<int> lines = knownhosts::linesForHost(file, host, m_port);
            for (int line : lines)
                places << tr("%1 line %2").arg(file).arg(line);
        }
        if (places.isEmpty())
            places << m_knownHosts;
        const QString msg =
            tr("The host key of %1 (%2) does not match the one on file: someone may be "
               "intercepting the connection, or the node was reinstalled. The console will not "
               "connect. Server's %3 key: %4. If the change is expected, verify the new key with "
               "the node's administrator, then remove the old entry by hand: %5 (for example "
               "`ssh-keygen -R '%2' -f %6`).")
                .arg(m_nodeName, where(), keyType, fingerprint, places.join(QStringLiteral("; ")),
                     m_knownHosts);
        emit hostKeyRejected(msg);
        fail(ErrorCode::HostKeyChanged, msg);
        return;
    }
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        if (m_reconnecting) {
            // Trust was withdrawn (entry removed) while we were away: ask again.
            m_reconnecting = false;
        }
        m_reconnectTimer->stop();
        setState(State::HostKeyDecision,
                 tr("%1 (%2) is not known yet. Its %3 key fingerprint is %4.")
                     .arg(m_nodeName, where(), keyType, fingerprint),
                 static_cast<int>(ErrorCode::HostKeyUnknown));
        emit hostKeyUnknown(fingerprint, keyType);
        return;
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    fail(ErrorCode::Io,
         tr("Cannot check the host key against %1: %2").arg(m_knownHosts, sessionError()));
}

void SshWorker::acceptHostKey()
{
    if (m_state != State::HostKeyDecision || !m_session)
        return;
    QDir().mkpath(QFileInfo(m_knownHosts).absolutePath());
    if (ssh_session_update_known_hosts(m_session) != SSH_OK) {
        fail(ErrorCode::Io,
             tr("Cannot write the host key to %1: %2").arg(m_knownHosts, sessionError()));
        return;
    }
    authenticate();
}

void SshWorker::rejectHostKey()
{
    if (m_state != State::HostKeyDecision)
        return;
    fail(ErrorCode::HostKeyUnknown,
         tr("The host key of %1 was not accepted; not connected.").arg(m_nodeName));
}

void SshWorker::authenticate()
{
    if (m_abort)
        return;
    setState(State::Authenticating, tr("Logging in to %1 as %2…").arg(m_nodeName, m_user));
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS) {
        becomeConnected();
        return;
    }
    if (rc == SSH_AUTH_ERROR) {
        connectionLost(tr("Login to %1 failed: %2").arg(where(), sessionError()));
        return;
    }
    const int methods = ssh_userauth_list(m_session, nullptr);
    std::optional<Error> error;
    switch (m_endpoint.auth) {
    case SshEndpoint::AuthMethod::Agent:
        error = authAgent(methods);
        break;
    case SshEndpoint::AuthMethod::Key:
        error = authKey(methods);
        break;
    case SshEndpoint::AuthMethod::Password:
        error = authPassword(methods);
        break;
    }
    if (!error) {
        becomeConnected();
        return;
    }
    if (error->code == ErrorCode::Unreachable) {
        connectionLost(error->message);
        return;
    }
    wipeSecret();
    fail(error->code, error->message);
}

std::optional<Error> SshWorker::authAgent(int methods)
{
    if (!(methods & SSH_AUTH_METHOD_PUBLICKEY))
        return makeError(ErrorCode::AuthFailed,
                         tr("%1 does not accept key logins for %2.").arg(where(), m_user));
    if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
        return makeError(ErrorCode::AuthFailed,
                         tr("No SSH agent is running (SSH_AUTH_SOCK is not set). Start one and "
                            "add your key, or use a key file."));
    const int rc = ssh_userauth_agent(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return std::nullopt;
    if (rc == SSH_AUTH_ERROR && !ssh_is_connected(m_session))
        return lostError(tr("Connection lost during login: %1").arg(sessionError()));
    return makeError(ErrorCode::AuthFailed,
                     tr("The SSH agent has no key that %1 accepts for %2.").arg(where(), m_user));
}

std::optional<Error> SshWorker::authKey(int methods)
{
    if (!(methods & SSH_AUTH_METHOD_PUBLICKEY))
        return makeError(ErrorCode::AuthFailed,
                         tr("%1 does not accept key logins for %2.").arg(where(), m_user));
    const char *passphrase = m_secret.isEmpty() ? nullptr : m_secret.constData();
    int rc = SSH_AUTH_DENIED;
    const QString file = m_endpoint.identityFile;
    if (file.isEmpty()) {
        rc = ssh_userauth_publickey_auto(m_session, nullptr, passphrase);
    } else {
        if (!QFileInfo(file).isReadable())
            return makeError(ErrorCode::AuthFailed, tr("Cannot read the key file %1.").arg(file));
        ssh_key key = nullptr;
        if (ssh_pki_import_privkey_file(QFile::encodeName(file).constData(), passphrase, nullptr,
                                        nullptr, &key) != SSH_OK) {
            return makeError(ErrorCode::AuthFailed,
                             passphrase ? tr("The passphrase for the key file %1 is wrong, or "
                                             "it is not a private key.")
                                              .arg(file)
                                        : tr("The key file %1 is protected by a passphrase "
                                             "(none is stored), or it is not a private key.")
                                              .arg(file));
        }
        rc = ssh_userauth_publickey(m_session, nullptr, key);
        ssh_key_free(key);
    }
    if (rc == SSH_AUTH_SUCCESS)
        return std::nullopt;
    if (rc == SSH_AUTH_ERROR && !ssh_is_connected(m_session))
        return lostError(tr("Connection lost during login: %1").arg(sessionError()));
    return makeError(ErrorCode::AuthFailed,
                     file.isEmpty()
                         ? tr("%1 refused every key offered for %2.").arg(where(), m_user)
                         : tr("%1 refused the key %2 for %3.").arg(where(), file, m_user));
}

std::optional<Error> SshWorker::authPassword(int methods)
{
    if (!(methods & SSH_AUTH_METHOD_PASSWORD))
        return makeError(ErrorCode::AuthFailed,
                         tr("%1 does not accept password logins for %2.").arg(where(), m_user));
    if (m_secret.isEmpty())
        return makeError(ErrorCode::AuthFailed,
                         tr("No password is stored for %1@%2.").arg(m_user, m_nodeName));
    const int rc = ssh_userauth_password(m_session, nullptr, m_secret.constData());
    if (rc == SSH_AUTH_SUCCESS)
        return std::nullopt;
    if (rc == SSH_AUTH_ERROR && !ssh_is_connected(m_session))
        return lostError(tr("Connection lost during login: %1").arg(sessionError()));
    return makeError(
        ErrorCode::AuthFailed,
        tr("Wrong password for %1 on %2 (or the server refused the login).").arg(m_user, where()));
}

void SshWorker::becomeConnected()
{
    m_trusted = true;
    m_reconnecting = false;
    m_backoffStep = 0;
    const int fd = ssh_get_fd(m_session);
    if (fd >= 0) {
        m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            if (m_channels.empty())
                idlePoll();
            else
                pump();
        });
    }
    m_keepaliveTimer->start();
    emit authenticatedAs(m_user);
    setState(State::Connected, tr("Connected to %1 as %2.").arg(m_nodeName, m_user));
    const std::vector<Pending> pending = std::move(m_pending);
    m_pending.clear();
    for (const Pending &p : pending) {
        if (m_state != State::Connected) {
            emit finished(
                p.id,
                CommandResult{-1, {}, {}, 0, lostError(tr("Not connected to %1.").arg(m_nodeName))},
                false);
            continue;
        }
        execNow(p);
    }
}

void SshWorker::connectionLost(const QString &reason, ErrorCode code)
{
    failAll(code, reason);
    teardown();
    if (m_abort)
        return;
    if (!m_trusted) {
        // Never reached a trusted, logged-in state: nothing to resume on its own.
        fail(code, reason);
        return;
    }
    m_reconnecting = true;
    scheduleReconnect();
    setState(State::Reconnecting,
             tr("%1 Retrying in %2 s.").arg(reason).arg(kBackoffSeconds[m_backoffStep]),
             static_cast<int>(ErrorCode::Unreachable));
    if (m_backoffStep + 1 < static_cast<int>(std::size(kBackoffSeconds)))
        ++m_backoffStep;
}

void SshWorker::scheduleReconnect()
{
    m_reconnectTimer->start(kBackoffSeconds[m_backoffStep] * 1000);
}

void SshWorker::teardown()
{
    m_pumpTimer->stop();
    m_keepaliveTimer->stop();
    delete m_notifier;
    m_notifier = nullptr;
    for (Channel &c : m_channels)
        ssh_channel_free(c.channel);
    m_channels.clear();
    if (m_session) {
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
    std::lock_guard<std::mutex> lock(m_abortMutex);
    if (m_abortFd >= 0) {
        ::close(m_abortFd);
        m_abortFd = -1;
    }
}

void SshWorker::start(quint64 id, const QString &commandLine, int timeoutMs, bool isStream)
{
    const Pending p{id, commandLine, timeoutMs, isStream};
    switch (m_state) {
    case State::Connected:
        execNow(p);
        return;
    case State::Connecting:
    case State::HostKeyDecision:
    case State::Authenticating:
        m_pending.push_back(p);
        return;
    case State::Failed:
        // Commands queued right behind open() learn why the session failed.
        if (m_failure) {
            emit finished(id, CommandResult{-1, {}, {}, 0, m_failure}, false);
            return;
        }
        break;
    case State::Disconnected:
    case State::Reconnecting:
        break;
    }
    emit finished(
        id, CommandResult{-1, {}, {}, 0, lostError(tr("Not connected to %1.").arg(m_nodeName))},
        false);
}

void SshWorker::execNow(const Pending &p)
{
    ssh_channel channel = ssh_channel_new(m_session);
    const QByteArray line = p.line.toUtf8();
    if (!channel || ssh_channel_open_session(channel) != SSH_OK ||
        ssh_channel_request_exec(channel, line.constData()) != SSH_OK) {
        const QString reason = sessionError();
        if (channel)
            ssh_channel_free(channel);
        const bool alive = ssh_is_connected(m_session);
        emit finished(
            p.id,
            CommandResult{
                -1,
                {},
                {},
                0,
                alive ? makeError(ErrorCode::RemoteFailed,
                                  tr("%1 refused to start the command: %2").arg(m_nodeName, reason))
                      : lostError(tr("Connection to %1 lost: %2").arg(m_nodeName, reason))},
            false);
        if (!alive)
            connectionLost(tr("Connection to %1 lost: %2").arg(m_nodeName, reason));
        return;
    }
    Channel c;
    c.id = p.id;
    c.channel = channel;
    c.isStream = p.isStream;
    c.timeoutMs = p.timeoutMs;
    c.timer.start();
    m_channels.push_back(std::move(c));
    if (!m_pumpTimer->isActive())
        m_pumpTimer->start();
}

bool SshWorker::drain(Channel &c, int isStderr)
{
    char buffer[16384];
    for (;;) {
        const int n = ssh_channel_read_nonblocking(c.channel, buffer, sizeof buffer, isStderr);
        if (n == SSH_ERROR)
            return false;
        if (n <= 0) // 0: nothing now; SSH_EOF: nothing ever again
            return true;
        if (c.isStream && !isStderr) {
            emit output(c.id, QByteArray(buffer, n));
            continue;
        }
        QByteArray &sink = isStderr ? c.err : c.out;
        const qsizetype limit = c.isStream ? kMaxStreamStderr : kMaxOutput;
        if (sink.size() + n <= limit)
            sink.append(buffer, n);
    }
}

void SshWorker::pump()
{
    if (!m_session)
        return;
    for (size_t i = 0; i < m_channels.size();) {
        Channel &c = m_channels[i];
        const bool ok = drain(c, 0) && drain(c, 1);
        if (!ok) {
            if (!ssh_is_connected(m_session)) {
                connectionLost(tr("Connection to %1 lost: %2").arg(m_nodeName, sessionError()));
                return;
            }
            finishChannel(i,
                          CommandResult{-1, c.out, c.err, c.timer.elapsed(),
                                        makeError(ErrorCode::RemoteFailed, sessionError())},
                          true);
            continue;
        }
        if (ssh_channel_is_eof(c.channel) || ssh_channel_is_closed(c.channel)) {
            drain(c, 0);
            drain(c, 1);
            const int status = ssh_channel_get_exit_status(c.channel);
            CommandResult r{status, c.out, c.err, c.timer.elapsed(), std::nullopt};
            if (status < 0)
                r.error = makeError(ErrorCode::RemoteFailed,
                                    tr("The command ended without an exit status (killed by a "
                                       "signal?)."));
            finishChannel(i, r, true);
            continue;
        }
        if (!c.isStream && c.timeoutMs > 0 && c.timer.elapsed() > c.timeoutMs) {
            finishChannel(i,
                          CommandResult{-1, c.out, c.err, c.timer.elapsed(),
                                        makeError(ErrorCode::Timeout,
                                                  tr("The command did not finish within %1 s.")
                                                      .arg(c.timeoutMs / 1000.0))},
                          true);
            continue;
        }
        ++i;
    }
    if (m_session && !ssh_is_connected(m_session)) {
        connectionLost(tr("Connection to %1 lost.").arg(m_nodeName));
        return;
    }
    if (m_channels.empty())
        m_pumpTimer->stop();
}

void SshWorker::finishChannel(size_t index, CommandResult result, bool sendSignal)
{
    Channel c = std::move(m_channels[index]);
    m_channels.erase(m_channels.begin() + static_cast<std::ptrdiff_t>(index));
    if (ssh_channel_is_open(c.channel) && !ssh_channel_is_eof(c.channel)) {
        // No pty, so closing the channel alone would leave the remote process running until
        // it next writes; ask sshd to deliver SIGTERM first.
        ssh_channel_request_send_signal(c.channel, "TERM");
    }
    if (ssh_channel_is_open(c.channel))
        ssh_channel_close(c.channel);
    ssh_channel_free(c.channel);
    if (sendSignal)
        emit finished(c.id, result, true);
}

void SshWorker::failAll(ErrorCode code, const QString &message)
{
    std::vector<Channel> channels = std::move(m_channels);
    m_channels.clear();
    for (Channel &c : channels) {
        if (m_session && ssh_is_connected(m_session) && ssh_channel_is_open(c.channel)) {
            ssh_channel_request_send_signal(c.channel, "TERM");
            ssh_channel_close(c.channel);
        }
        ssh_channel_free(c.channel);
        emit finished(c.id,
                      CommandResult{-1, c.out, c.err, c.timer.elapsed(), makeError(code, message)},
                      true);
    }
    m_pumpTimer->stop();
}

void SshWorker::cancel(quint64 id)
{
    for (size_t i = 0; i < m_channels.size(); ++i) {
        if (m_channels[i].id == id) {
            Channel &c = m_channels[i];
            finishChannel(i,
                          CommandResult{-1, c.out, c.err, c.timer.elapsed(),
                                        makeError(ErrorCode::Cancelled, tr("Cancelled."))},
                          true);
            return;
        }
    }
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->id == id) {
            m_pending.erase(it);
            emit finished(
                id, CommandResult{-1, {}, {}, 0, makeError(ErrorCode::Cancelled, tr("Cancelled."))},
                false);
            return;
        }
    }
}

void SshWorker::idlePoll()
{
    if (!m_session)
        return;
    // Lets libssh read what arrived while no channel is open (EOF, server messages), so a
    // closed connection is seen at once instead of at the next command.
    ssh_event event = ssh_event_new();
    if (event) {
        ssh_event_add_session(event, m_session);
        ssh_event_dopoll(event, 0);
        ssh_event_remove_session(event, m_session);
        ssh_event_free(event);
    }
    if (!ssh_is_connected(m_session))
        connectionLost(tr("Connection to %1 lost.").arg(m_nodeName));
}

void SshWorker::keepalive()
{
    if (m_state != State::Connected || !m_session)
        return;
    // keepalive@openssh.com wants a reply, so a peer whose kernel still ACKs but whose sshd
    // (or whole userland) hangs is caught too; TCP keepalive/TCP_USER_TIMEOUT cover a dead
    // link. The probe gets its own short timeout; libssh does not report a missing reply, so
    // running into that timeout is the signal.
    const long probeSeconds = kKeepaliveReplyMs / 1000, zero = 0;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &probeSeconds);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT_USEC, &zero);
    QElapsedTimer clock;
    clock.start();
    ssh_send_keepalive(m_session);
    const qint64 took = clock.elapsed();
    const long seconds = m_endpoint.connectTimeoutMs / 1000;
    const long usec = (m_endpoint.connectTimeoutMs % 1000) * 1000L;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT_USEC, &usec);
    if (!ssh_is_connected(m_session)) {
        connectionLost(tr("Connection to %1 lost: %2").arg(m_nodeName, sessionError()));
        return;
    }
    if (took >= kKeepaliveReplyMs - 100) {
        connectionLost(tr("%1 did not answer a keepalive within %2 s.")
                           .arg(m_nodeName)
                           .arg(kKeepaliveReplyMs / 1000));
        return;
    }
    if (m_channels.empty())
        idlePoll();
    else
        pump();
}

} // namespace ha
