#include "auditlogview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ha::ui {

AuditLogView::AuditLogView(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_followButton(new QPushButton(this))
    , m_notice(new QLabel(this))
    , m_view(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setPlaceholderText(tr("Filter: node, command, exit code…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the audit log"));
    m_followButton->setObjectName(QStringLiteral("follow"));
    m_followButton->setCheckable(true);
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Audit log"));

    auto *top = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(m_followButton);
    auto *box = new QVBoxLayout(this);
    box->addLayout(top);
    box->addWidget(m_notice);
    box->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_followButton, &QPushButton::toggled, this, &AuditLogView::setFollowing);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &AuditLogView::onRangeChanged);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &AuditLogView::onScrolled);
    setFollowing(true);
}

void AuditLogView::setModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    m_view->resizeColumnsToContents();
    if (m_follow)
        m_view->scrollToBottom();
}

void AuditLogView::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void AuditLogView::setFollowing(bool follow)
{
    m_follow = follow;
    {
        const QSignalBlocker block(m_followButton);
        m_followButton->setChecked(follow);
    }
    m_followButton->setText(follow ? QStringLiteral("↓ ") + tr("Following new entries")
                                   : QStringLiteral("‖ ") + tr("Paused — follow new entries"));
    if (follow)
        m_view->scrollToBottom();
}

void AuditLogView::onRangeChanged()
{
    // New rows grow the range without moving the value: follow them only if we were following.
    if (m_follow)
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
}

void AuditLogView::onScrolled(int value)
{
    const bool atBottom = value >= m_view->verticalScrollBar()->maximum();
    if (atBottom != m_follow)
        setFollowing(atBottom);
}

} // namespace ha::ui
