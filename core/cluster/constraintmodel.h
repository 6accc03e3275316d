#pragma once
// Leftover move/ban constraints (cli-prefer-*, cli-ban-*): the ones an operator forgets after
// `crm_resource --move` and that later pin or block a resource.

#include "constraintsparser.h"
#include "keyedtablemodel.h"

namespace ha {

class ConstraintModel : public KeyedTableModel<LocationConstraint>
{
    Q_OBJECT

public:
    enum Column { ResourceColumn, KindColumn, NodeColumn, ScoreColumn, ExpiresColumn, IdColumn,
                  ColumnCount };

    explicit ConstraintModel(QObject *parent = nullptr);

    // Keeps only isCliLeftover() constraints; incremental like the other cluster models.
    void update(const QList<LocationConstraint> &constraints);

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString key(const LocationConstraint &c) const override { return c.id; }
    int columns() const override { return ColumnCount; }
    QVariant cell(const LocationConstraint &c, int column, int role) const override;
    ItemState state(const LocationConstraint &c) const override;
};

} // namespace ha
