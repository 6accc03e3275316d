#include "resourcestatedelegate.h"

#include "statebadge.h"

#include <QApplication>
#include <QPainter>

namespace ha::ui {

ResourceStateDelegate::ResourceStateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void ResourceStateDelegate::setStateColumn(int column, int role)
{
    m_stateColumn = column;
    m_stateRole = role;
}

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
        paintBadge(painter, option.rect, resourceBadgeFromText(index.data(m_stateRole).toString()),
                   option.font);
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
        const QSize b = badgeSizeHint(resourceBadgeFromText(index.data(m_stateRole).toString()),
                                      option.font);
        s = s.expandedTo(QSize(b.width() + 8, b.height() + 4));
    }
    return s;
}

} // namespace ha::ui
