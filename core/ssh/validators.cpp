#include "validators.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>

namespace ha::validate {

namespace {

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool hasControl(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

bool validDateTime(const QRegularExpressionMatch &m)
{
    const QDate date(m.captured(QStringLiteral("y")).toInt(),
                     m.captured(QStringLiteral("mo")).toInt(),
                     m.captured(QStringLiteral("d")).toInt());
    if (!date.isValid())
        return false;
    if (m.captured(QStringLiteral("h")).isEmpty())
        return true;
    const QString sec = m.captured(QStringLiteral("s"));
    const QTime time(m.captured(QStringLiteral("h")).toInt(),
                     m.captured(QStringLiteral("mi")).toInt(), sec.isEmpty() ? 0 : sec.toInt());
    if (!time.isValid())
        return false;
    const QString tzh = m.captured(QStringLiteral("tzh"));
    if (!tzh.isEmpty() && (tzh.toInt() > 14 || m.captured(QStringLiteral("tzm")).toInt() > 59))
        return false;
    return true;
}

} // namespace

bool pacemakerId(const QString &s)
{
    if (s.isEmpty() || s.size() > 255)
        return false;
    const char16_t first = s.front().unicode();
    if (!isAsciiLetter(first) && first != u'_')
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!isAsciiLetter(u) && !isAsciiDigit(u) && u != u'.' && u != u'-' && u != u'_')
            return false;
    }
    return true;
}

bool nodeName(const QString &s)
{
    if (s.isEmpty() || s.size() > 253)
        return false;
    const QStringList labels = s.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        if (label.front() == u'-' || label.back() == u'-')
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            if (!isAsciiLetter(u) && !isAsciiDigit(u) && u != u'-')
                return false;
        }
    }
    return true;
}

bool isoDuration(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^P(?:\\d{1,9}Y)?(?:\\d{1,9}M)?(?:\\d{1,9}W)?(?:\\d{1,9}D)?"
                       "(?:T(?:\\d{1,9}H)?(?:\\d{1,9}M)?(?:\\d{1,9}S)?)?\\z"));
    if (!re.match(s).hasMatch())
        return false;
    // The pattern also takes "P", "PT" and "P1DT": P needs a component, T needs one after it.
    if (s.size() < 2)
        return false;
    const qsizetype t = s.indexOf(u'T');
    return t < 0 || t + 1 < s.size();
}

bool timestamp(const QString &s)
{
    if (s.size() > 40)
        return false;
    if (s == QLatin1String("now") || s == QLatin1String("today") || s == QLatin1String("yesterday"))
        return true;
    static const QRegularExpression epoch(QStringLiteral("^@\\d{1,12}\\z"));
    if (epoch.match(s).hasMatch())
        return true;
    static const QRegularExpression relative(QStringLiteral("^-\\d{1,6}(?:s|min|h|d|w)\\z"));
    if (relative.match(s).hasMatch())
        return true;
    static const QRegularExpression absolute(
        QStringLiteral("^(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})"
                       "(?:(?:[ T])(?<h>\\d{2}):(?<mi>\\d{2})(?::(?<s>\\d{2}))?"
                       "(?:Z|[+-](?<tzh>\\d{2}):(?<tzm>\\d{2}))?)?\\z"));
    const QRegularExpressionMatch m = absolute.match(s);
    if (!m.hasMatch())
        return false;
    // A zone suffix only with a 'T' form: journalctl does not take "2024-01-01 10:00Z".
    const bool zoned = s.endsWith(u'Z') || !m.captured(QStringLiteral("tzh")).isEmpty();
    if (zoned && s.size() > 10 && s.at(10) != u'T')
        return false;
    return validDateTime(m);
}

bool unitName(const QString &s)
{
    if (s.isEmpty() || s.size() > 256)
        return false;
    if (s.front() == u'-' || s.front() == u'.')
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!isAsciiLetter(u) && !isAsciiDigit(u) && u != u':' && u != u'-' && u != u'_' &&
            u != u'.' && u != u'\\' && u != u'@')
            return false;
    }
    return true;
}

bool absolutePath(const QString &s)
{
    if (s.isEmpty() || s.size() > 4096 || s.front() != u'/' || hasControl(s))
        return false;
    const QStringList parts = s.split(u'/');
    for (const QString &p : parts) {
        if (p == QLatin1String("..") || p == QLatin1String("."))
            return false;
    }
    return true;
}

QStringList logDirectories()
{
    return {QStringLiteral("/var/log/pacemaker"), QStringLiteral("/var/log/corosync"),
            QStringLiteral("/var/log/cluster"),   QStringLiteral("/var/log/mysql"),
            QStringLiteral("/var/log/mariadb"),   QStringLiteral("/var/log/crmsh")};
}

QStringList logFiles()
{
    return {QStringLiteral("/var/log/messages"),      QStringLiteral("/var/log/syslog"),
            QStringLiteral("/var/log/pacemaker.log"), QStringLiteral("/var/log/corosync.log"),
            QStringLiteral("/var/log/ha-log"),        QStringLiteral("/var/log/ha-debug")};
}

bool logPath(const QString &s)
{
    if (!absolutePath(s) || s.contains(QLatin1String("//")) || s.endsWith(u'/'))
        return false;
    if (logFiles().contains(s))
        return true;
    const QStringList dirs = logDirectories();
    for (const QString &dir : dirs) {
        if (s.startsWith(dir + u'/'))
            return true;
    }
    return false;
}

bool attributeValue(const QString &s)
{
    return !s.isEmpty() && s.size() <= 1024 && !hasControl(s);
}

} // namespace ha::validate
