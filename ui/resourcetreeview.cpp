#include "resourcetreeview.h"

#include "resourcestatedelegate.h"

#include <QHeaderView>

namespace ha::ui {

ResourceTreeView::ResourceTreeView(QWidget *parent)
    : QTreeView(parent)
    , m_delegate(new ResourceStateDelegate(this))
{
    setItemDelegate(m_delegate);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAllColumnsShowFocus(true);
    setFocusPolicy(Qt::StrongFocus);
    header()->setStretchLastSection(false);
    setAccessibleName(tr("Resources"));
}

void ResourceTreeView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        old->disconnect(this);
    QTreeView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        expandAll();
        fitColumns();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                for (int r = first; r <= last; ++r)
                    expandRecursively(this->model()->index(r, 0, parent));
                if (parent.isValid())
                    expand(parent);
                fitColumns();
            });
    expandAll();
    fitColumns();
}

void ResourceTreeView::setStateRole(int role)
{
    m_delegate->setStateColumn(StateColumn, role);
    viewport()->update();
}

void ResourceTreeView::fitColumns()
{
    QHeaderView *h = header();
    if (h->count() == 0)
        return;
    // Measured once per structural change, not on every repaint: ResizeToContents would walk all
    // rows of a 5,000-resource tree on each layout.
    for (int c = 0; c < h->count(); ++c) {
        h->setSectionResizeMode(c, QHeaderView::Interactive);
        resizeColumnToContents(c);
    }
    // The node column takes the spare width: it is what changes during a failover.
    if (h->count() > NodesColumn)
        h->setSectionResizeMode(NodesColumn, QHeaderView::Stretch);
}

} // namespace ha::ui
