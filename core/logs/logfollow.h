#pragma once
// Bookkeeping for following a node's log live across reconnects, without gaps or duplicates.
// Per node+source a ResumePoint says where to pick up (journald cursor, or file inode + byte
// offset + the last line); the follow commands replay a little overlap on purpose and the
// de-duplicators drop what was already delivered.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
#include <vector>

namespace ha::logs {

struct ResumePoint
{
    QString cursor;          // journald: __CURSOR of the last delivered entry
    qint64 byteOffset = -1;  // file: offset just after the last delivered line (-1: unknown)
    quint64 inode = 0;       // file: inode the offset belongs to (0: unknown)
    QByteArray lastLine;     // file: the last delivered line, replayed on resume to check the offset
    quint64 nextSequence = 1;

    bool isSet() const { return !cursor.isEmpty() || byteOffset >= 0; }
};

// Shell command (for an SSH channel) that follows a file from the resume point: replays the last
// delivered line when the inode is unchanged, else (rotated or unknown) starts with the last
// `backlogLines` lines of the current file.
QString fileFollowCommand(const QString &path, const ResumePoint &resume, int backlogLines = 1000);

// journalctl following the given units (empty: all) as JSON, after the cursor if there is one,
// else since `since` (a journalctl time such as "-1h" or "2026-11-25 09:00:00").
QString journalFollowCommand(const QStringList &units, const ResumePoint &resume,
                             const QString &since = QStringLiteral("-1h"));

// De-duplicates a line-oriented tail (tail -F) across reconnects. Remembers the last `window`
// delivered lines; after reconnected(), incoming lines that continue that remembered tail are
// dropped. While the overlap is still ambiguous lines are held back; flush() releases them.
class TailDeduplicator
{
public:
    explicit TailDeduplicator(int window = 512);

    void restore(const ResumePoint &point); // continue from a saved point (fills the window)
    // How many lines a restart replays (`tail -n N`). When set, a replay longer than the
    // remembered window is handled: the replay is held until N lines are in (or flush()), and
    // the last place the whole remembered window occurs in it marks where the new lines begin.
    void setReplayLines(int lines) { m_replayLines = lines; }
    void reconnected();
    // Returns the lines to deliver, in order.
    QList<QByteArray> feed(const QList<QByteArray> &lines);
    QList<QByteArray> flush();
    ResumePoint resumePoint() const { return m_point; }
    qint64 droppedLines() const { return m_dropped; }

private:
    void deliver(const QByteArray &line, QList<QByteArray> &out);
    void resolve(QList<QByteArray> &out, bool final);
    void matchWindow(const QByteArray &line); // KMP step over the remembered window

    int m_window;
    std::deque<QByteArray> m_recent;
    bool m_resyncing = false;
    QList<QByteArray> m_pending;   // held while the overlap is ambiguous
    QList<QByteArray> m_ready;     // resolved by reconnected(), returned by the next feed()/flush()
    QList<qsizetype> m_candidates; // window positions the pending lines still match from
    qsizetype m_bestComplete = 0;  // longest overlap that reached the end of the window
    int m_replayLines = 0;
    std::vector<QByteArray> m_pattern; // the remembered window at reconnect
    std::vector<qsizetype> m_failure;  // KMP failure function of m_pattern
    qsizetype m_matched = 0;           // pattern lines matched so far
    qsizetype m_fullMatchEnd = -1;     // pending index where the whole window last ended
    ResumePoint m_point;
    qint64 m_dropped = 0;
};

// De-duplicates journald entries by cursor (a reconnect with --after-cursor should not replay,
// but a restart with --since does).
class JournalDeduplicator
{
public:
    explicit JournalDeduplicator(int window = 4096);
    bool accept(const QString &cursor); // false if seen before
    ResumePoint resumePoint() const { return m_point; }
    void restore(const ResumePoint &point);

private:
    int m_window;
    QHash<QString, bool> m_seen;
    std::deque<QString> m_order;
    ResumePoint m_point;
};

} // namespace ha::logs
