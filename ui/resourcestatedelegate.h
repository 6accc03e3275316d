#pragma once
// Draws the state column of the resource tree as a badge (symbol + word on a colour) and makes a
// non-zero failcount stand out. Everything else is drawn as usual.

#include <QStyledItemDelegate>

namespace ha::ui {

class ResourceStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ResourceStateDelegate(QObject *parent = nullptr);

    // Which column holds the state and which role gives its words (default: DisplayRole).
    void setStateColumn(int column, int role = Qt::DisplayRole);
    void setFailcountColumn(int column) { m_failcountColumn = column; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_stateColumn = 2;
    int m_stateRole = Qt::DisplayRole;
    int m_failcountColumn = 4;
};

} // namespace ha::ui
