#pragma once
// The entries of the merged timeline, bounded: a ring of fixed-size blocks. Appending past the
// cap evicts from the head. Every entry has an absolute index (never reused) so that filter
// results and selections survive eviction; row = absolute index - firstIndex().
//
// Blocks are shared with snapshots: a filter running on a worker thread reads a snapshot while
// the UI thread keeps appending (new entries go to slots the snapshot does not cover) and
// evicting (an evicted block lives on until the last snapshot holding it is gone).

#include "logentry.h"

#include <QObject>

#include <deque>
#include <memory>
#include <vector>

namespace ha::logs {

class LogStore;

class LogSnapshot
{
public:
    LogSnapshot() = default;
    qint64 firstIndex() const { return m_first; }
    qint64 endIndex() const { return m_end; }
    qsizetype size() const { return static_cast<qsizetype>(m_end - m_first); }
    const LogEntry &at(qint64 absoluteIndex) const; // firstIndex() <= index < endIndex()

private:
    friend class LogStore;
    struct Block;
    std::vector<std::shared_ptr<const Block>> m_blocks;
    qint64 m_firstBlockBase = 0;
    qint64 m_first = 0;
    qint64 m_end = 0;
};

class LogStore : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kDefaultCapacity = 1000000;

    explicit LogStore(qsizetype capacity = kDefaultCapacity, QObject *parent = nullptr);
    ~LogStore() override;

    qsizetype capacity() const { return m_capacity; }
    void setCapacity(qsizetype capacity); // evicts at once if it shrinks
    qsizetype size() const { return static_cast<qsizetype>(m_end - m_first); }
    qint64 firstIndex() const { return m_first; }
    qint64 endIndex() const { return m_end; }
    const LogEntry &at(qsizetype row) const { return entry(m_first + row); }
    const LogEntry &entry(qint64 absoluteIndex) const;

    // Appends in order. If the batch alone exceeds the cap only its newest entries are kept.
    void append(std::vector<LogEntry> &&batch);
    void clear();

    LogSnapshot snapshot() const;

Q_SIGNALS:
    // Rows are current row numbers. Eviction is announced before the append that causes it.
    void aboutToEvict(qsizetype count);
    void evicted(qsizetype count);
    void aboutToAppend(qsizetype firstRow, qsizetype lastRow);
    void appended(qsizetype firstRow, qsizetype lastRow);
    void aboutToClear();
    void cleared();

private:
    void evict(qsizetype count);

    using Block = LogSnapshot::Block;
    std::deque<std::shared_ptr<Block>> m_blocks;
    qint64 m_firstBlockBase = 0; // absolute index of the first slot of m_blocks.front()
    qint64 m_first = 0;
    qint64 m_end = 0;
    qsizetype m_capacity;
};

} // namespace ha::logs
