#include "logmodel.h"

#include "logstore.h"

namespace ha::logs {

LogModel::LogModel(LogStore *store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    connect(store, &LogStore::aboutToEvict, this,
            [this](qsizetype count) { beginRemoveRows({}, 0, static_cast<int>(count - 1)); });
    connect(store, &LogStore::evicted, this, [this] { endRemoveRows(); });
    connect(store, &LogStore::aboutToAppend, this, [this](qsizetype first, qsizetype last) {
        beginInsertRows({}, static_cast<int>(first), static_cast<int>(last));
    });
    connect(store, &LogStore::appended, this, [this] { endInsertRows(); });
    connect(store, &LogStore::aboutToClear, this, [this] { beginResetModel(); });
    connect(store, &LogStore::cleared, this, [this] { endResetModel(); });
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_store->size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 abs = m_store->firstIndex() + index.row();
    return entryData(m_store->entry(abs), abs, index.column(), role);
}

QVariant LogModel::entryData(const LogEntry &e, qint64 absoluteIndex, int column, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn: return formatTimeUs(e.timeUs);
        case NodeColumn: return e.node;
        case SourceColumn: return e.source;
        case SeverityColumn: return severityName(e.severity);
        case MessageColumn: return e.message();
        default: return {};
        }
    case Qt::ToolTipRole: return e.raw();
    case SeverityRole: return static_cast<int>(e.severity);
    case FlagsRole: return static_cast<int>(e.flags);
    case TimeUsRole: return e.timeUs;
    case RawRole: return e.raw();
    case AbsoluteIndexRole: return absoluteIndex;
    case ParsedRole: return e.parsed;
    default: return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time (UTC)");
    case NodeColumn: return tr("Node");
    case SourceColumn: return tr("Source");
    case SeverityColumn: return tr("Severity");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SeverityRole, "severity");
    names.insert(FlagsRole, "flags");
    names.insert(TimeUsRole, "timeUs");
    names.insert(RawRole, "raw");
    names.insert(AbsoluteIndexRole, "absoluteIndex");
    names.insert(ParsedRole, "parsed");
    return names;
}

} // namespace ha::logs
