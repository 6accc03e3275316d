#include "statebadge.h"

#include "cluster/clusterstatus.h"
#include "cluster/modelroles.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace ha::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ha::ui::StateBadge", text);
}

constexpr int kPadX = 7;
constexpr int kPadY = 2;

} // namespace

QColor severityBackground(Severity s)
{
    switch (s) {
    case Severity::Good:
        return QColor(0x1e, 0x7d, 0x32);
    case Severity::Neutral:
        return QColor(0x61, 0x61, 0x61);
    case Severity::Warning:
        return QColor(0xf9, 0xa8, 0x25);
    case Severity::Bad:
        return QColor(0xc6, 0x28, 0x28);
    }
    return QColor(0x61, 0x61, 0x61);
}

QColor severityForeground(Severity s)
{
    // Dark text on amber: white on yellow is unreadable.
    return s == Severity::Warning ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
}

StateBadge resourceBadge(const Resource &r)
{
    if (r.failed)
        return {QStringLiteral("✖"), tr("FAILED"), Severity::Bad};
    if (r.blocked)
        return {QStringLiteral("⚠"), tr("Blocked"), Severity::Bad};
    if (!r.managed)
        return {QStringLiteral("⚠"), tr("Unmanaged"), Severity::Warning};
    if (r.orphaned)
        return {QStringLiteral("⚠"), tr("Orphaned"), Severity::Warning};
    if (r.type != ResourceType::Primitive) {
        // A container reads as the worst of its children, so a collapsed group still shows a
        // failure inside it.
        StateBadge worst;
        bool anyActive = false;
        bool anyStopped = false;
        for (const Resource &c : r.children) {
            const StateBadge b = resourceBadge(c);
            if (!worst.isValid() || static_cast<int>(b.severity) > static_cast<int>(worst.severity))
                worst = b;
            (c.active ? anyActive : anyStopped) = true;
        }
        if (worst.isValid() &&
            (worst.severity == Severity::Bad || worst.severity == Severity::Warning))
            return worst;
        if (r.disabled)
            return {QStringLiteral("■"), tr("Disabled"), Severity::Neutral};
        if (anyActive && anyStopped && r.type == ResourceType::Group)
            return {QStringLiteral("◐"), tr("Partly started"), Severity::Warning};
        if (anyActive || r.active)
            return {QStringLiteral("✔"), tr("Started"), Severity::Good};
        return {QStringLiteral("■"), tr("Stopped"), Severity::Neutral};
    }
    if (!r.role.isEmpty())
        return resourceBadgeFromText(r.role);
    return r.active ? StateBadge{QStringLiteral("✔"), tr("Started"), Severity::Good}
                    : StateBadge{QStringLiteral("■"), tr("Stopped"), Severity::Neutral};
}

StateBadge itemStateBadge(ItemState state, const QString &word)
{
    const auto w = [&word](const char *fallback) { return word.isEmpty() ? tr(fallback) : word; };
    switch (state) {
    case ItemState::Ok:
        return {QStringLiteral("✔"), w("Started"), Severity::Good};
    case ItemState::Promoted:
        return {QStringLiteral("★"), w("Promoted"), Severity::Good};
    case ItemState::Standby:
        return {QStringLiteral("■"), tr("Standby"), Severity::Warning};
    case ItemState::Maintenance:
        return {QStringLiteral("⚙"), tr("Maintenance"), Severity::Warning};
    case ItemState::Unmanaged:
        return {QStringLiteral("⚠"), tr("Unmanaged"), Severity::Warning};
    case ItemState::Stopped:
        return {QStringLiteral("■"), tr("Stopped"), Severity::Neutral};
    case ItemState::Partial:
        return {QStringLiteral("◐"), tr("Partly started"), Severity::Warning};
    case ItemState::Pending:
        return {QStringLiteral("↻"), w("Pending"), Severity::Warning};
    case ItemState::Offline:
        return {QStringLiteral("✖"), tr("OFFLINE"), Severity::Bad};
    case ItemState::Failed:
        return {QStringLiteral("✖"), tr("FAILED"), Severity::Bad};
    case ItemState::Unclean:
        return {QStringLiteral("✖"), tr("UNCLEAN"), Severity::Bad};
    case ItemState::Blocked:
        return {QStringLiteral("⚠"), tr("Blocked"), Severity::Bad};
    case ItemState::Warning:
        return {QStringLiteral("⚠"), w("Check"), Severity::Warning};
    }
    return {QStringLiteral("?"), w("Unknown"), Severity::Neutral};
}

StateBadge resourceBadgeFromText(const QString &state)
{
    const QString s = state.trimmed().toLower();
    if (s.isEmpty())
        return {};
    if (s.contains(QLatin1String("fail")))
        return {QStringLiteral("✖"), tr("FAILED"), Severity::Bad};
    if (s.contains(QLatin1String("block")))
        return {QStringLiteral("⚠"), tr("Blocked"), Severity::Bad};
    if (s.contains(QLatin1String("unmanaged")))
        return {QStringLiteral("⚠"), tr("Unmanaged"), Severity::Warning};
    if (s == QLatin1String("started"))
        return {QStringLiteral("✔"), tr("Started"), Severity::Good};
    if (s == QLatin1String("promoted") || s == QLatin1String("master"))
        return {QStringLiteral("★"), tr("Promoted"), Severity::Good};
    if (s == QLatin1String("unpromoted") || s == QLatin1String("slave"))
        return {QStringLiteral("✔"), tr("Unpromoted"), Severity::Good};
    if (s == QLatin1String("starting") || s == QLatin1String("stopping") ||
        s == QLatin1String("migrating") || s == QLatin1String("promoting") ||
        s == QLatin1String("demoting"))
        return {QStringLiteral("↻"), state.trimmed(), Severity::Warning};
    if (s.contains(QLatin1String("partly")) || s.contains(QLatin1String("partial")))
        return {QStringLiteral("◐"), tr("Partly started"), Severity::Warning};
    if (s == QLatin1String("disabled"))
        return {QStringLiteral("■"), tr("Disabled"), Severity::Neutral};
    if (s == QLatin1String("stopped"))
        return {QStringLiteral("■"), tr("Stopped"), Severity::Neutral};
    return {QStringLiteral("?"), state.trimmed(), Severity::Neutral};
}

QSize badgeSizeHint(const StateBadge &badge, const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics fm(bold);
    return {fm.horizontalAdvance(badge.label()) + 2 * kPadX, fm.height() + 2 * kPadY};
}

void paintBadge(QPainter *painter, const QRect &rect, const StateBadge &badge, const QFont &font)
{
    if (!badge.isValid())
        return;
    QFont bold = font;
    bold.setBold(true);
    const QSize hint = badgeSizeHint(badge, font);
    QRect pill(rect.left() + 2, rect.top() + (rect.height() - hint.height()) / 2,
               qMin(hint.width(), rect.width() - 4), hint.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), pill.height() / 2.0, pill.height() / 2.0);
    painter->fillPath(path, severityBackground(badge.severity));
    painter->setPen(severityForeground(badge.severity));
    painter->setFont(bold);
    painter->drawText(
        pill.adjusted(kPadX, 0, -kPadX + 2, 0), Qt::AlignVCenter | Qt::AlignLeft,
        QFontMetrics(bold).elidedText(badge.label(), Qt::ElideRight, pill.width() - 2 * kPadX + 2));
    painter->restore();
}

} // namespace ha::ui
