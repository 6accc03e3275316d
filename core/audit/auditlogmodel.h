#pragma once
// Table model of the audit log for the UI (QtCore only). Loads the tail of the log file once,
// then follows AuditLog::appended with rowsInserted; keeps at most maxRows rows by removing the
// oldest (rowsRemoved), never resetting.

#include "auditrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace ha {

class AuditLog;

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Node,
        User,
        Template,
        Command,
        ExitCode,
        Duration,
        Error,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        RecordRole = Qt::UserRole + 1
    };

    explicit AuditLogModel(AuditLog *log, int maxRows = 10000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const AuditRecord &record(int row) const { return m_rows.at(row); }
    int maxRows() const { return m_maxRows; }
    // Set when loading the existing file failed (shown by the view; appends still work).
    QString loadError() const { return m_loadError; }

    void appendRecord(const ha::AuditRecord &record);

private:
    QList<AuditRecord> m_rows;
    int m_maxRows;
    QString m_loadError;
};

} // namespace ha
