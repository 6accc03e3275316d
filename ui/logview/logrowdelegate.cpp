#include "logrowdelegate.h"

#include "logs/logmodel.h"

namespace ha::ui {

using logs::LogFlag;
using logs::LogModel;
using logs::Severity;

QColor highlightFor(logs::LogFlags flags, Severity severity)
{
    if (flags & LogFlag::Fencing)
        return QColor(0xf4, 0xb4, 0xb4);
    if (flags & LogFlag::ResourceFail)
        return QColor(0xf8, 0xcf, 0xa8);
    if (flags & LogFlag::LinkDown)
        return QColor(0xf6, 0xe0, 0x9a);
    if (flags & (LogFlag::Membership | LogFlag::Quorum))
        return QColor(0xdc, 0xcf, 0xf2);
    if (flags & LogFlag::Transition)
        return QColor(0xc8, 0xdc, 0xf4);
    if (flags & LogFlag::LinkUp)
        return QColor(0xcf, 0xee, 0xcf);
    if (flags & (LogFlag::ResourceStart | LogFlag::ResourceStop))
        return QColor(0xe4, 0xf2, 0xe4);
    if (severity != Severity::Unknown && severity <= Severity::Error)
        return QColor(0xfb, 0xe3, 0xe3);
    return {};
}

void LogRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto flags = static_cast<logs::LogFlags>(index.data(LogModel::FlagsRole).toInt());
    const auto severity = static_cast<Severity>(index.data(LogModel::SeverityRole).toInt());
    const QColor bg = highlightFor(flags, severity);
    if (bg.isValid())
        option->backgroundBrush = bg;
    if (severity != Severity::Unknown && severity <= Severity::Error) {
        option->font.setBold(true);
        option->palette.setColor(QPalette::Text, QColor(0x9a, 0x10, 0x10));
    } else if (severity == Severity::Warning) {
        option->palette.setColor(QPalette::Text, QColor(0x8a, 0x5a, 0x00));
    }
}

} // namespace ha::ui
