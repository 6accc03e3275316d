#pragma once
// Follows one log (a file via `tail -F`, or journald via `journalctl -f -o json`) of one node over
// that node's already open NodeSession and hands parsed entries on. Survives reconnects without
// gaps or duplicates: after the session comes back the tail restarts with a backlog that overlaps
// what was delivered, and the LogFollow de-duplicators drop the overlap.
#include "logs/logfollow.h"
#include "logs/logstream.h"
#include "ssh/nodesession.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <limits>
#include <optional>

namespace ha::logsource {

struct FollowOptions
{
    QString path;         // file to tail; empty: follow journald
    QStringList units;    // journald units (empty: all)
    int backlogLines = 5000; // replayed on every restart (the de-dup overlap)
    int initialLines = 100000; // read on the first start to fill the time window
    qint64 sinceUs = std::numeric_limits<qint64>::min(); // initial window: older entries are skipped
    bool follow = true; // false: read the window once and end (finished() then)
    logs::StreamOptions stream;
};

class LogFollower : public QObject
{
    Q_OBJECT
public:
    LogFollower(NodeSession *session, FollowOptions options, QObject *parent = nullptr);
    ~LogFollower() override;

    const FollowOptions &options() const { return m_options; }
    void start();
    void stop();
    bool isRunning() const { return m_streamId != 0; }
    bool hasEnded() const { return m_ended; } // a non-following read is complete
    int restarts() const { return m_restarts; }
    qint64 droppedDuplicates() const;
    qint64 deliveredLines() const { return m_delivered; }

Q_SIGNALS:
    void entriesReady(const QList<ha::logs::LogEntry> &entries);
    // problem: something the operator should hear of (not "following", "read")
    void statusChanged(const QString &status, bool problem);
    void ended(); // only without follow: everything there was is delivered
    void settled(); // output paused (the backlog is in, or a burst ended)

private:
    void launch();
    void onOutput(quint64 id, const QByteArray &chunk);
    void onFinished(quint64 id, const ha::CommandResult &result);
    void onState(ha::NodeSession::State state);
    void deliver(const QList<QByteArray> &lines);
    void releaseHeldLines();
    RemoteCommand command() const;

    QPointer<NodeSession> m_session;
    FollowOptions m_options;
    logs::LogStream m_stream;
    logs::TailDeduplicator m_tailDedup;
    logs::JournalDeduplicator m_journalDedup;
    QByteArray m_partial;
    QTimer *m_settle = nullptr; // releases lines the de-duplicator holds when the stream goes quiet
    bool m_ended = false;
    quint64 m_streamId = 0;
    qint64 m_lastTimeUs = 0; // journald restart point (--since)
    qint64 m_journalDropped = 0;
    qint64 m_delivered = 0;
    int m_restarts = 0;
    bool m_wanted = false;
    bool m_initial = true; // still in the first load: the time window applies
};

} // namespace ha::logsource

namespace ha::logsource {
// The format a log file is written in, from its name; Unknown when only its lines can tell
// (syslog may be RFC 3164 or rsyslog's RFC 3339 format).
logs::LogFormat formatForPath(const QString &path);
}
