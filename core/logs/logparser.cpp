#include "logparser.h"

namespace ha::logs {

std::unique_ptr<LineParser> makeJournalJsonParser();
std::unique_ptr<LineParser> makeJournalShortIsoParser();
std::unique_ptr<LineParser> makeSyslog3164Parser();
std::unique_ptr<LineParser> makeSyslog5424Parser();
std::unique_ptr<LineParser> makePacemakerLogParser();
std::unique_ptr<LineParser> makeCorosyncLogParser();
std::unique_ptr<LineParser> makeMariaDbLogParser();

namespace {

struct FormatName
{
    LogFormat format;
    const char *name;
};

constexpr FormatName kNames[] = {
    {LogFormat::Unknown, "raw"},
    {LogFormat::JournalJson, "journal-json"},
    {LogFormat::JournalShortIso, "journal-short-iso"},
    {LogFormat::Syslog3164, "syslog-3164"},
    {LogFormat::Syslog5424, "syslog-5424"},
    {LogFormat::PacemakerLog, "pacemaker"},
    {LogFormat::CorosyncLog, "corosync"},
    {LogFormat::MariaDbLog, "mariadb"},
};

} // namespace

QString formatName(LogFormat f)
{
    for (const FormatName &n : kNames) {
        if (n.format == f)
            return QString::fromLatin1(n.name);
    }
    return QStringLiteral("raw");
}

LogFormat formatFromName(const QString &name)
{
    for (const FormatName &n : kNames) {
        if (name == QLatin1String(n.name))
            return n.format;
    }
    return LogFormat::Unknown;
}

const QString &ParseContext::intern(QString &cache, QByteArrayView bytes)
{
    // Compare without allocating: sources are short ASCII words.
    bool same = cache.size() == bytes.size();
    for (qsizetype i = 0; same && i < bytes.size(); ++i)
        same = cache.at(i).unicode() == static_cast<uchar>(bytes[i]);
    if (!same)
        cache = QString::fromUtf8(bytes);
    return cache;
}

std::unique_ptr<LineParser> makeParser(LogFormat f)
{
    switch (f) {
    case LogFormat::JournalJson: return makeJournalJsonParser();
    case LogFormat::JournalShortIso: return makeJournalShortIsoParser();
    case LogFormat::Syslog3164: return makeSyslog3164Parser();
    case LogFormat::Syslog5424: return makeSyslog5424Parser();
    case LogFormat::PacemakerLog: return makePacemakerLogParser();
    case LogFormat::CorosyncLog: return makeCorosyncLogParser();
    case LogFormat::MariaDbLog: return makeMariaDbLogParser();
    case LogFormat::Unknown: break;
    }
    return nullptr;
}

bool parseBsdTimestamp(QByteArrayView s, qsizetype *pos, LocalTime *t)
{
    qsizetype p = *pos;
    if (p + 15 > s.size())
        return false;
    t->month = monthFromAbbrev(s.sliced(p, 3));
    if (t->month == 0 || s[p + 3] != ' ')
        return false;
    p += 4;
    // Day: "05", " 5" (RFC 3164 pads with a space) or "5".
    if (s[p] == ' ')
        ++p;
    int day = parseDigits(s, p, 2);
    if (day >= 0) {
        p += 2;
    } else {
        day = parseDigits(s, p, 1);
        p += 1;
    }
    if (day < 1 || day > 31 || p >= s.size() || s[p] != ' ')
        return false;
    ++p;
    const int hh = parseDigits(s, p, 2);
    const int mm = parseDigits(s, p + 3, 2);
    const int ss = parseDigits(s, p + 6, 2);
    if (hh < 0 || mm < 0 || ss < 0 || s[p + 2] != ':' || s[p + 5] != ':' || hh > 23 || mm > 59
        || ss > 60)
        return false;
    p += 8;
    t->day = day;
    t->hour = hh;
    t->minute = mm;
    t->second = ss > 59 ? 59 : ss;
    t->microsecond = parseFractionUs(s, &p);
    *pos = p;
    return true;
}

bool parseRfc3339(QByteArrayView s, qsizetype *pos, qint64 *utcUs)
{
    qsizetype p = *pos;
    const int y = parseDigits(s, p, 4);
    const int mo = parseDigits(s, p + 5, 2);
    const int d = parseDigits(s, p + 8, 2);
    const int hh = parseDigits(s, p + 11, 2);
    const int mi = parseDigits(s, p + 14, 2);
    const int ss = parseDigits(s, p + 17, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || hh < 0 || hh > 23 || mi < 0 || mi > 59
        || ss < 0 || ss > 60 || s[p + 4] != '-' || s[p + 7] != '-'
        || (s[p + 10] != 'T' && s[p + 10] != ' ') || s[p + 13] != ':' || s[p + 16] != ':')
        return false;
    p += 19;
    const int us = parseFractionUs(s, &p);
    if (p >= s.size())
        return false;
    qint64 offsetSeconds = 0;
    if (s[p] == 'Z' || s[p] == 'z') {
        ++p;
    } else if (s[p] == '+' || s[p] == '-') {
        const int sign = s[p] == '-' ? -1 : 1;
        const int oh = parseDigits(s, p + 1, 2);
        if (oh < 0)
            return false;
        qsizetype q = p + 3;
        if (q < s.size() && s[q] == ':')
            ++q;
        const int om = parseDigits(s, q, 2);
        if (om < 0)
            return false;
        offsetSeconds = sign * (oh * 3600 + om * 60);
        p = q + 2;
    } else {
        return false;
    }
    const qint64 seconds = daysFromCivil(y, mo, d) * 86400 + hh * 3600 + mi * 60 + (ss > 59 ? 59 : ss);
    *utcUs = (seconds - offsetSeconds) * kUsPerSecond + us;
    *pos = p;
    return true;
}

Severity takeLeadingLevel(QByteArrayView message, qsizetype *skip)
{
    const qsizetype colon = findChar(message, ':', 0);
    if (colon <= 0 || colon > 9 || colon + 1 >= message.size() || message[colon + 1] != ' ')
        return Severity::Unknown;
    const Severity s = severityFromName(message.first(colon));
    if (s != Severity::Unknown)
        *skip = colon + 2;
    return s;
}

bool parseSyslogTag(QByteArrayView s, qsizetype *pos, qsizetype *tagBegin, qsizetype *tagEnd)
{
    const qsizetype begin = *pos;
    qsizetype p = begin;
    while (p < s.size() && s[p] != '[' && s[p] != ':' && s[p] != ' ')
        ++p;
    if (p == begin || p >= s.size())
        return false;
    const qsizetype end = p;
    if (s[p] == '[') {
        const qsizetype close = findChar(s, ']', p);
        if (close < 0)
            return false;
        p = close + 1;
    }
    if (p >= s.size() || s[p] != ':')
        return false;
    ++p;
    if (p < s.size() && s[p] == ' ')
        ++p;
    *tagBegin = begin;
    *tagEnd = end;
    *pos = p;
    return true;
}

QByteArrayView stripUnitSuffix(QByteArrayView unit)
{
    if (unit.endsWith(".service"))
        return unit.chopped(8);
    return unit;
}

} // namespace ha::logs
