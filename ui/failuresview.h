#pragma once
// Failed resource actions as crm_mon reports them: what failed, where, how, and the agent's
// own words (exit reason) — the first thing to read after a failover.

#include "recordtable.h"

namespace ha {
struct FailedAction;
}

namespace ha::ui {

class FailuresView : public RecordTable
{
    Q_OBJECT
public:
    enum Column
    {
        ResourceColumn = 0,
        NodeColumn,
        OperationColumn,
        ResultColumn,
        ReasonColumn,
        TimeColumn
    };

    explicit FailuresView(QWidget *parent = nullptr);
    void setFailures(const QList<FailedAction> &failures);
};

} // namespace ha::ui
