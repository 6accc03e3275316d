#include "nodewatcher.h"

#include "cluster/constraintsparser.h"
#include "cluster/corosyncstatus.h"
#include "cluster/crmmonparser.h"
#include "profile/secretstore.h"
#include "ssh/commandtemplates.h"

namespace ha {

NodeWatcher::NodeWatcher(const ClusterProfile &profile, const NodeProfile &node, AuditLog *audit,
                         SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_node(node)
    , m_secretKey(profile.sshSecretKey(node.name))
    , m_secrets(secrets)
{
    m_view.node = node.name;
    m_session = new NodeSession(node.name, endpointFor(profile, node), audit, this);
    connect(m_session, &NodeSession::stateChanged, this, &NodeWatcher::onState);
    connect(m_session, &NodeSession::output, this, &NodeWatcher::onOutput);
    connect(m_session, &NodeSession::finished, this, &NodeWatcher::onFinished);
    connect(m_session, &NodeSession::hostKeyUnknown, this, &NodeWatcher::hostKeyUnknown);
    connect(m_session, &NodeSession::hostKeyRejected, this, &NodeWatcher::hostKeyRejected);

    m_linkTimer.setSingleShot(false);
    connect(&m_linkTimer, &QTimer::timeout, this, &NodeWatcher::pollLinks);
    connect(&m_safetyTimer, &QTimer::timeout, this, &NodeWatcher::fetchStatus);
    m_watchRestart.setSingleShot(true);
    connect(&m_watchRestart, &QTimer::timeout, this, &NodeWatcher::startWatch);
    m_burstTimer.setSingleShot(true);
    connect(&m_burstTimer, &QTimer::timeout, this, &NodeWatcher::fetchStatus);
}

NodeWatcher::~NodeWatcher() = default;

SshEndpoint NodeWatcher::endpointFor(const ClusterProfile &profile, const NodeProfile &node)
{
    SshEndpoint ep;
    ep.host = node.address;
    ep.port = node.port;
    ep.user = node.user;
    switch (node.auth) {
    case SshAuth::Agent: ep.auth = SshEndpoint::AuthMethod::Agent; break;
    case SshAuth::Key: ep.auth = SshEndpoint::AuthMethod::Key; break;
    case SshAuth::Password: ep.auth = SshEndpoint::AuthMethod::Password; break;
    }
    ep.identityFile = node.identityFile;
    ep.knownHostsFile = profile.knownHostsFile;
    ep.processSshConfig = profile.processSshConfig;
    ep.useSudo = node.sudo;
    ep.connectTimeoutMs = 5000;
    return ep;
}

void NodeWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    // Passwords and key passphrases come from the keyring; key files without a passphrase and
    // the agent need nothing, so a missing entry is not an error for them.
    const bool mayNeedSecret = m_node.auth == SshAuth::Password
                               || (m_node.auth == SshAuth::Key && m_secrets);
    if (m_secrets && mayNeedSecret) {
        m_secrets->read(m_secretKey, this, [this](Result<QByteArray> secret) {
            if (secret.ok()) {
                m_session->setSecret(secret.value());
                SecretStore::wipe(secret.value());
            } else if (m_node.auth == SshAuth::Password) {
                m_view.connectionMessage = secret.error().message;
            }
            openSession();
        });
        return;
    }
    openSession();
}

void NodeWatcher::openSession()
{
    if (!m_running)
        return;
    m_session->open();
}

void NodeWatcher::stop()
{
    m_running = false;
    m_linkTimer.stop();
    m_safetyTimer.stop();
    m_burstTimer.stop();
    m_watchRestart.stop();
    m_session->close();
}

void NodeWatcher::refreshNow()
{
    fetchStatus();
    pollLinks();
}

void NodeWatcher::touch()
{
    m_view.lastContact = QDateTime::currentDateTimeUtc();
}

void NodeWatcher::onState(NodeSession::State state, const QString &message)
{
    m_view.connection = state;
    m_view.connectionMessage = message;
    if (state == NodeSession::State::Connected) {
        touch();
        m_watchId = 0;
        m_statusId = m_constraintsId = m_linksId = m_quorumId = 0;
        startWatch();
        refreshNow();
        m_linkTimer.start(m_timing.linkPollMs);
        m_safetyTimer.start(m_timing.safetyPollMs);
    } else {
        m_linkTimer.stop();
        m_safetyTimer.stop();
        m_burstTimer.stop();
        m_watchRestart.stop();
    }
    emit viewChanged();
}

void NodeWatcher::startWatch()
{
    if (!m_running || m_session->state() != NodeSession::State::Connected || m_watchId)
        return;
    // crm_mon redraws at once only when its last redraw is older than the interval (in whole
    // seconds: 500 ms makes that "in an earlier second"); else it waits 2 s. The burst fetches
    // after each change cover what that still delays.
    const Result<RemoteCommand> cmd = CommandTemplates::crmMonTextWatch(500);
    if (cmd.ok())
        m_watchId = m_session->stream(cmd.value());
}

void NodeWatcher::fetchStatus()
{
    if (m_session->state() != NodeSession::State::Connected)
        return;
    if (m_statusId || m_constraintsId) {
        m_fetchAgain = true;
        return;
    }
    m_fetchAgain = false;
    m_statusId = m_session->run(m_legacyXml ? CommandTemplates::crmMonXmlLegacy()
                                            : CommandTemplates::crmMonXml(),
                                m_timing.commandTimeoutMs);
    m_constraintsId = m_session->run(CommandTemplates::cibQueryConstraints(),
                                     m_timing.commandTimeoutMs);
}

void NodeWatcher::pollLinks()
{
    if (m_session->state() != NodeSession::State::Connected || m_linksId || m_quorumId)
        return;
    m_linksId = m_session->run(CommandTemplates::corosyncLinkStatus(), m_timing.commandTimeoutMs);
    m_quorumId = m_session->run(CommandTemplates::corosyncQuorum(), m_timing.commandTimeoutMs);
}

void NodeWatcher::onOutput(quint64 id, const QByteArray &chunk)
{
    Q_UNUSED(chunk)
    if (id == m_watchId) {
        touch();
        m_sinceChange.start();
        fetchStatus();
    }
}

void NodeWatcher::onFinished(quint64 id, const CommandResult &result)
{
    if (!result.error || result.exitCode >= 0)
        touch();

    if (id == m_watchId) {
        m_watchId = 0;
        // The watch ends when Pacemaker is down (crm_mon gives up) or the channel closed; poll
        // faster meanwhile and try the watch again shortly.
        if (m_running && m_session->state() == NodeSession::State::Connected) {
            m_safetyTimer.start(m_timing.pollWithoutWatchMs);
            m_watchRestart.start(m_timing.pollWithoutWatchMs);
            fetchStatus();
        }
        return;
    }
    if (id == m_statusId) {
        m_statusId = 0;
        const QByteArray out = result.stdOut.trimmed();
        if (!m_legacyXml && result.exitCode == 64 && out.isEmpty()
            && result.stdErr.contains("output-as")) {
            // Pacemaker 2.0 knows only --as-xml.
            m_legacyXml = true;
            fetchStatus();
            return;
        }
        if (result.error && out.isEmpty()) {
            m_view.statusError = result.error->message;
        } else if (!out.startsWith('<')) {
            // crm_mon missing, or no permission: what it said is the best explanation.
            m_view.statusError = tr("crm_mon on %1 printed no status (exit code %2): %3")
                                     .arg(m_view.node)
                                     .arg(result.exitCode)
                                     .arg(QString::fromUtf8(result.stdErr.left(400)).trimmed());
        } else {
            // A stopped Pacemaker exits non-zero with a valid document that says so.
            Result<ClusterStatus> parsed = CrmMonParser::parse(out);
            if (parsed.ok()) {
                const bool changed = !m_view.status || *m_view.status != parsed.value();
                m_view.status = std::move(parsed).value();
                m_view.statusError.clear();
                m_view.lastStatus = QDateTime::currentDateTimeUtc();
                if (!changed && !m_constraintsId) {
                    // Only the freshness changed: still tell the views (age display).
                }
            } else {
                m_view.statusError = parsed.error().message;
            }
        }
        if (m_safetyTimer.interval() != m_timing.safetyPollMs && m_watchId)
            m_safetyTimer.start(m_timing.safetyPollMs);
        if (m_watchId && m_sinceChange.isValid() && m_sinceChange.elapsed() < m_timing.burstWindowMs
            && !m_burstTimer.isActive())
            m_burstTimer.start(m_timing.burstPollMs);
        emit viewChanged();
    } else if (id == m_constraintsId) {
        m_constraintsId = 0;
        if (!result.error && result.exitCode == 0) {
            m_view.constraintsXml = result.stdOut;
            Result<QList<LocationConstraint>> parsed = ConstraintsParser::parse(result.stdOut);
            if (parsed.ok())
                m_view.constraints = parsed.value();
        }
        emit viewChanged();
    } else if (id == m_linksId) {
        m_linksId = 0;
        const QByteArray text = result.error ? QByteArray() : result.stdOut + result.stdErr;
        if (text != m_view.linkText) {
            m_view.linkText = text;
            Result<CorosyncLinkStatus> parsed = CorosyncParser::parseCfgtoolStatus(QString::fromUtf8(text));
            if (parsed.ok())
                m_view.links = parsed.value();
            else
                m_view.links.reset();
            emit viewChanged();
        }
        return;
    } else if (id == m_quorumId) {
        m_quorumId = 0;
        const QByteArray text = result.error ? QByteArray() : result.stdOut + result.stdErr;
        if (text != m_view.quorumText) {
            m_view.quorumText = text;
            Result<QuorumInfo> parsed = CorosyncParser::parseQuorumtool(QString::fromUtf8(text));
            if (parsed.ok())
                m_view.quorum = parsed.value();
            else
                m_view.quorum.reset();
            emit viewChanged();
        }
        return;
    } else {
        return;
    }
    if (m_fetchAgain && !m_statusId && !m_constraintsId)
        fetchStatus();
}

} // namespace ha
