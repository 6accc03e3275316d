#include "resourcemodel.h"

#include <QHash>
#include <QSet>

namespace ha {

struct ResourceModel::Item
{
    Resource res; // children list left empty: the tree lives in `children`
    QString key;
    Item *parent = nullptr;
    std::vector<std::unique_ptr<Item>> children;

    int row() const
    {
        if (!parent)
            return 0;
        const auto &sib = parent->children;
        for (size_t i = 0; i < sib.size(); ++i) {
            if (sib[i].get() == this)
                return static_cast<int>(i);
        }
        return 0;
    }
};

namespace {

Resource withoutChildren(const Resource &r)
{
    Resource copy;
    copy.id = r.id;
    copy.type = r.type;
    copy.agent = r.agent;
    copy.role = r.role;
    copy.targetRole = r.targetRole;
    copy.active = r.active;
    copy.orphaned = r.orphaned;
    copy.blocked = r.blocked;
    copy.managed = r.managed;
    copy.failed = r.failed;
    copy.failureIgnored = r.failureIgnored;
    copy.disabled = r.disabled;
    copy.promotable = r.promotable;
    copy.nodes = r.nodes;
    copy.failcounts = r.failcounts;
    return copy;
}

QList<QString> siblingKeys(const QList<Resource> &list)
{
    QList<QString> keys;
    keys.reserve(list.size());
    QHash<QString, int> seen;
    for (const Resource &r : list) {
        const int ord = seen[r.id]++;
        keys.append(ord == 0 ? r.id : r.id + u'#' + QString::number(ord));
    }
    return keys;
}

// Everything a row shows, children aside. Cheap: most rows are unchanged on a refresh.
bool sameContent(const Resource &a, const Resource &b)
{
    return a.id == b.id && a.role == b.role && a.active == b.active && a.failed == b.failed
        && a.nodes == b.nodes && a.managed == b.managed && a.blocked == b.blocked
        && a.agent == b.agent && a.targetRole == b.targetRole && a.failcounts == b.failcounts
        && a.orphaned == b.orphaned && a.failureIgnored == b.failureIgnored
        && a.disabled == b.disabled && a.promotable == b.promotable && a.type == b.type;
}

int totalFailcount(const Resource &r)
{
    int sum = 0;
    for (int n : r.failcounts)
        sum += n;
    return sum;
}

} // namespace

ResourceModel::ResourceModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Item>())
{
}

ResourceModel::~ResourceModel() = default;

void ResourceModel::update(const ClusterStatus &status)
{
    syncChildren(m_root.get(), QModelIndex(), status.resources);
}

void ResourceModel::syncChildren(Item *parent, const QModelIndex &parentIndex,
                                 const QList<Resource> &next)
{
    auto &kids = parent->children;
    // Usual refresh: the same resources in the same order. Equal id sequences give equal
    // keys, so the rows stay and only their contents are compared.
    if (kids.size() == static_cast<size_t>(next.size())) {
        bool same = true;
        for (size_t i = 0; same && i < kids.size(); ++i)
            same = kids[i]->res.id == next.at(static_cast<qsizetype>(i)).id;
        if (same) {
            for (int i = 0; i < static_cast<int>(next.size()); ++i) {
                Item *item = kids[static_cast<size_t>(i)].get();
                const Resource &n = next.at(i);
                if (!sameContent(item->res, n))
                    updateItem(item, createIndex(i, 0, item), n);
                if (!item->children.empty() || !n.children.isEmpty())
                    syncChildren(item, createIndex(i, 0, item), n.children);
            }
            return;
        }
    }
    const QList<QString> nextKeys = siblingKeys(next);
    const QSet<QString> wanted(nextKeys.cbegin(), nextKeys.cend());

    for (int i = static_cast<int>(kids.size()) - 1; i >= 0; --i) {
        if (wanted.contains(kids[i]->key))
            continue;
        int first = i;
        while (first > 0 && !wanted.contains(kids[first - 1]->key))
            --first;
        beginRemoveRows(parentIndex, first, i);
        kids.erase(kids.begin() + first, kids.begin() + i + 1);
        endRemoveRows();
        i = first;
    }

    QSet<QString> present;
    for (const auto &k : kids)
        present.insert(k->key);

    for (int i = 0; i < static_cast<int>(next.size()); ++i) {
        const QString &key = nextKeys.at(i);
        const bool here = i < static_cast<int>(kids.size()) && kids[i]->key == key;
        if (!here && present.contains(key)) {
            int from = i + 1;
            while (kids[from]->key != key)
                ++from;
            beginMoveRows(parentIndex, from, from, parentIndex, i);
            auto moved = std::move(kids[from]);
            kids.erase(kids.begin() + from);
            kids.insert(kids.begin() + i, std::move(moved));
            endMoveRows();
        } else if (!here) {
            int last = i;
            while (last + 1 < static_cast<int>(next.size()) && !present.contains(nextKeys.at(last + 1)))
                ++last;
            beginInsertRows(parentIndex, i, last);
            for (int j = i; j <= last; ++j) {
                auto item = std::make_unique<Item>();
                item->res = withoutChildren(next.at(j));
                item->key = nextKeys.at(j);
                item->parent = parent;
                kids.insert(kids.begin() + j, std::move(item));
            }
            endInsertRows();
            // Children of the new rows: inserted as their own (nested) insertions.
            for (int j = i; j <= last; ++j)
                syncChildren(kids[j].get(), index(j, 0, parentIndex), next.at(j).children);
            i = last;
            continue;
        }
        const QModelIndex idx = index(i, 0, parentIndex);
        updateItem(kids[i].get(), idx, next.at(i));
        syncChildren(kids[i].get(), idx, next.at(i).children);
    }
}

