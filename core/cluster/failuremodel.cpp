#include "failuremodel.h"

namespace ha {

FailureModel::FailureModel(QObject *parent) : KeyedTableModel<FailedAction>(parent) {}

void FailureModel::update(const ClusterStatus &status)
{
    sync(status.failures);
}

QVariant FailureModel::cell(const FailedAction &f, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case ResourceColumn: return f.resource;
        case NodeColumn: return f.node;
        case OperationColumn:
            return f.interval > 0 ? tr("%1 (every %2 s)").arg(f.operation).arg(f.interval / 1000)
                                  : f.operation;
        case ExitColumn: return tr("%1 (%2)").arg(f.exitStatus).arg(f.exitCode);
        case ReasonColumn: return f.exitReason;
        case TimeColumn: return f.lastRcChange;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QString text = tr("%1 of %2 failed on %3: %4 (exit code %5, %6)")
                           .arg(f.operation, f.resource, f.node, f.exitStatus)
                           .arg(f.exitCode)
                           .arg(f.status);
        if (!f.exitReason.isEmpty())
            text += u'\n' + f.exitReason;
        return text;
    }
    return {};
}

QVariant FailureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResourceColumn: return tr("Resource");
    case NodeColumn: return tr("Node");
    case OperationColumn: return tr("Operation");
    case ExitColumn: return tr("Result");
    case ReasonColumn: return tr("Reason");
    case TimeColumn: return tr("When");
    default: return {};
    }
}

} // namespace ha
