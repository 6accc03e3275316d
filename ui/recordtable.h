#pragma once
// A read-only table of records (failed actions, constraints, fencing events) that says in words
// when there is nothing to show ("No failed actions") instead of an empty grid an operator has
// to interpret. Rows are updated in place, so selection and scroll position survive a refresh.

#include "statebadge.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace ha::ui {

class RecordTable : public QWidget
{
    Q_OBJECT
public:
    struct Cell
    {
        QString text;
        Severity severity = Severity::Neutral; // Bad/Warning: bold and coloured (text has a symbol)
        QString toolTip;
    };
    using Row = QList<Cell>;

    RecordTable(const QStringList &headers, const QString &emptyText, QWidget *parent = nullptr);

    void setRows(const QList<Row> &rows);
    // The column that takes the spare width (default: the last).
    void setStretchColumn(int column);
    int rowCount() const;
    QString cellText(int row, int column) const;
    bool showsEmptyText() const;
    QString emptyText() const;

    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }

signals:
    void rowsChanged();

private:
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
};

} // namespace ha::ui
