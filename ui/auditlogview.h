#pragma once
// The audit log: every command the console ran on a node. A filter field narrows it (any
// column, case-insensitive). New entries scroll into view while the operator is at the bottom;
// once they scroll up to read, the view stays put until they return to the bottom or press
// "Follow new entries".

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ha::ui {

class AuditLogView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditLogView(QWidget *parent = nullptr);

    // Typically ha::AuditLogModel; not owned.
    void setModel(QAbstractItemModel *model);
    // A line above the table, e.g. the model's load error; empty hides it.
    void setNotice(const QString &text);

    bool isFollowing() const { return m_follow; }
    void setFollowing(bool follow);

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    void onRangeChanged();
    void onScrolled(int value);

    QLineEdit *m_filter;
    QPushButton *m_followButton;
    QLabel *m_notice;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    bool m_follow = true;
};

} // namespace ha::ui
