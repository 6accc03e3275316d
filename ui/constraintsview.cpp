#include "constraintsview.h"

#include "cluster/clusterstatus.h"

#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>

namespace ha::ui {

ConstraintsView::ConstraintsView(QWidget *parent)
    : RecordTable({tr("Kind"), tr("Resource"), tr("Node"), tr("Score"), tr("Expires"), QString()},
                  QStringLiteral("✔ ") + tr("No leftover move or ban constraints."), parent)
{
    setAccessibleName(tr("Leftover move and ban constraints"));
    setStretchColumn(ExpiresColumn);
}

void ConstraintsView::setConstraints(const QList<LeftoverConstraint> &constraints)
{
    m_constraints = constraints;
    QList<Row> rows;
    for (const LeftoverConstraint &c : constraints) {
        Cell kind;
        if (c.isBan())
            kind = {QStringLiteral("⊘ ") + tr("Banned from node"), Severity::Warning,
                    tr("%1: left by “crm resource ban”; keeps %2 off %3 until cleared.")
                        .arg(c.id, c.resource, c.node)};
        else if (c.isPrefer())
            kind = {QStringLiteral("➜ ") + tr("Pinned to node"), Severity::Warning,
                    tr("%1: left by “crm resource move”; keeps %2 on %3 until cleared.")
                        .arg(c.id, c.resource, c.node)};
        else
            kind = {tr("Location"), Severity::Neutral, c.id};
        QString node = c.node;
        if (!c.role.isEmpty())
            node = tr("%1 (role %2)").arg(c.node, c.role);
        rows << Row{kind,
                    {c.resource, Severity::Neutral, {}},
                    {node, Severity::Neutral, {}},
                    {c.score, Severity::Neutral, {}},
                    {c.expires.isEmpty() ? tr("never") : c.expires, Severity::Neutral, {}},
                    {}};
    }
    setRows(rows);
    for (int r = 0; r < constraints.size(); ++r) {
        const QString resource = constraints[r].resource;
        auto *clear = new QPushButton(tr("Clear"), view());
        clear->setObjectName(QStringLiteral("clear-") + constraints[r].id);
        clear->setAccessibleName(tr("Clear constraint %1").arg(constraints[r].id));
        clear->setToolTip(tr("Remove %1 (crm resource clear %2)").arg(constraints[r].id, resource));
        connect(clear, &QPushButton::clicked, this,
                [this, resource] { emit clearRequested(resource); });
        view()->setIndexWidget(model()->index(r, ActionColumn), clear);
    }
    view()->resizeColumnsToContents();
}

QList<LeftoverConstraint> ConstraintsView::fromBans(const QList<Ban> &bans)
{
    QList<LeftoverConstraint> out;
    for (const Ban &b : bans) {
        // Configured bans (e.g. a fence device kept off its own node) are not leftovers.
        if (!b.id.startsWith(QLatin1String("cli-ban-")) &&
            !b.id.startsWith(QLatin1String("cli-prefer-")))
            continue;
        LeftoverConstraint c;
        c.id = b.id;
        c.resource = b.resource;
        c.node = b.node;
        c.score = b.weight;
        if (b.promotedOnly)
            c.role = QStringLiteral("Promoted");
        out << c;
    }
    return out;
}

} // namespace ha::ui
