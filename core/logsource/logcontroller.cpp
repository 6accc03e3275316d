#include "logcontroller.h"

#include "monitor/clustermonitor.h"
#include "monitor/nodewatcher.h"

#include <QDateTime>
#include <QFileInfo>
#include <algorithm>

namespace ha::logsource {

namespace {
// How long the first load may hold entries back waiting for slow sources.
constexpr int kInitialLoadCapMs = 5000;
}

LogController::LogController(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<logs::LogStore>())
    , m_model(std::make_unique<logs::LogModel>(m_store.get()))
    , m_filtered(std::make_unique<logs::FilteredLogModel>(m_model.get()))
    , m_candidates(defaultLogCandidates())
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(150);
    connect(&m_quiet, &QTimer::timeout, this, &LogController::flush);
    m_initialCap.setSingleShot(true);
    m_initialCap.setInterval(kInitialLoadCapMs);
    connect(&m_initialCap, &QTimer::timeout, this, &LogController::endInitialLoad);
}

LogController::~LogController()
{
    stop();
    // The filtered model watches the store: tear down in reverse order of construction.
    m_filtered.reset();
    m_model.reset();
}

void LogController::setHoldMs(int quietMs, int maxMs)
{
    m_quiet.setInterval(quietMs);
    m_maxHoldMs = maxMs;
}

void LogController::attach(ClusterMonitor *monitor)
{
    const QList<NodeWatcher *> watchers = monitor->watchers();
    for (NodeWatcher *w : watchers) {
        if (!w->session())
            continue;
        const NodeProfile *n = monitor->profile().node(w->session()->nodeName());
        addSession(w->session(), n ? n->logFiles : QStringList());
    }
}

void LogController::addSession(NodeSession *session, const QStringList &candidates)
{
    m_sessions.append(session);
    if (!candidates.isEmpty())
        m_nodeCandidates.insert(session->nodeName(), candidates);
    if (m_running)
        probe(session);
}

void LogController::start()
{
    if (m_running)
        return;
    m_running = true;
    m_initialLoad = true;
    for (const QPointer<NodeSession> &s : std::as_const(m_sessions)) {
        if (s)
            probe(s);
    }
}

void LogController::stop()
{
    m_running = false;
    m_initialLoad = false;
    m_initialCap.stop();
    m_unsettled.clear();
    for (LogFollower *f : std::as_const(m_followers)) {
        f->stop();
        f->deleteLater();
    }
    m_followers.clear();
    flush();
}

void LogController::probe(NodeSession *session)
{
    if (session->state() != NodeSession::State::Connected) {
        // Probing now would only learn "not connected": wait for the session, and say why a
        // node that cannot be reached has no log.
        auto *once = new QObject(this);
        connect(session, &NodeSession::stateChanged, once,
                [this, once, session](NodeSession::State s, const QString &message) {
                    if (!m_running) {
                        once->deleteLater();
                        return;
                    }
                    if (s == NodeSession::State::Connected) {
                        once->deleteLater();
                        probe(session);
                    } else if (s == NodeSession::State::Failed) {
                        NodeLogInfo info;
                        info.node = session->nodeName();
                        info.error = message;
                        m_infos.insert(info.node, info);
                        Q_EMIT nodeProbed(info);
                        Q_EMIT sourceStatus(info.node, QString(), message, true);
                        checkComplete();
                    }
                });
        return;
    }
    auto *p = new NodeProbe(session, m_nodeCandidates.value(session->nodeName(), m_candidates), this);
    connect(p, &NodeProbe::finished, this, [this, p, session](const NodeLogInfo &info) {
        p->deleteLater();
        onProbed(session, info);
    });
    p->start();
}

