#pragma once
// Leftover constraints from `crm resource move` (cli-prefer-*) and `crm resource ban`
// (cli-ban-*). They pin or keep a resource away from a node until someone clears them, and are
// the usual reason a resource "refuses" to fail back. Each row has a Clear button; the action
// itself belongs to whoever listens to clearRequested().

#include "recordtable.h"

namespace ha {
struct Ban;
}

namespace ha::ui {

struct LeftoverConstraint
{
    QString id; // "cli-ban-db-group-on-node1"
    QString resource;
    QString node;
    QString score;   // "INFINITY", "-INFINITY"
    QString role;    // promoted-only bans: "Promoted"
    QString expires; // lifetime end when the move had one; empty: never

    bool isBan() const { return id.startsWith(QLatin1String("cli-ban-")); }
    bool isPrefer() const { return id.startsWith(QLatin1String("cli-prefer-")); }
};

class ConstraintsView : public RecordTable
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn = 0,
        ResourceColumn,
        NodeColumn,
        ScoreColumn,
        ExpiresColumn,
        ActionColumn
    };

    explicit ConstraintsView(QWidget *parent = nullptr);
    void setConstraints(const QList<LeftoverConstraint> &constraints);
    const QList<LeftoverConstraint> &constraints() const { return m_constraints; }

    // The cli-ban-/cli-prefer- entries among crm_mon's bans (only negative scores show there;
    // cibadmin -o constraints has the cli-prefer- ones).
    static QList<LeftoverConstraint> fromBans(const QList<Ban> &bans);

signals:
    void clearRequested(const QString &resource);

private:
    QList<LeftoverConstraint> m_constraints;
};

} // namespace ha::ui
