#pragma once
// Fencing history: which node was reset or powered off, by whom, and whether it worked.
// A failed or pending fencing action blocks recovery, so it reads loudly.

#include "recordtable.h"

namespace ha {
struct FencingEvent;
}

namespace ha::ui {

class FencingHistoryView : public RecordTable
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn = 0,
        ActionColumn,
        TargetColumn,
        ResultColumn,
        DelegateColumn,
        RequestedByColumn,
        ReasonColumn
    };

    explicit FencingHistoryView(QWidget *parent = nullptr);
    void setEvents(const QList<FencingEvent> &events);
};

} // namespace ha::ui
