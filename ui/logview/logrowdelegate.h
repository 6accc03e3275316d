#pragma once
// Paints a timeline row's background after what the line reports (fencing, failures, transitions,
// membership and quorum, links, resource start/stop) and its severity.
#include "logs/logentry.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace ha::ui {

// The highlight colour of a line; invalid for an ordinary line. The most alarming flag wins.
QColor highlightFor(logs::LogFlags flags, logs::Severity severity);

class LogRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ha::ui
