// corosync.log (logsys file output with "timestamp: hires"):
//   Nov 25 09:00:49.037 [14] node1 corosync notice  [TOTEM ] Initializing transport (Kronosnet).
// Without hires the fraction is absent. The message keeps its "[SUBSYS]" prefix: operators grep it.
#include "logparser.h"

namespace ha::logs {

namespace {

class CorosyncLogParser final : public LineParser
{
public:
    LogFormat format() const override { return LogFormat::CorosyncLog; }

    bool parse(const QByteArray &line, LogEntry &out, ParseContext &ctx) const override
    {
        const QByteArrayView s(line);
        qsizetype p = 0;
        LocalTime t;
        if (!parseBsdTimestamp(s, &p, &t) || p + 2 >= s.size() || s[p] != ' ' || s[p + 1] != '[')
            return false;
        const qsizetype closePid = findChar(s, ']', p + 2);
        if (closePid < 0)
            return false;
        p = skipSpaces(s, closePid + 1);
        const qsizetype hostBegin = p;
        while (p < s.size() && s[p] != ' ')
            ++p;
        const qsizetype hostEnd = p;
        p = skipSpaces(s, p);
        const qsizetype identBegin = p;
        while (p < s.size() && s[p] != ' ')
            ++p;
        const qsizetype identEnd = p;
        p = skipSpaces(s, p);
        const qsizetype levelBegin = p;
        while (p < s.size() && s[p] != ' ')
            ++p;
        const Severity sev = severityFromName(s.sliced(levelBegin, p - levelBegin));
        p = skipSpaces(s, p);
        if (sev == Severity::Unknown || hostEnd == hostBegin || identEnd == identBegin
            || p >= s.size() || s[p] != '[')
            return false;
        t.year = ctx.years.yearFor(t.month);
        out.timeUs = ctx.toUtc.toUtcUs(t);
        out.severity = sev;
        out.source = ctx.intern(ctx.sourceCache, s.sliced(identBegin, identEnd - identBegin));
        out.node = ctx.intern(ctx.hostCache, s.sliced(hostBegin, hostEnd - hostBegin));
        out.setRaw(line, p);
        return true;
    }
};

} // namespace

std::unique_ptr<LineParser> makeCorosyncLogParser()
{
    return std::make_unique<CorosyncLogParser>();
}

} // namespace ha::logs
