#pragma once
// Time arithmetic for log lines. Hand-written because QDateTime per line is too slow for a
// million lines; local-to-UTC conversion asks QTimeZone once per local hour and caches the result.

#include <QByteArrayView>
#include <QDateTime>
#include <QTimeZone>

namespace ha::logs {

constexpr qint64 kUsPerSecond = 1000000;

// Days since 1970-01-01 of a proleptic Gregorian date (month 1..12).
qint64 daysFromCivil(int year, int month, int day);
void civilFromDays(qint64 days, int *year, int *month, int *day);

// "Jan".."Dec" (case-sensitive as logs write them) to 1..12, 0 if not a month.
int monthFromAbbrev(QByteArrayView three);

struct LocalTime
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    int microsecond = 0;
};

// Converts wall-clock time of one zone to UTC µs. Caches the zone's offset per local hour.
class LocalToUtc
{
public:
    explicit LocalToUtc(QTimeZone zone = QTimeZone::utc());
    qint64 toUtcUs(const LocalTime &t);
    const QTimeZone &zone() const { return m_zone; }

private:
    QTimeZone m_zone;
    qint64 m_cachedHourKey = -1;
    qint64 m_cachedOffsetSeconds = 0;
};

// Year-less timestamps (RFC 3164, pacemaker.log, corosync.log): the year comes from a reference
// date (usually "now" or the file's mtime, in the node's zone), with New Year handled: a line
// later in the year than the reference belongs to the year before, and a jump back from December
// to January inside the stream starts the next year.
class YearGuesser
{
public:
    explicit YearGuesser(QDate reference = QDate::currentDate());
    int yearFor(int month);

private:
    QDate m_reference;
    int m_year = 0;
    int m_lastMonth = 0;
};

// Parses digits at s[pos..pos+n); -1 if any is not a digit.
inline int parseDigits(QByteArrayView s, qsizetype pos, int n)
{
    if (pos < 0 || pos + n > s.size())
        return -1;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

// Parses an optional fraction ".123" / ".123456" at s[*pos]; returns µs and advances *pos.
int parseFractionUs(QByteArrayView s, qsizetype *pos);

} // namespace ha::logs
