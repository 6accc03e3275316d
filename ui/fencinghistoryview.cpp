#include "fencinghistoryview.h"

#include "cluster/clusterstatus.h"

namespace ha::ui {

FencingHistoryView::FencingHistoryView(QWidget *parent)
    : RecordTable({tr("When"), tr("Action"), tr("Target"), tr("Result"), tr("Executed by"),
                   tr("Requested by"), tr("Reason")},
                  tr("No node has been fenced."), parent)
{
    setAccessibleName(tr("Fencing history"));
}

void FencingHistoryView::setEvents(const QList<FencingEvent> &events)
{
    QList<Row> rows;
    for (const FencingEvent &e : events) {
        Cell result;
        const QString st = e.status.toLower();
        if (st == QLatin1String("success"))
            result = {QStringLiteral("✔ ") + tr("succeeded"), Severity::Good, {}};
        else if (st == QLatin1String("pending"))
            result = {QStringLiteral("↻ ") + tr("PENDING"), Severity::Warning, {}};
        else
            result = {QStringLiteral("✖ ") +
                          (e.status.isEmpty() ? tr("FAILED") : e.status.toUpper()),
                      Severity::Bad,
                      {}};
        QString requested = e.client;
        if (!e.origin.isEmpty())
            requested = requested.isEmpty() ? e.origin : tr("%1 on %2").arg(e.client, e.origin);
        rows << Row{
            {e.completed.isEmpty() ? tr("(not finished)") : e.completed, Severity::Neutral, {}},
            {e.action, Severity::Neutral, {}},
            {e.target, Severity::Warning, {}},
            result,
            {e.delegate, Severity::Neutral, {}},
            {requested, Severity::Neutral, {}},
            {e.exitReason, Severity::Neutral, e.exitReason}};
    }
    setRows(rows);
}

} // namespace ha::ui
