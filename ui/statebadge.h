#pragma once
// A state as the operator reads it: a symbol and a word on a coloured pill. The symbol and the
// word carry the meaning on their own, so the state still reads on a monochrome screen, in a
// screenshot pasted into a ticket, or for someone who cannot tell red from green.

#include <QColor>
#include <QString>

class QPainter;
class QRect;
class QFont;
class QSize;

namespace ha {
struct Resource;
enum class ItemState;
} // namespace ha

namespace ha::ui {

enum class Severity
{
    Good,
    Neutral,
    Warning,
    Bad
};

struct StateBadge
{
    QString symbol; // "✔", "✖", "■", "⚠", ...
    QString text;   // "Started", "FAILED", ...
    Severity severity = Severity::Neutral;

    QString label() const { return symbol + u' ' + text; }
    bool isValid() const { return !text.isEmpty(); }
};

QColor severityBackground(Severity s);
QColor severityForeground(Severity s);

// How a resource of the tree reads. Failed wins over blocked over unmanaged over the role,
// because that is the order in which an operator has to act on them.
StateBadge resourceBadge(const Resource &r);
// From the cluster models' StateRole (core/cluster/modelroles.h). `word` names the state when
// the model's own text is more precise (the role "Unpromoted" for ItemState::Ok); empty: a
// default word for the state.
StateBadge itemStateBadge(ItemState state, const QString &word = QString());
// The same from the words a model shows ("Started", "FAILED", "blocked", "Promoted", ...).
StateBadge resourceBadgeFromText(const QString &state);

QSize badgeSizeHint(const StateBadge &badge, const QFont &font);
void paintBadge(QPainter *painter, const QRect &rect, const StateBadge &badge, const QFont &font);

} // namespace ha::ui
