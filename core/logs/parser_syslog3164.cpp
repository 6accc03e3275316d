// RFC 3164 (BSD syslog) as received on the wire or written to /var/log/messages:
//   <30>Nov 25 09:12:01 node1 corosync[1234]:   [TOTEM ] A new membership ...
//   Nov  5 09:12:01 node1 kernel: e1000: eth1 NIC Link is Down
// No year and local time: the stream's YearGuesser and zone supply them. The PRI, when present,
// gives the severity; else Pacemaker's "level: " prefix does.
#include "logparser.h"

namespace ha::logs {

namespace {

class Syslog3164Parser final : public LineParser
{
public:
    LogFormat format() const override { return LogFormat::Syslog3164; }

    bool parse(const QByteArray &line, LogEntry &out, ParseContext &ctx) const override
    {
        const QByteArrayView s(line);
        qsizetype p = 0;
        int pri = -1;
        if (!s.isEmpty() && s[0] == '<') {
            const qsizetype close = findChar(s, '>', 1);
            if (close < 2 || close > 4)
                return false;
            pri = parseDigits(s, 1, static_cast<int>(close - 1));
            if (pri < 0 || pri > 191)
                return false;
            p = close + 1;
        }
        LocalTime t;
        if (!parseBsdTimestamp(s, &p, &t) || p >= s.size() || s[p] != ' ')
            return false;
        p = skipSpaces(s, p);
        const qsizetype hostBegin = p;
        while (p < s.size() && s[p] != ' ')
            ++p;
        const qsizetype hostEnd = p;
        p = skipSpaces(s, p);
        qsizetype tagBegin = 0, tagEnd = 0;
        if (hostEnd == hostBegin || !parseSyslogTag(s, &p, &tagBegin, &tagEnd))
            return false;
        Severity sev = pri >= 0 ? static_cast<Severity>(pri & 7) : Severity::Unknown;
        qsizetype skip = 0;
        const Severity lead = takeLeadingLevel(s.sliced(p), &skip);
        if (lead != Severity::Unknown) {
            p += skip;
            if (pri < 0)
                sev = lead;
        }
        t.year = ctx.years.yearFor(t.month);
        out.timeUs = ctx.toUtc.toUtcUs(t);
        out.severity = sev;
        out.source = ctx.intern(ctx.sourceCache, s.sliced(tagBegin, tagEnd - tagBegin));
        out.node = ctx.intern(ctx.hostCache, s.sliced(hostBegin, hostEnd - hostBegin));
        out.setRaw(line, p);
        return true;
    }
};

} // namespace

std::unique_ptr<LineParser> makeSyslog3164Parser()
{
    return std::make_unique<Syslog3164Parser>();
}

} // namespace ha::logs
