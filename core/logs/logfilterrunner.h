#pragma once
// Runs a LogMatcher over a snapshot of the store on a worker thread. Starting a run cancels the
// one in progress; a cancelled (stale) run stops within one chunk and its results are never
// delivered.

#include "logfilter.h"
#include "logstore.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace ha::logs {

// The matching loop itself (also used synchronously for small live appends). Returns nothing if
// cancel was set before it finished; checks it every few thousand entries.
std::optional<QList<qint64>> filterRange(const LogSnapshot &snapshot, const LogMatcher &matcher,
                                         qint64 from, qint64 to,
                                         const std::atomic<bool> *cancel = nullptr);

class LogFilterRunner : public QObject
{
    Q_OBJECT
public:
    explicit LogFilterRunner(QObject *parent = nullptr);
    ~LogFilterRunner() override; // cancels and waits for its worker

    // Matches absolute indices [from, to) of the snapshot. Returns the run's id.
    quint64 start(LogSnapshot snapshot, std::shared_ptr<const LogMatcher> matcher, qint64 from,
                  qint64 to);
    void cancel();
    bool isRunning() const { return m_running; }
    quint64 currentRun() const { return m_runId; }

Q_SIGNALS:
    // Only for the latest run; matches are absolute indices, ascending.
    void finished(quint64 runId, const QList<qint64> &matches, qint64 from, qint64 to);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_runId = 0;
    bool m_running = false;
};

} // namespace ha::logs
