#pragma once
// Failed actions (crm_mon <failures>), one row per failed operation on a node.

#include "clusterstatus.h"
#include "keyedtablemodel.h"

namespace ha {

class FailureModel : public KeyedTableModel<FailedAction>
{
    Q_OBJECT

public:
    enum Column {
        ResourceColumn, NodeColumn, OperationColumn, ExitColumn, ReasonColumn, TimeColumn,
        ColumnCount
    };

    explicit FailureModel(QObject *parent = nullptr);
    void update(const ClusterStatus &status);

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString key(const FailedAction &f) const override { return f.node + u'|' + f.opKey; }
    int columns() const override { return ColumnCount; }
    QVariant cell(const FailedAction &f, int column, int role) const override;
    ItemState state(const FailedAction &) const override { return ItemState::Failed; }
};

} // namespace ha
