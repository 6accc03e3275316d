#pragma once
// The cluster's nodes as one node reports them (crm_mon), one row per node.

#include "clusterstatus.h"
#include "keyedtablemodel.h"

namespace ha {

class NodeModel : public KeyedTableModel<NodeState>
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, ResourcesColumn, ColumnCount };

    explicit NodeModel(QObject *parent = nullptr);

    // Incremental: rows are inserted/removed/moved as nodes come and go; only changed cells
    // emit dataChanged. last_update alone never emits anything.
    void update(const ClusterStatus &status);

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static ItemState nodeState(const NodeState &n);
    static QString stateText(const NodeState &n); // "online, DC, standby"

protected:
    QString key(const NodeState &n) const override { return n.name; }
    int columns() const override { return ColumnCount; }
    QVariant cell(const NodeState &n, int column, int role) const override;
    ItemState state(const NodeState &n) const override { return nodeState(n); }
};

} // namespace ha
