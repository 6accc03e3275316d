#pragma once
// One stream of lines from one node (a file, a journald unit, a tail): detects or is told the
// format, parses each line and never drops one. A line that matches no format becomes a raw
// entry with severity Unknown and the previous entry's time and source, so continuation lines
// (stack traces, multi-line SQL) stay next to the line they belong to.

#include "logparser.h"

#include <QList>

#include <deque>

namespace ha::logs {

using EntryQueue = std::deque<LogEntry>; // frees memory from the front while merging

// How to read one node's clock. The offset (node clock minus workstation clock) is measured
// elsewhere (over SSH) and subtracted when streams are merged.
struct NodeClock
{
    QTimeZone zone = QTimeZone::utc(); // for formats that write local time without a zone
    qint64 offsetUs = 0;
    QDate referenceDate;               // for year-less formats: "today" on the node, or file mtime
};

struct StreamOptions
{
    QString node;          // the profile's node name; wins over the host name in the lines
    QString defaultSource; // source of raw lines before any line parsed (e.g. the file name)
    LogFormat format = LogFormat::Unknown; // Unknown: detect from the first lines
    NodeClock clock;
};

// Picks the format most of the sample lines parse in (ties go to the more specific format).
LogFormat detectFormat(const QList<QByteArray> &sampleLines);

class LogStream
{
public:
    explicit LogStream(StreamOptions options, quint64 firstSequence = 1);

    // Detects the format if it was not given (call before the first parseLine()).
    void detect(const QList<QByteArray> &sampleLines);
    LogFormat format() const { return m_options.format; }
    const StreamOptions &options() const { return m_options; }

    // The line without its newline. Always returns an entry.
    LogEntry parseLine(const QByteArray &line);

    quint64 nextSequence() const { return m_sequence; }
    const QString &lastCursor() const { return m_ctx.lastCursor; } // journald resume point

private:
    StreamOptions m_options;
    ParseContext m_ctx;
    std::unique_ptr<LineParser> m_parser;
    quint64 m_sequence = 1;
    qint64 m_lastTimeUs = 0;
    QString m_lastSource;
};

} // namespace ha::logs
