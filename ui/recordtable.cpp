#include "recordtable.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ha::ui {

RecordTable::RecordTable(const QStringList &headers, const QString &emptyText, QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(0, static_cast<int>(headers.size()), this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(emptyText, this))
{
    m_model->setHorizontalHeaderLabels(headers);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Room for the Clear buttons of the constraints table, no more: rows stay dense.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_empty->setObjectName(QStringLiteral("emptyText"));
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_empty->setMargin(6);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_empty);
    box->addWidget(m_view, 1);
    setFocusProxy(m_view);
    m_view->hide();
}

void RecordTable::setRows(const QList<Row> &rows)
{
    const int n = static_cast<int>(rows.size());
    if (m_model->rowCount() > n)
        m_model->removeRows(n, m_model->rowCount() - n);
    for (int r = 0; r < n; ++r) {
        if (r >= m_model->rowCount()) {
            QList<QStandardItem *> items;
            for (int c = 0; c < m_model->columnCount(); ++c)
                items << new QStandardItem;
            m_model->appendRow(items);
        }
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const Cell cell = c < rows[r].size() ? rows[r][c] : Cell{};
            QStandardItem *item = m_model->item(r, c);
            if (item->text() != cell.text)
                item->setText(cell.text);
            if (item->toolTip() != cell.toolTip)
                item->setToolTip(cell.toolTip.isEmpty() ? QString() : cell.toolTip);
            const bool loud = cell.severity == Severity::Bad || cell.severity == Severity::Warning;
            QFont f = item->font();
            if (f.bold() != loud) {
                f.setBold(loud);
                item->setFont(f);
            }
            const QVariant fg = cell.severity == Severity::Bad
                                    ? QVariant(severityBackground(Severity::Bad))
                                    : QVariant();
            if (item->data(Qt::ForegroundRole) != fg)
                item->setData(fg, Qt::ForegroundRole);
        }
    }
    const bool empty = n == 0;
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    if (!empty)
        m_view->resizeColumnsToContents();
    emit rowsChanged();
}

void RecordTable::setStretchColumn(int column)
{
    QHeaderView *h = m_view->horizontalHeader();
    h->setStretchLastSection(false);
    for (int c = 0; c < h->count(); ++c)
        h->setSectionResizeMode(c, c == column ? QHeaderView::Stretch : QHeaderView::Interactive);
}

int RecordTable::rowCount() const
{
    return m_model->rowCount();
}

QString RecordTable::cellText(int row, int column) const
{
    const QStandardItem *item = m_model->item(row, column);
    return item ? item->text() : QString();
}

bool RecordTable::showsEmptyText() const
{
    return !m_empty->isHidden();
}

QString RecordTable::emptyText() const
{
    return m_empty->text();
}

} // namespace ha::ui
