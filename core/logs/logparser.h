#pragma once
// Line parsers, one per log format (each in its own parser_<format>.cpp), and the per-stream
// state they share: the node's zone, the year of year-less timestamps, the journald cursor.

#include "logentry.h"
#include "logtime.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace ha::logs {

enum class LogFormat {
    Unknown,          // nothing matched: every line is kept as raw text
    JournalJson,      // journalctl -o json
    JournalShortIso,  // journalctl -o short-iso-precise, rsyslog's RFC 3339 file format
    Syslog3164,       // "<PRI>Nov 25 09:12:01 host tag[pid]: msg", /var/log/messages
    Syslog5424,       // "<PRI>1 2026-11-25T09:12:01.123Z host app procid msgid [sd] msg"
    PacemakerLog,     // /var/log/pacemaker/pacemaker.log (libqb file format)
    CorosyncLog,      // /var/log/corosync/corosync.log
    MariaDbLog,       // MariaDB / MySQL error log
};

QString formatName(LogFormat f); // stable identifiers: "journal-json", "pacemaker", ...
LogFormat formatFromName(const QString &name); // Unknown if not a name

// State one stream (one node's one file or unit) carries from line to line.
struct ParseContext
{
    explicit ParseContext(const QTimeZone &zone = QTimeZone::utc(), QDate reference = QDate::currentDate())
        : toUtc(zone), years(reference)
    {
    }
    LocalToUtc toUtc;   // the node's zone, for formats that write local time
    YearGuesser years;  // for formats that write no year
    QString lastCursor; // journald __CURSOR of the last JSON entry parsed
    QString sourceCache; // last source seen: reused so entries share one string
    QString hostCache;

    // Returns a shared QString equal to bytes (no allocation when the source repeats).
    const QString &intern(QString &cache, QByteArrayView bytes);
};

class LineParser
{
public:
    virtual ~LineParser() = default;
    virtual LogFormat format() const = 0;
    // Fills time (UTC µs of the node's clock), source, severity, message slice and node (if the
    // line names one) of out. Returns false if the line is not in this format; out is then
    // unspecified and the caller keeps the line as raw text.
    virtual bool parse(const QByteArray &line, LogEntry &out, ParseContext &ctx) const = 0;
};

std::unique_ptr<LineParser> makeParser(LogFormat f); // nullptr for Unknown

// Shared by the syslog-like parsers: "Nov 25 09:12:01[.123456]" at s[*pos]; advances *pos.
bool parseBsdTimestamp(QByteArrayView s, qsizetype *pos, LocalTime *t);
// "2026-11-25T09:12:01.123456+01:00" / "...Z" at s[*pos]; returns UTC µs or false.
bool parseRfc3339(QByteArrayView s, qsizetype *pos, qint64 *utcUs);
// Pacemaker logs its level at the start of syslog messages ("notice: ..."): takes it if present.
Severity takeLeadingLevel(QByteArrayView message, qsizetype *skip);
// "tag[pid]: " or "tag: " at s[*pos] (syslog program name); sets the tag range, advances past ": ".
bool parseSyslogTag(QByteArrayView s, qsizetype *pos, qsizetype *tagBegin, qsizetype *tagEnd);
// Unit names from journald: "corosync.service" -> "corosync".
QByteArrayView stripUnitSuffix(QByteArrayView unit);

inline qsizetype skipSpaces(QByteArrayView s, qsizetype pos)
{
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t'))
        ++pos;
    return pos;
}

inline qsizetype findChar(QByteArrayView s, char c, qsizetype from)
{
    for (qsizetype i = from; i < s.size(); ++i) {
        if (s[i] == c)
            return i;
    }
    return -1;
}

} // namespace ha::logs
