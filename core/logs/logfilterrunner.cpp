#include "logfilterrunner.h"

#include <QRunnable>

namespace ha::logs {

std::optional<QList<qint64>> filterRange(const LogSnapshot &snapshot, const LogMatcher &matcher,
                                         qint64 from, qint64 to, const std::atomic<bool> *cancel)
{
    constexpr qint64 kChunk = 4096;
    from = qMax(from, snapshot.firstIndex());
    to = qMin(to, snapshot.endIndex());
    QList<qint64> out;
    if (matcher.matchesEverything() && from < to)
        out.reserve(to - from);
    for (qint64 chunk = from; chunk < to; chunk += kChunk) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return std::nullopt;
        const qint64 end = qMin(to, chunk + kChunk);
        for (qint64 i = chunk; i < end; ++i) {
            if (matcher.matches(snapshot.at(i)))
                out.append(i);
        }
    }
    if (cancel && cancel->load(std::memory_order_relaxed))
        return std::nullopt;
    return out;
}

LogFilterRunner::LogFilterRunner(QObject *parent) : QObject(parent)
{
    // One worker: a new run waits at most one chunk for the stale one to notice its cancel flag.
    m_pool.setMaxThreadCount(1);
}

LogFilterRunner::~LogFilterRunner()
{
    cancel();
    m_pool.waitForDone();
}

void LogFilterRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_running = false;
}

quint64 LogFilterRunner::start(LogSnapshot snapshot, std::shared_ptr<const LogMatcher> matcher,
                               qint64 from, qint64 to)
{
    cancel();
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = flag;
    const quint64 id = ++m_runId;
    m_running = true;
    m_pool.start([this, id, flag, snapshot = std::move(snapshot), matcher = std::move(matcher), from, to] {
        std::optional<QList<qint64>> result = filterRange(snapshot, *matcher, from, to, flag.get());
        if (!result)
            return;
        // Queued to this object's thread; dropped there if a newer run started meanwhile.
        QMetaObject::invokeMethod(
            this,
            [this, id, from, to, matches = std::move(*result)] {
                if (id != m_runId)
                    return;
                m_running = false;
                Q_EMIT finished(id, matches, from, to);
            },
            Qt::QueuedConnection);
    });
    return id;
}

} // namespace ha::logs
