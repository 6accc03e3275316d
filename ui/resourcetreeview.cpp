#include "resourcetreeview.h"

#include "cluster/resourcemodel.h"
#include "resourcestatedelegate.h"

#include <QHeaderView>
#include <QTimer>

namespace ha::ui {

static_assert(int(ResourceTreeView::StateColumn) == int(ResourceModel::StateColumn) &&
                  int(ResourceTreeView::FailcountColumn) == int(ResourceModel::FailcountColumn) &&
                  int(ResourceTreeView::NodesColumn) == int(ResourceModel::NodesColumn),
              "the view's columns are ResourceModel's");

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
    // Cells only grow: a state that gains words ("target Started") must not be cut off, and
    // shrinking on every refresh would make the columns jitter.
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_growPending)
            return;
        m_growPending = true;
        QTimer::singleShot(0, this, [this] {
            m_growPending = false;
            for (int c = 0; c < header()->count(); ++c) {
                if (header()->sectionResizeMode(c) != QHeaderView::Interactive)
                    continue;
                const int want = sizeHintForColumn(c);
                if (want > columnWidth(c))
                    setColumnWidth(c, want);
            }
        });
    });
    expandAll();
    fitColumns();
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
