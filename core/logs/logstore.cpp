#include "logstore.h"

namespace ha::logs {

namespace {
constexpr qint64 kBlockSize = 8192;
}

// Slots are constructed once; an entry is written once, before the store publishes it.
struct LogSnapshot::Block
{
    std::unique_ptr<LogEntry[]> items{new LogEntry[kBlockSize]};
};

const LogEntry &LogSnapshot::at(qint64 absoluteIndex) const
{
    const qint64 rel = absoluteIndex - m_firstBlockBase;
    return m_blocks[static_cast<size_t>(rel / kBlockSize)]->items[rel % kBlockSize];
}

LogStore::LogStore(qsizetype capacity, QObject *parent)
    : QObject(parent), m_capacity(qMax<qsizetype>(1, capacity))
{
}

LogStore::~LogStore() = default;

const LogEntry &LogStore::entry(qint64 absoluteIndex) const
{
    const qint64 rel = absoluteIndex - m_firstBlockBase;
    return m_blocks[static_cast<size_t>(rel / kBlockSize)]->items[rel % kBlockSize];
}

void LogStore::setCapacity(qsizetype capacity)
{
    m_capacity = qMax<qsizetype>(1, capacity);
    if (size() > m_capacity)
        evict(size() - m_capacity);
}

void LogStore::evict(qsizetype count)
{
    if (count <= 0)
        return;
    Q_EMIT aboutToEvict(count);
    m_first += count;
    // Whole dead blocks go now; a snapshot may still hold them.
    while (!m_blocks.empty() && m_firstBlockBase + kBlockSize <= m_first) {
        m_blocks.pop_front();
        m_firstBlockBase += kBlockSize;
    }
    Q_EMIT evicted(count);
}

void LogStore::append(std::vector<LogEntry> &&batch)
{
    if (batch.empty())
        return;
    auto begin = batch.begin();
    const qsizetype skip = static_cast<qsizetype>(batch.size()) - m_capacity;
    if (skip > 0) {
        // Entries that would be evicted at once are never stored but still get their indices.
        begin += skip;
        evict(size());
        m_blocks.clear();
        m_end += skip;
        m_first = m_end;
    }
    const qsizetype incoming = static_cast<qsizetype>(batch.end() - begin);
    const qsizetype overflow = size() + incoming - m_capacity;
    if (overflow > 0)
        evict(overflow);

    const qsizetype firstRow = size();
    Q_EMIT aboutToAppend(firstRow, firstRow + incoming - 1);
    for (auto it = begin; it != batch.end(); ++it) {
        if (m_blocks.empty())
            m_firstBlockBase = m_end - m_end % kBlockSize;
        const qint64 rel = m_end - m_firstBlockBase;
        if (rel / kBlockSize >= static_cast<qint64>(m_blocks.size()))
            m_blocks.push_back(std::make_shared<Block>());
        m_blocks[static_cast<size_t>(rel / kBlockSize)]->items[rel % kBlockSize] = std::move(*it);
        ++m_end;
    }
    Q_EMIT appended(firstRow, firstRow + incoming - 1);
}

void LogStore::clear()
{
    Q_EMIT aboutToClear();
    m_blocks.clear();
    m_first = m_end;
    m_firstBlockBase = m_end - m_end % kBlockSize;
    Q_EMIT cleared();
}

LogSnapshot LogStore::snapshot() const
{
    LogSnapshot s;
    s.m_blocks.assign(m_blocks.begin(), m_blocks.end());
    s.m_firstBlockBase = m_firstBlockBase;
    s.m_first = m_first;
    s.m_end = m_end;
    return s;
}

} // namespace ha::logs
