#pragma once
// The resource tree: groups, clones and bundles with their children. Rows are identified by
// resource id (plus an ordinal among siblings with the same id: clone instances share an id),
// so a refresh updates rows in place instead of rebuilding the tree.

#include "clusterstatus.h"
#include "modelroles.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace ha {

class ResourceModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, TypeColumn, StateColumn, NodesColumn, FailcountColumn, ColumnCount };

    explicit ResourceModel(QObject *parent = nullptr);
    ~ResourceModel() override;

    // Incremental: inserts/removes/moves only rows that changed identity and emits dataChanged
    // only for changed cells. No model reset.
    void update(const ClusterStatus &status);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The resource behind an index (children not filled in); nullptr for an invalid index.
    const Resource *resourceAt(const QModelIndex &index) const;
    // First row with this resource id, depth-first; invalid if none.
    QModelIndex indexOf(const QString &id, int column = 0) const;

    static ItemState resourceState(const Resource &r);
    static QString stateText(const Resource &r);

private:
    struct Item;
    void syncChildren(Item *parent, const QModelIndex &parentIndex, const QList<Resource> &next);
    void updateItem(Item *item, const QModelIndex &index, const Resource &next);
    QVariant cell(const Resource &r, int column, int role) const;
    QModelIndex indexFor(const Item *item, int column) const;

    std::unique_ptr<Item> m_root;
};

} // namespace ha
