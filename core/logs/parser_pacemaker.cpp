// Pacemaker's own log file. libqb writes (lib/common/logging.c, 2.1.x):
//   "%T <node> %-20s[<pid>] (<function>) <tag>\t<level>: <message>"
//   Nov 25 09:01:23.117 node1 pacemaker-controld  [32] (execute_rsc_action) 	notice: Initiating ...
// The daemon name is padded to 20 columns, so a 20-character name touches the "[".
#include "logparser.h"

namespace ha::logs {

namespace {

class PacemakerLogParser final : public LineParser
{
public:
    LogFormat format() const override { return LogFormat::PacemakerLog; }

    bool parse(const QByteArray &line, LogEntry &out, ParseContext &ctx) const override
    {
        const QByteArrayView s(line);
        qsizetype p = 0;
        LocalTime t;
        if (!parseBsdTimestamp(s, &p, &t) || p >= s.size() || s[p] != ' ')
            return false;
        p = skipSpaces(s, p);
        const qsizetype hostBegin = p;
        while (p < s.size() && s[p] != ' ')
            ++p;
        const qsizetype hostEnd = p;
        p = skipSpaces(s, p);
        const qsizetype daemonBegin = p;
        while (p < s.size() && s[p] != ' ' && s[p] != '[')
            ++p;
        const qsizetype daemonEnd = p;
        p = skipSpaces(s, p);
        if (daemonEnd == daemonBegin || hostEnd == hostBegin || p >= s.size() || s[p] != '[')
            return false;
        const qsizetype closePid = findChar(s, ']', p);
        if (closePid < 0 || closePid + 2 >= s.size() || s[closePid + 1] != ' '
            || s[closePid + 2] != '(')
            return false;
        const qsizetype closeFn = findChar(s, ')', closePid + 2);
        if (closeFn < 0)
            return false;
        // After the function: an optional tag, a tab, then "level: ".
        p = closeFn + 1;
        const qsizetype tab = findChar(s, '\t', p);
        p = tab >= 0 ? tab + 1 : skipSpaces(s, p);
        const qsizetype colon = findChar(s, ':', p);
        if (colon < 0)
            return false;
        const Severity sev = severityFromName(s.sliced(p, colon - p));
        if (sev == Severity::Unknown)
            return false;
        qsizetype msg = colon + 1;
        if (msg < s.size() && s[msg] == ' ')
            ++msg;
        t.year = ctx.years.yearFor(t.month);
        out.timeUs = ctx.toUtc.toUtcUs(t);
        out.severity = sev;
        out.source = ctx.intern(ctx.sourceCache, s.sliced(daemonBegin, daemonEnd - daemonBegin));
        out.node = ctx.intern(ctx.hostCache, s.sliced(hostBegin, hostEnd - hostBegin));
        out.setRaw(line, msg);
        return true;
    }
};

} // namespace

std::unique_ptr<LineParser> makePacemakerLogParser()
{
    return std::make_unique<PacemakerLogParser>();
}

} // namespace ha::logs
