#include "logcontroller.h"

#include "monitor/clustermonitor.h"
#include "monitor/nodewatcher.h"

#include <QDateTime>
#include <QFileInfo>
#include <algorithm>

namespace ha::logsource {

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
        if (w->session())
            addSession(w->session());
    }
}

void LogController::addSession(NodeSession *session)
{
    m_sessions.append(session);
    if (m_running)
        probe(session);
}

void LogController::start()
{
    if (m_running)
        return;
    m_running = true;
    for (const QPointer<NodeSession> &s : std::as_const(m_sessions)) {
        if (s)
            probe(s);
    }
}

void LogController::stop()
{
    m_running = false;
    for (LogFollower *f : std::as_const(m_followers)) {
        f->stop();
        f->deleteLater();
    }
    m_followers.clear();
    flush();
}

void LogController::probe(NodeSession *session)
{
    auto *p = new NodeProbe(session, m_candidates, this);
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
    const qint64 sinceUs = (QDateTime::currentMSecsSinceEpoch() - qint64(m_windowSeconds) * 1000) * 1000;
    auto follow = [&](const QString &path, const QString &sourceLabel) {
        FollowOptions o;
        o.path = path;
        o.backlogLines = m_backlogLines;
        o.sinceUs = sinceUs;
        o.stream.node = info.node;
        o.stream.defaultSource = sourceLabel;
        o.stream.clock.offsetUs = info.clockOffsetUs;
        o.stream.clock.referenceDate = QDateTime::currentDateTimeUtc().date();
        auto *f = new LogFollower(session, o, this);
        f->setClockOffsetUs(info.clockOffsetUs);
        connect(f, &LogFollower::entriesReady, this, &LogController::collect);
        connect(f, &LogFollower::statusChanged, this, [this, node = info.node, sourceLabel](const QString &s) {
            Q_EMIT sourceStatus(node, sourceLabel, s);
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

void LogController::collect(const QList<logs::LogEntry> &entries)
{
    if (m_pending.empty())
        m_oldestPending.start();
    m_pending.insert(m_pending.end(), entries.begin(), entries.end());
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
