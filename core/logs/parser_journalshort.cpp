// journalctl -o short-iso-precise (and rsyslog's default RFC 3339 file format on Debian 12):
//   2026-11-25T09:12:01.123456+01:00 node1 pacemaker-controld[1234]: notice: State transition ...
// The zone is in the line, so no guessing. Pacemaker prefixes its syslog messages with the level.
#include "logparser.h"

namespace ha::logs {

namespace {

class JournalShortIsoParser final : public LineParser
{
public:
    LogFormat format() const override { return LogFormat::JournalShortIso; }

    bool parse(const QByteArray &line, LogEntry &out, ParseContext &ctx) const override
    {
        const QByteArrayView s(line);
        qsizetype p = 0;
        qint64 us = 0;
        if (!parseRfc3339(s, &p, &us) || p >= s.size() || s[p] != ' ')
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
        qsizetype skip = 0;
        const Severity sev = takeLeadingLevel(s.sliced(p), &skip);
        p += skip;
        out.timeUs = us;
        out.severity = sev;
        out.source = ctx.intern(ctx.sourceCache, s.sliced(tagBegin, tagEnd - tagBegin));
        out.node = ctx.intern(ctx.hostCache, s.sliced(hostBegin, hostEnd - hostBegin));
        out.setRaw(line, p);
        return true;
    }
};

} // namespace

std::unique_ptr<LineParser> makeJournalShortIsoParser()
{
    return std::make_unique<JournalShortIsoParser>();
}

} // namespace ha::logs
