#pragma once
// A flat table whose rows have a stable key. sync() turns the current rows into the new ones
// with the fewest signals: removals, moves and insertions of whole rows, and dataChanged only
// for the cells whose text, tooltip or state changed. Never a model reset: views keep their
// selection and scroll position across refreshes.

#include "modelroles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace ha {

template<typename T>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : columns();
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T &row = m_rows.at(index.row());
        if (role == KeyRole)
            return m_keys.at(index.row());
        if (role == StateRole)
            return static_cast<int>(state(row));
        return cell(row, index.column(), role);
    }

    const T &rowAt(int row) const { return m_rows.at(row); }

protected:
    virtual QString key(const T &row) const = 0;
    virtual int columns() const = 0;
    // Qt::DisplayRole and Qt::ToolTipRole (and anything else a subclass offers).
    virtual QVariant cell(const T &row, int column, int role) const = 0;
    virtual ItemState state(const T &row) const = 0;

    void sync(const QList<T> &next)
    {
        // Keys made unique by an ordinal, so duplicates (rare) still have an identity.
        QList<QString> nextKeys;
        nextKeys.reserve(next.size());
        QHash<QString, int> seen;
        for (const T &n : next) {
            const QString k = key(n);
            const int ord = seen[k]++;
            nextKeys.append(ord == 0 ? k : k + u'#' + QString::number(ord));
        }
        const QSet<QString> wanted(nextKeys.cbegin(), nextKeys.cend());

        for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
            if (wanted.contains(m_keys.at(i)))
                continue;
            qsizetype first = i;
            while (first > 0 && !wanted.contains(m_keys.at(first - 1)))
                --first;
            beginRemoveRows({}, static_cast<int>(first), static_cast<int>(i));
            m_rows.remove(first, i - first + 1);
            m_keys.remove(first, i - first + 1);
            endRemoveRows();
            i = first;
        }

        QSet<QString> present(m_keys.cbegin(), m_keys.cend());
        for (qsizetype i = 0; i < next.size(); ++i) {
            const QString &k = nextKeys.at(i);
            if (i < m_keys.size() && m_keys.at(i) == k) {
                updateRow(i, next.at(i));
                continue;
            }
            if (present.contains(k)) {
                const qsizetype from = m_keys.indexOf(k, i + 1);
                beginMoveRows({}, static_cast<int>(from), static_cast<int>(from), {}, static_cast<int>(i));
                m_rows.move(from, i);
                m_keys.move(from, i);
                endMoveRows();
                updateRow(i, next.at(i));
                continue;
            }
            qsizetype last = i;
            while (last + 1 < next.size() && !present.contains(nextKeys.at(last + 1)))
                ++last;
            beginInsertRows({}, static_cast<int>(i), static_cast<int>(last));
            for (qsizetype j = i; j <= last; ++j) {
                m_rows.insert(j, next.at(j));
                m_keys.insert(j, nextKeys.at(j));
            }
            endInsertRows();
            i = last;
        }
    }

private:
    void updateRow(qsizetype i, const T &next)
    {
        const T &old = m_rows.at(i);
        if (old == next)
            return;
        const bool stateChanged = state(old) != state(next);
        QList<int> changed;
        for (int c = 0; c < columns(); ++c) {
            if (stateChanged || cell(old, c, Qt::DisplayRole) != cell(next, c, Qt::DisplayRole)
                || cell(old, c, Qt::ToolTipRole) != cell(next, c, Qt::ToolTipRole))
                changed.append(c);
        }
        m_rows[i] = next;
        const int row = static_cast<int>(i);
        for (int c : std::as_const(changed))
            emit dataChanged(index(row, c), index(row, c));
    }

    QList<T> m_rows;
    QList<QString> m_keys;
};

} // namespace ha
