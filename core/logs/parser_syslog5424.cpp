// RFC 5424: "<PRI>VERSION TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA [MSG]"
//   <29>1 2026-11-25T09:12:01.123456+00:00 node1 corosync 1234 - - [TOTEM ] A new membership ...
//   <165>1 2026-11-25T09:12:01Z node2 pacemaker-fenced 77 ID47 [origin ip="198.18.0.12"] msg
// "-" stands for an absent field; the message may start with a UTF-8 BOM.
#include "logparser.h"

namespace ha::logs {

namespace {

// Moves past one space-delimited field; returns its range.
bool field(QByteArrayView s, qsizetype *pos, qsizetype *begin, qsizetype *end)
{
    qsizetype p = *pos;
    *begin = p;
    while (p < s.size() && s[p] != ' ')
        ++p;
    if (p == *begin || p >= s.size())
        return false;
    *end = p;
    *pos = p + 1;
    return true;
}

// Structured data: "-" or one or more "[id k="v" ...]" with \" \] \\ escapes in values.
bool skipStructuredData(QByteArrayView s, qsizetype *pos)
{
    qsizetype p = *pos;
    if (p < s.size() && s[p] == '-') {
        *pos = p + 1;
        return true;
    }
    if (p >= s.size() || s[p] != '[')
        return false;
    while (p < s.size() && s[p] == '[') {
        bool inQuotes = false;
        ++p;
        for (; p < s.size(); ++p) {
            const char c = s[p];
            if (inQuotes && c == '\\') {
                ++p;
            } else if (c == '"') {
                inQuotes = !inQuotes;
            } else if (c == ']' && !inQuotes) {
                break;
            }
        }
        if (p >= s.size())
            return false;
        ++p;
    }
    *pos = p;
    return true;
}

class Syslog5424Parser final : public LineParser
{
public:
    LogFormat format() const override { return LogFormat::Syslog5424; }

    bool parse(const QByteArray &line, LogEntry &out, ParseContext &ctx) const override
    {
        const QByteArrayView s(line);
        if (s.size() < 4 || s[0] != '<')
            return false;
        const qsizetype close = findChar(s, '>', 1);
        if (close < 2 || close > 4)
            return false;
        const int pri = parseDigits(s, 1, static_cast<int>(close - 1));
        if (pri < 0 || pri > 191 || parseDigits(s, close + 1, 1) < 1)
            return false;
        qsizetype p = close + 2;
        while (p < s.size() && s[p] >= '0' && s[p] <= '9')
            ++p;
        if (p >= s.size() || s[p] != ' ')
            return false;
        ++p;
        qint64 us = 0;
        bool haveTime = false;
        if (p < s.size() && s[p] == '-') {
            p += 1;
        } else {
            if (!parseRfc3339(s, &p, &us))
                return false;
            haveTime = true;
        }
        if (p >= s.size() || s[p] != ' ')
            return false;
        ++p;
        qsizetype hostB = 0, hostE = 0, appB = 0, appE = 0, b = 0, e = 0;
        if (!field(s, &p, &hostB, &hostE) || !field(s, &p, &appB, &appE) || !field(s, &p, &b, &e)
            || !field(s, &p, &b, &e) || !skipStructuredData(s, &p))
            return false;
        if (p < s.size() && s[p] == ' ')
            ++p;
        if (s.sliced(p).startsWith("\xEF\xBB\xBF"))
            p += 3;
        out.timeUs = haveTime ? us : 0;
        out.severity = static_cast<Severity>(pri & 7);
        const QByteArrayView app = s.sliced(appB, appE - appB);
        out.source = ctx.intern(ctx.sourceCache, app == "-" ? QByteArrayView("syslog") : app);
        const QByteArrayView host = s.sliced(hostB, hostE - hostB);
        if (host != "-")
            out.node = ctx.intern(ctx.hostCache, host);
        out.setRaw(line, p);
        return haveTime;
    }
};

} // namespace

std::unique_ptr<LineParser> makeSyslog5424Parser()
{
    return std::make_unique<Syslog5424Parser>();
}

} // namespace ha::logs
