#include "logfollower.h"

#include "ssh/commandtemplates.h"

#include <QTimer>

#include <algorithm>

namespace ha::logsource {

namespace {
constexpr int kRetryMs = 1000; // the stream ended while the session stayed up (file missing, ...)

constexpr int kSettleMs = 500;

logs::StreamOptions streamOptionsFor(const FollowOptions &o)
{
    logs::StreamOptions s = o.stream;
    if (o.path.isEmpty())
        s.format = logs::LogFormat::JournalJson;
    else if (s.format == logs::LogFormat::Unknown)
        s.format = formatForPath(o.path);
    return s;
}
}

logs::LogFormat formatForPath(const QString &path)
{
    const QString name = path.section(u'/', -1);
    if (name.startsWith(QLatin1String("pacemaker")) || name == QLatin1String("ha-log")
        || name == QLatin1String("ha-debug"))
        return logs::LogFormat::PacemakerLog;
    if (name.startsWith(QLatin1String("corosync")))
        return logs::LogFormat::CorosyncLog;
    if (path.startsWith(QLatin1String("/var/log/mysql/")) || path.startsWith(QLatin1String("/var/log/mariadb/")))
        return logs::LogFormat::MariaDbLog;
    return logs::LogFormat::Unknown;
}

LogFollower::LogFollower(NodeSession *session, FollowOptions options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(std::move(options))
    , m_stream(streamOptionsFor(m_options))
    , m_settle(new QTimer(this))
{
    m_tailDedup.setReplayLines(m_options.backlogLines);
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, &LogFollower::releaseHeldLines);
    connect(session, &NodeSession::output, this, &LogFollower::onOutput);
    connect(session, &NodeSession::finished, this, &LogFollower::onFinished);
    connect(session, &NodeSession::stateChanged, this,
            [this](NodeSession::State s, const QString &) { onState(s); });
}

LogFollower::~LogFollower()
{
    stop();
}

qint64 LogFollower::droppedDuplicates() const
{
    return m_tailDedup.droppedLines() + m_journalDropped;
}

RemoteCommand LogFollower::command() const
{
    if (!m_options.path.isEmpty()) {
        // The first start reads back far enough for the time window; restarts only need the
        // overlap the de-duplicator recognises.
        const int lines = m_restarts == 0 && m_initial ? std::max(m_options.initialLines, m_options.backlogLines)
                                                       : m_options.backlogLines;
        auto cmd = CommandTemplates::tailLog(m_options.path, lines, m_options.follow);
        return cmd ? *cmd : RemoteCommand();
    }
    JournalQuery q;
    q.units = m_options.units;
    q.json = true;
    q.follow = m_options.follow;
    // journalctl has no cursor option in the templates: restart a second before the last entry
    // and let the cursor de-duplicator drop what was already seen.
    if (m_lastTimeUs > 0)
        q.since = QStringLiteral("@") + QString::number(m_lastTimeUs / 1000000 - 1);
    else if (m_options.sinceUs > std::numeric_limits<qint64>::min())
        q.since = QStringLiteral("@") + QString::number(m_options.sinceUs / 1000000);
    else
        q.lines = m_options.backlogLines;
    auto cmd = CommandTemplates::journal(q);
    return cmd ? *cmd : RemoteCommand();
}

void LogFollower::start()
{
    m_wanted = true;
    launch();
}

void LogFollower::stop()
{
    m_wanted = false;
    m_settle->stop();
    if (m_streamId != 0 && m_session)
        m_session->cancel(m_streamId);
    m_streamId = 0;
}

void LogFollower::launch()
{
    if (!m_wanted || m_streamId != 0 || !m_session)
        return;
    const RemoteCommand cmd = command();
    if (!cmd.isValid()) {
        Q_EMIT statusChanged(tr("%1 cannot be followed (not an allowed log path).").arg(m_options.path), true);
        m_wanted = false;
        return;
    }
    m_partial.clear();
    m_streamId = m_session->stream(cmd);
    Q_EMIT statusChanged(m_options.follow ? tr("following") : tr("reading"), false);
}

void LogFollower::onState(NodeSession::State state)
{
    if (state == NodeSession::State::Connected && m_wanted && m_streamId == 0)
        launch();
}

void LogFollower::onOutput(quint64 id, const QByteArray &chunk)
{
    if (id != m_streamId || id == 0)
        return;
    m_partial.append(chunk);
    QList<QByteArray> lines;
    qsizetype from = 0;
    for (qsizetype nl = m_partial.indexOf('\n'); nl >= 0; nl = m_partial.indexOf('\n', from)) {
        lines.append(m_partial.mid(from, nl - from));
        from = nl + 1;
    }
    m_partial.remove(0, from);
    if (lines.isEmpty())
        return;
    // Until the format is known (not from the file name): the first batch of a tail is its
    // backlog, enough lines to tell it by; a new, nearly empty file may not tell, then later
    // batches try again. A no-op once known.
    m_stream.detect(lines);
    deliver(m_options.path.isEmpty() ? lines : m_tailDedup.feed(lines));
    m_settle->start();
}

void LogFollower::releaseHeldLines()
{
    if (!m_options.path.isEmpty()) {
        const QList<QByteArray> held = m_tailDedup.flush();
        if (!held.isEmpty())
            deliver(held);
    }
    Q_EMIT settled();
}

void LogFollower::deliver(const QList<QByteArray> &lines)
{
    QList<logs::LogEntry> out;
    out.reserve(lines.size());
    for (const QByteArray &line : lines) {
        // tail -F announces truncation/replacement on stderr, never on stdout, so every stdout
        // line is log content.
        logs::LogEntry e = m_stream.parseLine(line);
        if (m_options.path.isEmpty()) {
            const QString &cursor = m_stream.lastCursor();
            if (!cursor.isEmpty() && !m_journalDedup.accept(cursor)) {
                ++m_journalDropped;
                continue;
            }
            if (e.parsed)
                m_lastTimeUs = e.timeUs;
        }
        e.timeUs -= m_options.stream.clock.offsetUs; // node clock to workstation clock
        ++m_delivered;
        if (m_initial && e.timeUs < m_options.sinceUs)
            continue;
        out.append(std::move(e));
    }
    if (!out.isEmpty())
        Q_EMIT entriesReady(out);
}

void LogFollower::onFinished(quint64 id, const CommandResult &result)
{
    if (id != m_streamId || id == 0)
        return;
    m_streamId = 0;
    if (!m_options.follow && m_wanted && (result.ok() || !result.error)) {
        // A file's last line may lack its newline: it is still a line.
        if (!m_partial.isEmpty())
            deliver(m_options.path.isEmpty() ? QList<QByteArray>{m_partial} : m_tailDedup.feed({m_partial}));
        m_partial.clear();
        releaseHeldLines();
        m_initial = false;
        m_wanted = false;
        m_ended = true;
        Q_EMIT statusChanged(result.ok() ? tr("read") : tr("read (exit %1)").arg(result.exitCode), !result.ok());
        Q_EMIT ended();
        return;
    }
    // A line cut by the lost connection is replayed whole by the restart's backlog.
    m_partial.clear();
    m_initial = false;
    if (!m_wanted)
        return;
    ++m_restarts;
    m_tailDedup.reconnected();
    Q_EMIT statusChanged(result.error ? result.error->message
                                      : tr("log stream ended (exit %1); restarting").arg(result.exitCode),
                         true);
    if (m_session && m_session->state() == NodeSession::State::Connected)
        QTimer::singleShot(kRetryMs, this, &LogFollower::launch);
}

} // namespace ha::logsource