void LogController::onProbed(NodeSession *session, const NodeLogInfo &info)
{
    m_infos.insert(info.node, info);
    Q_EMIT nodeProbed(info);
    if (!m_running)
        return;
    if (!info.clockKnown) {
        Q_EMIT sourceStatus(info.node, QString(), info.error, true);
        checkComplete();
        // Connection lost during the probe: probe() waits for it to come back. Connected but
        // refused (sudo, a broken shell): try again now and then, not in a loop.
        const int delayMs = session->state() == NodeSession::State::Connected ? 30000 : 0;
        QTimer::singleShot(delayMs, this, [this, s = QPointer<NodeSession>(session)] {
            if (m_running && s)
                probe(s);
        });
        return;
    }
    if (!info.journal && info.files.isEmpty()) {
        Q_EMIT sourceStatus(info.node, QString(),
                            tr("%1 has no journald entries of the cluster and none of the log files "
                               "the console looks for.")
                                .arg(info.node),
                            true);
        checkComplete();
        return;
    }
    const qint64 sinceUs = (QDateTime::currentMSecsSinceEpoch() - qint64(m_windowSeconds) * 1000) * 1000;
    auto follow = [&](const QString &path, const QString &sourceLabel) {
        FollowOptions o;
        o.path = path;
        o.backlogLines = m_backlogLines;
        o.sinceUs = sinceUs;
        o.follow = m_follow;
        o.stream.node = info.node;
        o.stream.defaultSource = sourceLabel;
        o.stream.clock.offsetUs = info.appliedOffsetUs();
        o.stream.clock.zone = zoneFor(info);
        o.stream.clock.referenceDate = QDateTime::currentDateTimeUtc().date();
        auto *f = new LogFollower(session, o, this);
        connect(f, &LogFollower::entriesReady, this, &LogController::collect);
        connect(f, &LogFollower::ended, this, &LogController::checkComplete);
        if (m_initialLoad) {
            m_unsettled.insert(f);
            if (!m_initialCap.isActive())
                m_initialCap.start();
            const auto settledOnce = [this, f] {
                if (m_unsettled.remove(f) && m_unsettled.isEmpty())
                    endInitialLoad();
            };
            connect(f, &LogFollower::settled, this, settledOnce);
            connect(f, &LogFollower::ended, this, settledOnce);
        }
        connect(f, &LogFollower::statusChanged, this,
                [this, node = info.node, sourceLabel](const QString &s, bool problem) {
            Q_EMIT sourceStatus(node, sourceLabel, s, problem);
        });
        m_followers.append(f);
        f->start();
    };
    if (info.journal) {
        follow(QString(), QStringLiteral("journal"));
        return;
    }
    // One file per daemon: of /var/log/pacemaker.log and /var/log/pacemaker/pacemaker.log only the
    // first found (candidates are ordered); syslog carries everything else.
    QSet<QString> names;
    for (const QString &path : info.files) {
        const QString name = QFileInfo(path).completeBaseName();
        if (names.contains(name))
            continue;
        names.insert(name);
        follow(path, name);
    }
}

void LogController::endInitialLoad()
{
    if (!m_initialLoad)
        return;
    m_initialLoad = false;
    m_initialCap.stop();
    m_unsettled.clear();
    flush();
}

void LogController::collect(const QList<logs::LogEntry> &entries)
{
    if (m_pending.empty())
        m_oldestPending.start();
    m_pending.insert(m_pending.end(), entries.begin(), entries.end());
    if (m_initialLoad)
        return;
    if (m_oldestPending.elapsed() >= m_maxHoldMs)
        flush();
    else
        m_quiet.start();
}

void LogController::flush()
{
    m_quiet.stop();
    if (m_pending.empty())
        return;
    std::vector<logs::LogEntry> batch;
    batch.swap(m_pending);
    // Stable: one stream's own order wins where its clock stepped back.
    std::stable_sort(batch.begin(), batch.end(),
                     [](const logs::LogEntry &a, const logs::LogEntry &b) { return a.timeUs < b.timeUs; });
    const auto n = static_cast<qsizetype>(batch.size());
    m_store->append(std::move(batch));
    Q_EMIT appended(n);
}

bool LogController::isComplete() const
{
    if (m_follow || !m_running)
        return false;
    for (const QPointer<NodeSession> &s : m_sessions) {
        if (!s)
            continue;
        const auto it = m_infos.constFind(s->nodeName());
        if (it == m_infos.cend())
            return false;
        // Unreachable counts as done once the session gave up (or is up and the probe was
        // refused); while it is still connecting, its log may yet come.
        if (!it->clockKnown && s->state() != NodeSession::State::Failed
            && s->state() != NodeSession::State::Connected)
            return false;
    }
    for (const LogFollower *f : m_followers) {
        if (!f->hasEnded())
            return false;
    }
    return true;
}

QStringList LogController::unreachable() const
{
    QStringList out;
    for (auto it = m_infos.cbegin(); it != m_infos.cend(); ++it) {
        if (!it->clockKnown)
            out << it->node;
    }
    return out;
}

void LogController::checkComplete()
{
    if (!isComplete())
        return;
    flush();
    Q_EMIT completed();
}

QList<NodeLogInfo> LogController::nodeInfos() const
{
    return m_infos.values();
}

qint64 LogController::duplicatesDropped() const
{
    qint64 n = 0;
    for (const LogFollower *f : m_followers)
        n += f->droppedDuplicates();
    return n;
}

} // namespace ha::logsource
