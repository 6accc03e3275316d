#include "auditlogmodel.h"

#include "auditlog.h"

namespace ha {

AuditLogModel::AuditLogModel(AuditLog *log, int maxRows, QObject *parent)
    : QAbstractTableModel(parent)
    , m_maxRows(qMax(1, maxRows))
{
    if (!log)
        return;
    auto tail = AuditLog::readTail(log->path(), m_maxRows);
    if (tail)
        m_rows = std::move(tail).value();
    else
        m_loadError = tail.error().message;
    connect(log, &AuditLog::appended, this, &AuditLogModel::appendRecord);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditRecord &r = m_rows.at(index.row());
    if (role == RecordRole)
        return QVariant::fromValue(r);
    if (role == Qt::ToolTipRole && index.column() == Error)
        return r.errorMessage;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return r.time.toLocalTime().toString(Qt::ISODateWithMs);
    case Node:
        return r.node;
    case User:
        return r.user;
    case Template:
        return r.templateName;
    case Command:
        return r.commandLine;
    case ExitCode:
        return r.exitCode;
    case Duration:
        return r.durationMs;
    case Error:
        return r.error;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Node:
        return tr("Node");
    case User:
        return tr("User");
    case Template:
        return tr("Template");
    case Command:
        return tr("Command");
    case ExitCode:
        return tr("Exit code");
    case Duration:
        return tr("Duration (ms)");
    case Error:
        return tr("Error");
    default:
        return {};
    }
}

void AuditLogModel::appendRecord(const AuditRecord &record)
{
    if (m_rows.size() >= m_maxRows) {
        const int excess = static_cast<int>(m_rows.size()) - m_maxRows + 1;
        beginRemoveRows({}, 0, excess - 1);
        m_rows.remove(0, excess);
        endRemoveRows();
    }
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(record);
    endInsertRows();
}

} // namespace ha
