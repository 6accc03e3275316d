#include "failuresview.h"

#include "cluster/clusterstatus.h"

namespace ha::ui {

FailuresView::FailuresView(QWidget *parent)
    : RecordTable(
          {tr("Resource"), tr("Node"), tr("Operation"), tr("Result"), tr("Reason"), tr("When")},
          QStringLiteral("✔ ") + tr("No failed actions."), parent)
{
    setAccessibleName(tr("Failed actions"));
}

void FailuresView::setFailures(const QList<FailedAction> &failures)
{
    QList<Row> rows;
    for (const FailedAction &f : failures) {
        QString op = f.operation;
        if (f.interval > 0)
            op = tr("%1 (every %2 s)").arg(f.operation).arg(f.interval / 1000.0);
        QString result = f.exitStatus.isEmpty() ? tr("exit code %1").arg(f.exitCode)
                                                : tr("%1 (%2)").arg(f.exitStatus).arg(f.exitCode);
        // An execution status other than "complete" (timeout, error) says more than the code.
        if (!f.status.isEmpty() &&
            f.status.compare(QLatin1String("complete"), Qt::CaseInsensitive) != 0)
            result = tr("%1 — %2").arg(f.status, result);
        rows << Row{{QStringLiteral("✖ ") + f.resource, Severity::Bad, f.opKey},
                    {f.node, Severity::Neutral, {}},
                    {op, Severity::Neutral, {}},
                    {result, Severity::Bad, {}},
                    {f.exitReason.isEmpty() ? tr("(the agent gave no reason)") : f.exitReason,
                     Severity::Neutral, f.exitReason},
                    {f.lastRcChange, Severity::Neutral, {}}};
    }
    setRows(rows);
}

} // namespace ha::ui
