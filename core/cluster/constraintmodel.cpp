#include "constraintmodel.h"

namespace ha {

ConstraintModel::ConstraintModel(QObject *parent) : KeyedTableModel<LocationConstraint>(parent) {}

void ConstraintModel::update(const QList<LocationConstraint> &constraints)
{
    QList<LocationConstraint> leftovers;
    for (const LocationConstraint &c : constraints) {
        if (c.isCliLeftover())
            leftovers.append(c);
    }
    sync(leftovers);
}

ItemState ConstraintModel::state(const LocationConstraint &c) const
{
    // An expired lifetime no longer acts; it is only clutter.
    return c.expired ? ItemState::Stopped : ItemState::Warning;
}

QVariant ConstraintModel::cell(const LocationConstraint &c, int column, int role) const
{
    const bool ban = c.kind == LocationConstraint::Kind::CliBan;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case ResourceColumn: return c.resource;
        case KindColumn: return ban ? tr("ban") : tr("prefer");
        case NodeColumn: return c.node;
        case ScoreColumn: return c.score;
        case ExpiresColumn:
            if (!c.expires.isValid())
                return tr("never");
            return c.expired ? tr("expired %1").arg(c.expires.toString(Qt::ISODate))
                             : c.expires.toString(Qt::ISODate);
        case IdColumn: return c.id;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QString text = ban ? tr("%1 is banned from %2 (left by crm_resource --ban or --move)")
                                 .arg(c.resource, c.node)
                           : tr("%1 is pinned to %2 (left by crm_resource --move)")
                                 .arg(c.resource, c.node);
        if (!c.role.isEmpty() && c.role != u"Started")
            text += u'\n' + tr("role: %1").arg(c.role);
        text += u'\n' + tr("Remove it with: crm_resource --clear -r %1").arg(c.resource);
        return text;
    }
    return {};
}

QVariant ConstraintModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResourceColumn: return tr("Resource");
    case KindColumn: return tr("Kind");
    case NodeColumn: return tr("Node");
    case ScoreColumn: return tr("Score");
    case ExpiresColumn: return tr("Expires");
    case IdColumn: return tr("Constraint");
    default: return {};
    }
}

} // namespace ha
