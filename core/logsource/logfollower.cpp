#include "logfollower.h"

#include "ssh/commandtemplates.h"

#include <QTimer>

namespace ha::logsource {

namespace {
constexpr int kRetryMs = 1000; // the stream ended while the session stayed up (file missing, ...)

logs::StreamOptions streamOptionsFor(const FollowOptions &o)
{
    logs::StreamOptions s = o.stream;
    if (o.path.isEmpty())
        s.format = logs::LogFormat::JournalJson;
    return s;
}
}

LogFollower::LogFollower(NodeSession *session, FollowOptions options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(std::move(options))
    , m_stream(streamOptionsFor(m_options))
{
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
        auto cmd = CommandTemplates::tailLog(m_options.path, m_options.backlogLines, true);
        return cmd ? *cmd : RemoteCommand();
    }
    JournalQuery q;
    q.units = m_options.units;
    q.json = true;
    q.follow = true;
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
        Q_EMIT statusChanged(tr("%1 cannot be followed (not an allowed log path).").arg(m_options.path));
        m_wanted = false;
        return;
    }
    m_partial.clear();
    m_streamId = m_session->stream(cmd);
    Q_EMIT statusChanged(tr("following"));
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
    deliver(m_options.path.isEmpty() ? lines : m_tailDedup.feed(lines));
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
        e.timeUs -= m_offsetUs;
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
    if (!m_partial.isEmpty()) {
        // A line cut by the lost connection is replayed whole by the restart's backlog.
        m_partial.clear();
    }
    m_initial = false;
    if (!m_wanted)
        return;
    ++m_restarts;
    m_tailDedup.reconnected();
    Q_EMIT statusChanged(result.error ? result.error->message
                                      : tr("log stream ended (exit %1); restarting").arg(result.exitCode));
    if (m_session && m_session->state() == NodeSession::State::Connected)
        QTimer::singleShot(kRetryMs, this, &LogFollower::launch);
}

} // namespace ha::logsource
