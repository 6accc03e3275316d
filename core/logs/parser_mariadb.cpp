// MariaDB error log (10.x): "2026-11-25  9:12:01 0 [Note] InnoDB: ..." (the hour is padded with a
// space), older "261125  9:12:01 [Note] ..." and mysqld_safe's "261125 09:12:01 mysqld_safe ...".
// Times are the server's local time.
#include "logparser.h"

namespace ha::logs {

namespace {

int parseSpacePadded2(QByteArrayView s, qsizetype p)
{
    if (p + 2 > s.size())
        return -1;
    if (s[p] == ' ')
        return parseDigits(s, p + 1, 1);
    return parseDigits(s, p, 2);
}

class MariaDbLogParser final : public LineParser
{
public:
    LogFormat format() const override { return LogFormat::MariaDbLog; }

    bool parse(const QByteArray &line, LogEntry &out, ParseContext &ctx) const override
    {
        const QByteArrayView s(line);
        LocalTime t;
        qsizetype p = 0;
        if (parseDigits(s, 0, 4) >= 0 && s.size() > 10 && s[4] == '-' && s[7] == '-') {
            t.year = parseDigits(s, 0, 4);
            t.month = parseDigits(s, 5, 2);
            t.day = parseDigits(s, 8, 2);
            p = 10;
        } else if (parseDigits(s, 0, 6) >= 0 && s.size() > 6 && s[6] == ' ') {
            t.year = 2000 + parseDigits(s, 0, 2);
            t.month = parseDigits(s, 2, 2);
            t.day = parseDigits(s, 4, 2);
            p = 6;
        } else {
            return false;
        }
        if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31 || p >= s.size() || s[p] != ' ')
            return false;
        ++p; // one separator; the hour may bring its own padding space
        t.hour = parseSpacePadded2(s, p);
        t.minute = parseDigits(s, p + 3, 2);
        t.second = parseDigits(s, p + 6, 2);
        if (t.hour < 0 || t.hour > 23 || t.minute < 0 || t.second < 0 || s[p + 2] != ':'
            || s[p + 5] != ':')
            return false;
        p += 8;
        t.microsecond = parseFractionUs(s, &p);
        p = skipSpaces(s, p);
        // Optional thread id.
        qsizetype q = p;
        while (q < s.size() && s[q] >= '0' && s[q] <= '9')
            ++q;
        if (q > p && q < s.size() && s[q] == ' ')
            p = skipSpaces(s, q);
        Severity sev = Severity::Unknown;
        QByteArrayView source("mariadb");
        if (p < s.size() && s[p] == '[') {
            const qsizetype close = findChar(s, ']', p);
            if (close < 0)
                return false;
            sev = severityFromName(s.sliced(p + 1, close - p - 1));
            if (sev == Severity::Unknown)
                return false;
            p = skipSpaces(s, close + 1);
        } else if (s.sliced(p).startsWith("mysqld_safe ")) {
            source = QByteArrayView("mysqld_safe");
            sev = Severity::Notice;
            p = skipSpaces(s, p + 12);
        } else {
            return false;
        }
        out.timeUs = ctx.toUtc.toUtcUs(t);
        out.severity = sev;
        out.source = ctx.intern(ctx.sourceCache, source);
        out.setRaw(line, p);
        return true;
    }
};

} // namespace

std::unique_ptr<LineParser> makeMariaDbLogParser()
{
    return std::make_unique<MariaDbLogParser>();
}

} // namespace ha::logs
