#pragma once
// Draws the state column of the resource tree as a badge (symbol + word on a colour) and makes a
// non-zero failcount stand out. Everything else is drawn as usual.

#include <QStyledItemDelegate>

namespace ha::ui {

struct StateBadge;

class ResourceStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ResourceStateDelegate(QObject *parent = nullptr);

    // Which column holds the state. The badge comes from ha::StateRole (int ItemState) when the
    // model provides it, else from the words in DisplayRole; what the display text says beyond
    // the badge ("target Stopped", "orphaned") is drawn after it.
    void setStateColumn(int column) { m_stateColumn = column; }
    // The badge and the extra words for one state cell.
    static void stateOf(const QModelIndex &index, StateBadge *badge, QString *extra);
    void setFailcountColumn(int column) { m_failcountColumn = column; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_stateColumn = 2;
    int m_failcountColumn = 4;
};

} // namespace ha::ui
