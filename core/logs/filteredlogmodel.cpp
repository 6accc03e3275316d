#include "filteredlogmodel.h"

#include "logexport.h"
#include "logmodel.h"
#include "logstore.h"

#include <algorithm>

namespace ha::logs {

FilteredLogModel::FilteredLogModel(LogModel *source, QObject *parent)
    : QAbstractProxyModel(parent),
      m_store(source->store()),
      m_matcher(std::make_shared<const LogMatcher>())
{
    setSourceModel(source);
    connect(m_store, &LogStore::aboutToEvict, this, &FilteredLogModel::onAboutToEvict);
    connect(m_store, &LogStore::appended, this, [this] { onAppended(); });
    connect(m_store, &LogStore::aboutToClear, this, [this] {
        m_runner.cancel();
        m_fullRun = 0;
        beginResetModel();
        m_rows.clear();
    });
    connect(m_store, &LogStore::cleared, this, [this] {
        m_scannedEnd = m_store->endIndex();
        endResetModel();
    });
    connect(&m_runner, &LogFilterRunner::finished, this, &FilteredLogModel::onFinished);
    // Everything already in the store is shown until a filter is set.
    m_rows.reserve(m_store->size());
    for (qint64 i = m_store->firstIndex(); i < m_store->endIndex(); ++i)
        m_rows.append(i);
    m_scannedEnd = m_store->endIndex();
}

void FilteredLogModel::setFilter(const LogFilterSpec &spec)
{
    m_matcher = std::make_shared<const LogMatcher>(spec);
    const qint64 end = m_store->endIndex();
    m_fullRun = m_runner.start(m_store->snapshot(), m_matcher, m_store->firstIndex(), end);
    Q_EMIT filteringStarted();
}

void FilteredLogModel::onFinished(quint64 runId, const QList<qint64> &matches, qint64, qint64 to)
{
    const qint64 first = m_store->firstIndex();
    auto alive = std::lower_bound(matches.cbegin(), matches.cend(), first);
    if (runId == m_fullRun) {
        m_fullRun = 0;
        beginResetModel();
        m_rows = QList<qint64>(alive, matches.cend());
        m_scannedEnd = to;
        endResetModel();
        Q_EMIT filteringFinished(m_rows.size());
    } else {
        appendMatches(QList<qint64>(alive, matches.cend()));
        m_scannedEnd = to;
    }
    catchUp();
}

void FilteredLogModel::appendMatches(const QList<qint64> &matches)
{
    if (matches.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(matches.size()) - 1);
    m_rows.append(matches);
    endInsertRows();
}

void FilteredLogModel::onAppended()
{
    if (!m_runner.isRunning())
        catchUp();
    // else: the run in progress ends at its snapshot; onFinished() catches up from there.
}

void FilteredLogModel::catchUp()
{
    const qint64 from = qMax(m_scannedEnd, m_store->firstIndex());
    const qint64 to = m_store->endIndex();
    if (from >= to)
        return;
    if (to - from <= kSyncLimit) {
        const std::optional<QList<qint64>> matches = filterRange(m_store->snapshot(), *m_matcher, from, to);
        m_scannedEnd = to;
        appendMatches(*matches);
        return;
    }
    m_runner.start(m_store->snapshot(), m_matcher, from, to);
}

void FilteredLogModel::onAboutToEvict(qsizetype count)
{
    const qint64 newFirst = m_store->firstIndex() + count;
    const auto dead = std::lower_bound(m_rows.cbegin(), m_rows.cend(), newFirst) - m_rows.cbegin();
    if (dead > 0) {
        beginRemoveRows({}, 0, static_cast<int>(dead - 1));
        m_rows.remove(0, dead);
        endRemoveRows();
    }
}

int FilteredLogModel::rowForAbsoluteIndex(qint64 absoluteIndex) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), absoluteIndex);
    if (it == m_rows.cend() || *it != absoluteIndex)
        return -1;
    return static_cast<int>(it - m_rows.cbegin());
}

int FilteredLogModel::rowAtOrAfter(qint64 timeUs) const
{
    // The timeline is ordered by time, so the shown rows are too.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), timeUs,
                                     [this](qint64 abs, qint64 t) { return m_store->entry(abs).timeUs < t; });
    return it == m_rows.cend() ? -1 : static_cast<int>(it - m_rows.cbegin());
}

qint64 FilteredLogModel::exportText(QIODevice *device) const
{
    return exportEntries(m_store->snapshot(), m_rows, device);
}

QModelIndex FilteredLogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0
        || column >= LogModel::ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex FilteredLogModel::parent(const QModelIndex &) const
{
    return {};
}

int FilteredLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FilteredLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : LogModel::ColumnCount;
}

QVariant FilteredLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 abs = m_rows.at(index.row());
    return LogModel::entryData(m_store->entry(abs), abs, index.column(), role);
}

QModelIndex FilteredLogModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    const qint64 row = m_rows.at(proxyIndex.row()) - m_store->firstIndex();
    return sourceModel()->index(static_cast<int>(row), proxyIndex.column());
}

QModelIndex FilteredLogModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int row = rowForAbsoluteIndex(m_store->firstIndex() + sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

} // namespace ha::logs
