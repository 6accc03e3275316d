#pragma once
// The timeline as a table for a virtualised view. Follows its LogStore incrementally: appends are
// rowsInserted at the end, evictions rowsRemoved at the head; never a reset except on clear().

#include "logentry.h"

#include <QAbstractTableModel>

namespace ha::logs {

class LogStore;

class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, NodeColumn, SourceColumn, SeverityColumn, MessageColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int: ha::logs::Severity (-1 unknown, 0 emerg .. 7 debug)
        FlagsRole,                       // int: ha::logs::LogFlag bits, for highlighting
        TimeUsRole,                      // qint64: UTC µs since the epoch
        RawRole,                         // QString: the line as read
        AbsoluteIndexRole,               // qint64: the entry's index in the store, stable over eviction
        ParsedRole,                      // bool: false for lines kept as raw text
    };

    explicit LogModel(LogStore *store, QObject *parent = nullptr);

    LogStore *store() const { return m_store; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shared with FilteredLogModel: the value of one cell of an entry.
    static QVariant entryData(const LogEntry &e, qint64 absoluteIndex, int column, int role);

private:
    LogStore *m_store;
};

} // namespace ha::logs
