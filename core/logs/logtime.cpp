#include "logtime.h"

namespace ha::logs {

// Howard Hinnant's civil calendar algorithms (public domain description).
qint64 daysFromCivil(int year, int month, int day)
{
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 mp = (month + 9) % 12;
    const qint64 doy = (153 * mp + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    *year = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    *month = static_cast<int>(m);
    *day = static_cast<int>(d);
}

int monthFromAbbrev(QByteArrayView s)
{
    if (s.size() < 3)
        return 0;
    static const char names[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    for (int i = 0; i < 12; ++i) {
        if (s[0] == names[i * 3] && s[1] == names[i * 3 + 1] && s[2] == names[i * 3 + 2])
            return i + 1;
    }
    return 0;
}

int parseFractionUs(QByteArrayView s, qsizetype *pos)
{
    qsizetype p = *pos;
    if (p >= s.size() || (s[p] != '.' && s[p] != ','))
        return 0;
    ++p;
    int us = 0;
    int digits = 0;
    while (p < s.size() && s[p] >= '0' && s[p] <= '9') {
        if (digits < 6) {
            us = us * 10 + (s[p] - '0');
            ++digits;
        }
        ++p;
    }
    if (digits == 0)
        return 0;
    for (int i = digits; i < 6; ++i)
        us *= 10;
    *pos = p;
    return us;
}

LocalToUtc::LocalToUtc(QTimeZone zone) : m_zone(std::move(zone))
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

qint64 LocalToUtc::toUtcUs(const LocalTime &t)
{
    const qint64 days = daysFromCivil(t.year, t.month, t.day);
    const qint64 hourKey = days * 24 + t.hour;
    if (hourKey != m_cachedHourKey) {
        // Ask the zone at the middle of the hour: away from the edges of a DST change.
        const QDateTime local(QDate(t.year, t.month, t.day), QTime(t.hour, 30), m_zone);
        m_cachedOffsetSeconds = local.isValid() ? local.offsetFromUtc() : m_zone.standardTimeOffset(local);
        m_cachedHourKey = hourKey;
    }
    const qint64 localSeconds = days * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
    return (localSeconds - m_cachedOffsetSeconds) * kUsPerSecond + t.microsecond;
}

YearGuesser::YearGuesser(QDate reference)
    : m_reference(reference.isValid() ? reference : QDate::currentDate())
{
}

int YearGuesser::yearFor(int month)
{
    if (m_lastMonth == 0) {
        // Logs are not written in the future: a month after the reference month is last year's.
        m_year = m_reference.year() - (month > m_reference.month() ? 1 : 0);
        m_lastMonth = month;
        return m_year;
    }
    if (month < m_lastMonth && m_lastMonth - month >= 6) {
        ++m_year; // December -> January
        m_lastMonth = month;
        return m_year;
    }
    if (month > m_lastMonth && month - m_lastMonth >= 6)
        return m_year - 1; // a straggler from before New Year; keep the current year
    m_lastMonth = month;
    return m_year;
}

} // namespace ha::logs
