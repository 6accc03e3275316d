#include "logfollow.h"

#include "util/shellquote.h"

namespace ha::logs {

QString fileFollowCommand(const QString &path, const ResumePoint &resume, int backlogLines)
{
    const QString p = shellQuote(path);
    const QString fresh = QStringLiteral("exec tail -n %1 -F -- %2").arg(backlogLines).arg(p);
    if (resume.byteOffset < 0 || resume.inode == 0)
        return fresh;
    // tail -c +N is 1-based: start at the first byte of the last delivered line.
    const qint64 start = qMax<qint64>(0, resume.byteOffset - resume.lastLine.size() - 1) + 1;
    return QStringLiteral("if [ \"$(stat -c %i -- %1 2>/dev/null)\" = %2 ] && "
                          "[ \"$(stat -c %s -- %1)\" -ge %3 ]; then exec tail -c +%4 -F -- %1; "
                          "else %5; fi")
        .arg(p)
        .arg(resume.inode)
        .arg(resume.byteOffset)
        .arg(start)
        .arg(fresh);
}

QString journalFollowCommand(const QStringList &units, const ResumePoint &resume, const QString &since)
{
    QStringList args{QStringLiteral("journalctl"), QStringLiteral("--no-pager"),
                     QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("-f")};
    if (!resume.cursor.isEmpty())
        args << QStringLiteral("--after-cursor=") + resume.cursor;
    else
        args << QStringLiteral("--since=") + since;
    for (const QString &u : units)
        args << QStringLiteral("-u") << u;
    return shellJoin(args);
}

TailDeduplicator::TailDeduplicator(int window) : m_window(qMax(1, window)) {}

void TailDeduplicator::restore(const ResumePoint &point)
{
    m_point = point;
    m_recent.clear();
    if (!point.lastLine.isEmpty())
        m_recent.push_back(point.lastLine);
    m_resyncing = true;
    m_pending.clear();
}

void TailDeduplicator::reconnected()
{
    if (m_resyncing)
        resolve(m_ready, true); // an unfinished resync: the held lines were new
    m_resyncing = !m_recent.empty();
    m_candidates.clear();
    m_bestComplete = 0;
    m_pending.clear();
    m_pattern.assign(m_recent.begin(), m_recent.end());
    m_failure.assign(m_pattern.size(), 0);
    for (size_t i = 1, k = 0; i < m_pattern.size(); ++i) {
        while (k > 0 && m_pattern[i] != m_pattern[k])
            k = static_cast<size_t>(m_failure[k - 1]);
        if (m_pattern[i] == m_pattern[k])
            ++k;
        m_failure[i] = static_cast<qsizetype>(k);
    }
    m_matched = 0;
    m_fullMatchEnd = -1;
}

void TailDeduplicator::matchWindow(const QByteArray &line)
{
    const auto n = static_cast<qsizetype>(m_pattern.size());
    if (n == 0)
        return;
    while (m_matched > 0 && m_pattern[static_cast<size_t>(m_matched)] != line)
        m_matched = m_failure[static_cast<size_t>(m_matched - 1)];
    if (m_pattern[static_cast<size_t>(m_matched)] == line)
        ++m_matched;
    if (m_matched == n) {
        m_fullMatchEnd = m_pending.size() - 1; // the line was appended to m_pending already
        m_matched = m_failure[static_cast<size_t>(n - 1)];
    }
}

void TailDeduplicator::deliver(const QByteArray &line, QList<QByteArray> &out)
{
    out.append(line);
    m_recent.push_back(line);
    while (static_cast<int>(m_recent.size()) > m_window)
        m_recent.pop_front();
    if (m_point.byteOffset >= 0)
        m_point.byteOffset += line.size() + 1;
    m_point.lastLine = line;
    ++m_point.nextSequence;
}

QList<QByteArray> TailDeduplicator::feed(const QList<QByteArray> &lines)
{
    QList<QByteArray> out = std::exchange(m_ready, {});
    for (const QByteArray &line : lines) {
        if (!m_resyncing) {
            deliver(line, out);
            continue;
        }
        const qsizetype k = m_pending.size(); // index of this line within the replay
        const qsizetype n = static_cast<qsizetype>(m_recent.size());
        if (m_replayLines > 0) {
            // A replay may start long before the remembered window: hold all of it, then cut
            // after the last place the window (or, for a short file, its end) occurs.
            m_pending.append(line);
            matchWindow(line);
            if (k < n) {
                bool prefixMatches = true;
                for (qsizetype i = 0; i <= k && prefixMatches; ++i)
                    prefixMatches = m_recent[static_cast<size_t>(n - 1 - k + i)] == m_pending.at(i);
                if (prefixMatches)
                    m_bestComplete = k + 1;
            }
            if (m_pending.size() >= m_replayLines)
                resolve(out, true);
            continue;
        }
        if (k == 0) {
            for (qsizetype c = 0; c < n; ++c) {
                if (m_recent[static_cast<size_t>(c)] == line)
                    m_candidates.append(c);
            }
        } else {
            QList<qsizetype> still;
            for (qsizetype c : std::as_const(m_candidates)) {
                if (c + k < n && m_recent[static_cast<size_t>(c + k)] == line)
                    still.append(c);
            }
            m_candidates = still;
        }
        m_pending.append(line);
        // Candidates whose match now reaches the end of the remembered tail are complete.
        QList<qsizetype> open;
        for (qsizetype c : std::as_const(m_candidates)) {
            if (c + m_pending.size() == n)
                m_bestComplete = qMax(m_bestComplete, m_pending.size());
            else
                open.append(c);
        }
        m_candidates = open;
        if (m_candidates.isEmpty())
            resolve(out, false);
    }
    return out;
}

void TailDeduplicator::resolve(QList<QByteArray> &out, bool)
{
    // The longest complete overlap was a replay; everything held after it is new.
    if (m_fullMatchEnd >= 0)
        m_bestComplete = qMax(m_bestComplete, m_fullMatchEnd + 1);
    m_fullMatchEnd = -1;
    m_matched = 0;
    const QList<QByteArray> held = std::exchange(m_pending, {});
    m_dropped += m_bestComplete;
    m_resyncing = false;
    m_candidates.clear();
    for (qsizetype i = m_bestComplete; i < held.size(); ++i)
        deliver(held.at(i), out);
    m_bestComplete = 0;
}

QList<QByteArray> TailDeduplicator::flush()
{
    QList<QByteArray> out = std::exchange(m_ready, {});
    if (m_resyncing && !m_pending.isEmpty())
        resolve(out, true);
    return out;
}

JournalDeduplicator::JournalDeduplicator(int window) : m_window(qMax(1, window)) {}

void JournalDeduplicator::restore(const ResumePoint &point)
{
    m_point = point;
    if (!point.cursor.isEmpty())
        accept(point.cursor);
}

bool JournalDeduplicator::accept(const QString &cursor)
{
    if (cursor.isEmpty())
        return true; // nothing to key on: never drop
    if (m_seen.contains(cursor))
        return false;
    m_seen.insert(cursor, true);
    m_order.push_back(cursor);
    while (static_cast<int>(m_order.size()) > m_window) {
        m_seen.remove(m_order.front());
        m_order.pop_front();
    }
    m_point.cursor = cursor;
    ++m_point.nextSequence;
    return true;
}

} // namespace ha::logs
