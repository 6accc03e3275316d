#include "logstream.h"

namespace ha::logs {

LogFormat detectFormat(const QList<QByteArray> &sampleLines)
{
    // Most specific first: on a tie the earlier one wins (a pacemaker.log line is not syslog).
    static const LogFormat candidates[] = {
        LogFormat::JournalJson, LogFormat::Syslog5424,      LogFormat::PacemakerLog,
        LogFormat::CorosyncLog, LogFormat::MariaDbLog,      LogFormat::JournalShortIso,
        LogFormat::Syslog3164,
    };
    LogFormat best = LogFormat::Unknown;
    int bestScore = 0;
    for (LogFormat f : candidates) {
        const auto parser = makeParser(f);
        ParseContext ctx;
        int score = 0;
        for (const QByteArray &line : sampleLines) {
            LogEntry scratch;
            if (!line.trimmed().isEmpty() && parser->parse(line, scratch, ctx))
                ++score;
        }
        if (score > bestScore) {
            best = f;
            bestScore = score;
        }
    }
    return best;
}

LogStream::LogStream(StreamOptions options, quint64 firstSequence)
    : m_options(std::move(options)),
      m_ctx(m_options.clock.zone,
            m_options.clock.referenceDate.isValid() ? m_options.clock.referenceDate
                                                    : QDate::currentDate()),
      m_parser(makeParser(m_options.format)),
      m_sequence(firstSequence),
      m_lastSource(m_options.defaultSource)
{
}

void LogStream::detect(const QList<QByteArray> &sampleLines)
{
    if (m_options.format != LogFormat::Unknown)
        return;
    m_options.format = detectFormat(sampleLines);
    m_parser = makeParser(m_options.format);
}

LogEntry LogStream::parseLine(const QByteArray &line)
{
    QByteArray l = line;
    if (l.endsWith('\r'))
        l.chop(1);
    LogEntry e;
    if (m_parser && m_parser->parse(l, e, m_ctx)) {
        e.parsed = true;
        m_lastTimeUs = e.timeUs;
        m_lastSource = e.source;
        e.flags = classifyMessage(e.messageBytes());
    } else {
        e = LogEntry();
        e.timeUs = m_lastTimeUs;
        e.source = m_lastSource;
        e.severity = Severity::Unknown;
        e.setRaw(l, 0);
    }
    if (!m_options.node.isEmpty())
        e.node = m_options.node;
    e.sequence = static_cast<quint32>(m_sequence++);
    return e;
}

} // namespace ha::logs
