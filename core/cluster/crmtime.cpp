#include "crmtime.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace ha {

QDateTime parseCrmTime(const QString &text, const QTimeZone &zone)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    bool isNumber = false;
    const qint64 epoch = t.toLongLong(&isNumber);
    if (isNumber)
        return epoch > 0 ? QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc()) : QDateTime();

    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch m = iso.match(t);
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const int ms = m.captured(7).isEmpty() ? 0 : m.captured(7).left(3).leftJustified(3, u'0').toInt();
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
        if (!date.isValid() || !time.isValid())
            return {};
        const QString z = m.captured(8);
        if (z.isEmpty())
            return QDateTime(date, time, zone).toUTC();
        if (z == QLatin1String("Z"))
            return QDateTime(date, time, QTimeZone::utc());
        QString digits = z.mid(1);
        digits.remove(u':');
        const int seconds = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60)
                            * (z.startsWith(u'-') ? -1 : 1);
        return QDateTime(date, time, QTimeZone(seconds)).toUTC();
    }

    // ctime: "Wed Nov 25 08:25:53 2026" (day of month may be padded with a space).
    QString c = t;
    c.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    const QDateTime dt = QLocale::c().toDateTime(c, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    if (dt.isValid())
        return QDateTime(dt.date(), dt.time(), zone).toUTC();
    return {};
}

} // namespace ha