void ResourceModel::updateItem(Item *item, const QModelIndex &idx, const Resource &next)
{
    const Resource &old = item->res;
    if (sameContent(old, next))
        return;
    Resource updated = withoutChildren(next);
    const bool stateChanged = resourceState(old) != resourceState(updated);
    QList<int> changed;
    for (int c = 0; c < ColumnCount; ++c) {
        if (stateChanged || cell(old, c, Qt::DisplayRole) != cell(updated, c, Qt::DisplayRole)
            || cell(old, c, Qt::ToolTipRole) != cell(updated, c, Qt::ToolTipRole))
            changed.append(c);
    }
    item->res = std::move(updated);
    for (int c : std::as_const(changed)) {
        const QModelIndex cellIndex = idx.siblingAtColumn(c);
        emit dataChanged(cellIndex, cellIndex);
    }
}

QModelIndex ResourceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const Item *p = parent.isValid() ? static_cast<const Item *>(parent.internalPointer())
                                     : m_root.get();
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= static_cast<int>(p->children.size()))
        return {};
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex ResourceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Item *item = static_cast<const Item *>(child.internalPointer());
    const Item *p = item->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row(), 0, const_cast<Item *>(p));
}

int ResourceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Item *p = parent.isValid() ? static_cast<const Item *>(parent.internalPointer())
                                     : m_root.get();
    return static_cast<int>(p->children.size());
}

int ResourceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Resource *ResourceModel::resourceAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return &static_cast<const Item *>(index.internalPointer())->res;
}

QModelIndex ResourceModel::indexFor(const Item *item, int column) const
{
    return createIndex(item->row(), column, const_cast<Item *>(item));
}

QModelIndex ResourceModel::indexOf(const QString &id, int column) const
{
    std::vector<const Item *> stack{m_root.get()};
    while (!stack.empty()) {
        const Item *it = stack.back();
        stack.pop_back();
        if (it != m_root.get() && it->res.id == id)
            return indexFor(it, column);
        for (auto c = it->children.rbegin(); c != it->children.rend(); ++c)
            stack.push_back(c->get());
    }
    return {};
}

QVariant ResourceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item *item = static_cast<const Item *>(index.internalPointer());
    if (role == StateRole)
        return static_cast<int>(resourceState(item->res));
    if (role == KeyRole)
        return item->key;
    return cell(item->res, index.column(), role);
}

ItemState ResourceModel::resourceState(const Resource &r)
{
    if (r.failed && !r.failureIgnored)
        return ItemState::Failed;
    if (r.blocked)
        return ItemState::Blocked;
    if (!r.managed)
        return ItemState::Unmanaged;
    if (r.role == u"Partial")
        return ItemState::Partial;
    if (!r.active)
        return ItemState::Stopped;
    if (r.role == u"Promoted")
        return ItemState::Promoted;
    return ItemState::Ok;
}

QString ResourceModel::stateText(const Resource &r)
{
    QStringList parts;
    parts << r.role;
    if (r.failed)
        parts << (r.failureIgnored ? tr("failed (ignored)") : tr("FAILED"));
    if (r.blocked)
        parts << tr("blocked");
    if (!r.managed)
        parts << tr("unmanaged");
    if (r.orphaned)
        parts << tr("orphaned");
    if (!r.targetRole.isEmpty() && r.targetRole != r.role)
        parts << tr("target %1").arg(r.targetRole);
    return parts.join(QStringLiteral(", "));
}

QVariant ResourceModel::cell(const Resource &r, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case IdColumn: return r.id;
        case TypeColumn:
            return r.type == ResourceType::Primitive ? r.agent : resourceTypeName(r.type);
        case StateColumn: return stateText(r);
        case NodesColumn: return r.nodes.join(QStringLiteral(", "));
        case FailcountColumn: {
            const int total = totalFailcount(r);
            return total > 0 ? QVariant(total) : QVariant();
        }
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        // Per column, so that a change (say, of the node) only touches the cells it concerns.
        switch (column) {
        case NodesColumn:
            return r.nodes.isEmpty() ? tr("not running anywhere")
                                     : tr("running on %1").arg(r.nodes.join(QStringLiteral(", ")));
        case FailcountColumn: {
            QStringList lines;
            for (auto it = r.failcounts.cbegin(); it != r.failcounts.cend(); ++it)
                lines << tr("fail count %1 on %2").arg(it.value()).arg(it.key());
            return lines.isEmpty() ? tr("no failures counted") : lines.join(u'\n');
        }
        default:
            return r.type == ResourceType::Primitive
                ? tr("%1 (%2): %3").arg(r.id, r.agent, stateText(r))
                : tr("%1 (%2): %3").arg(r.id, resourceTypeName(r.type), stateText(r));
        }
    }
    return {};
}

QVariant ResourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Resource");
    case TypeColumn: return tr("Type");
    case StateColumn: return tr("State");
    case NodesColumn: return tr("Node");
    case FailcountColumn: return tr("Fail count");
    default: return {};
    }
}

} // namespace ha
