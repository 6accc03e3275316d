#include "resourcestatedelegate.h"

#include "cluster/modelroles.h"
#include "statebadge.h"

#include <QApplication>
#include <QPainter>

namespace ha::ui {

ResourceStateDelegate::ResourceStateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ResourceStateDelegate::stateOf(const QModelIndex &index, StateBadge *badge, QString *extra)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    QStringList parts = text.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    const QVariant state = index.data(StateRole);
    if (!state.isValid()) {
        *badge = resourceBadgeFromText(parts.isEmpty() ? text : parts.first());
        if (!parts.isEmpty())
            parts.removeFirst();
        *extra = parts.join(QStringLiteral(", "));
        return;
    }
    const auto s = static_cast<ItemState>(state.toInt());
    // The model's first word is the role ("Started", "Unpromoted"): it names an OK state better
    // than a generic word; for every other state the badge's own word is the point.
    const bool roleNamesState = s == ItemState::Ok || s == ItemState::Promoted;
    *badge = itemStateBadge(s, roleNamesState && !parts.isEmpty() ? parts.first() : QString());
    if (!parts.isEmpty())
        parts.removeFirst();
    // Drop words the badge already says ("FAILED" next to a FAILED badge).
    parts.removeIf(
        [badge](const QString &p) { return p.compare(badge->text, Qt::CaseInsensitive) == 0; });
    *extra = parts.join(QStringLiteral(", "));
}

namespace {

// The worst state among the descendants of `parent` (column `column`), and which resource it is.
void worstBelow(const QModelIndex &parent, int column, StateBadge *worst, QString *who)
{
    const QAbstractItemModel *m = parent.model();
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex child = m->index(r, column, parent);
        StateBadge b;
        QString extra;
        ResourceStateDelegate::stateOf(child, &b, &extra);
        if (static_cast<int>(b.severity) > static_cast<int>(worst->severity)) {
            *worst = b;
            *who = m->index(r, 0, parent).data().toString();
        }
        worstBelow(m->index(r, 0, parent), column, worst, who);
    }
}

} // namespace

void ResourceStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    if (index.column() == m_stateColumn) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *w = option.widget;
        QStyle *style = w ? w->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);
        StateBadge badge;
        QString extra;
        stateOf(index, &badge, &extra);
        // A collapsed group/clone must not hide a failure inside it.
        if ((option.state & QStyle::State_Children) && !(option.state & QStyle::State_Open)) {
            StateBadge worst = badge;
            QString who;
            worstBelow(index.siblingAtColumn(0), index.column(), &worst, &who);
            if (!who.isEmpty()) {
                badge = worst;
                extra = tr("in %1").arg(who);
            }
        }
        paintBadge(painter, option.rect, badge, option.font);
        if (!extra.isEmpty()) {
            const int x = badgeSizeHint(badge, option.font).width() + 8;
            painter->save();
            painter->setPen(opt.palette.color(
                opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
            painter->drawText(option.rect.adjusted(x, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                              extra);
            painter->restore();
        }
        return;
    }
    if (index.column() == m_failcountColumn && index.data().toInt() > 0) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text = QStringLiteral("⚠ ") + opt.text;
        opt.font.setBold(true);
        if (!(opt.state & QStyle::State_Selected))
            opt.palette.setColor(QPalette::Text, severityBackground(Severity::Bad));
        const QWidget *w = option.widget;
        QStyle *style = w ? w->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

QSize ResourceStateDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == m_stateColumn) {
        StateBadge badge;
        QString extra;
        stateOf(index, &badge, &extra);
        const QSize b = badgeSizeHint(badge, option.font);
        const int extraWidth =
            extra.isEmpty() ? 0 : option.fontMetrics.horizontalAdvance(extra) + 8;
        s = QSize(b.width() + 12 + extraWidth, qMax(s.height(), b.height() + 4));
    }
    if (index.column() == m_failcountColumn && index.data().toInt() > 0)
        s.rwidth() += option.fontMetrics.horizontalAdvance(QStringLiteral("⚠ ")) + 4;
    return s;
}

} // namespace ha::ui
