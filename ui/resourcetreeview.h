#pragma once
// The resource tree (over ha::ResourceModel): groups, clones and bundles with their primitives.
// Columns as ResourceModel provides them: resource, agent, state, node(s), failcount. The tree
// stays expanded as rows come and go, because a collapsed group hides where its members run.

#include <QTreeView>

namespace ha::ui {

class ResourceStateDelegate;

class ResourceTreeView : public QTreeView
{
    Q_OBJECT
public:
    enum Column
    {
        ResourceColumn = 0,
        AgentColumn,
        StateColumn,
        NodesColumn,
        FailcountColumn
    };

    explicit ResourceTreeView(QWidget *parent = nullptr);

    // Typically ha::ResourceModel (same columns; states from ha::StateRole).
    void setModel(QAbstractItemModel *model) override;

    ResourceStateDelegate *stateDelegate() const { return m_delegate; }

private:
    void fitColumns();

    ResourceStateDelegate *m_delegate;
    bool m_growPending = false;
};

} // namespace ha::ui
