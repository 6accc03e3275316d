#include "nodemodel.h"

namespace ha {

NodeModel::NodeModel(QObject *parent) : KeyedTableModel<NodeState>(parent) {}

void NodeModel::update(const ClusterStatus &status)
{
    sync(status.nodes);
}

ItemState NodeModel::nodeState(const NodeState &n)
{
    // Worst first: an unclean node matters more than its standby flag.
    if (n.unclean)
        return ItemState::Unclean;
    if (!n.online)
        return ItemState::Offline;
    if (n.pending)
        return ItemState::Pending;
    if (n.maintenance)
        return ItemState::Maintenance;
    if (n.standby)
        return ItemState::Standby;
    return ItemState::Ok;
}

QString NodeModel::stateText(const NodeState &n)
{
    QStringList parts;
    parts << (n.online ? tr("online") : tr("OFFLINE"));
    if (n.unclean)
        parts << tr("UNCLEAN");
    if (n.pending)
        parts << tr("pending");
    if (n.isDc)
        parts << tr("DC");
    if (n.standby)
        parts << (n.standbyOnFail ? tr("standby (on-fail)") : tr("standby"));
    if (n.maintenance)
        parts << tr("maintenance");
    if (n.shutdown)
        parts << tr("shutting down");
    if (n.type == NodeType::Remote)
        parts << tr("remote");
    return parts.join(QStringLiteral(", "));
}

QVariant NodeModel::cell(const NodeState &n, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn: return n.name;
        case StateColumn: return stateText(n);
        case ResourcesColumn: return n.resourcesRunning;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == ResourcesColumn)
            return tr("%n resource(s) running on this node", nullptr, n.resourcesRunning);
        return tr("%1 (id %2): %3").arg(n.name, n.id, stateText(n));
    }
    return {};
}

QVariant NodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Node");
    case StateColumn: return tr("State");
    case ResourcesColumn: return tr("Resources");
    default: return {};
    }
}

} // namespace ha
