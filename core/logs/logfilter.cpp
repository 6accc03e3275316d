#include "logfilter.h"

#include <QCoreApplication>

#include <cstring>

namespace ha::logs {

namespace {

bool isResourceIdChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
        || c == '.';
}

// Decodes into a per-thread buffer: the regex runs over a million messages without allocating.
QStringView decodeForMatch(QByteArrayView bytes)
{
    thread_local QString buffer;
    if (isAscii(bytes)) {
        buffer.resize(bytes.size());
        QChar *out = buffer.data();
        for (qsizetype i = 0; i < bytes.size(); ++i)
            out[i] = QChar(static_cast<ushort>(static_cast<uchar>(bytes[i])));
        return QStringView(buffer);
    }
    buffer = QString::fromUtf8(bytes);
    return QStringView(buffer);
}

} // namespace

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<uchar>(c) >= 0x80)
            return false;
    }
    return true;
}

bool LogFilterSpec::isEmpty() const
{
    return nodes.isEmpty() && sources.isEmpty() && minSeverity == Severity::Unknown
        && text.isEmpty() && regex.isEmpty() && resource.isEmpty()
        && fromUs == std::numeric_limits<qint64>::min() && toUs == std::numeric_limits<qint64>::max();
}

LogMatcher::LogMatcher(LogFilterSpec spec) : m_spec(std::move(spec))
{
    m_all = m_spec.isEmpty();
    const QByteArray text = m_spec.text.toUtf8();
    m_textIsAscii = isAscii(text);
    m_lowerText = m_textIsAscii ? text.toLower() : text;
    m_resource = m_spec.resource.trimmed().toUtf8();
    if (!m_spec.regex.isEmpty()) {
        m_regex = QRegularExpression(m_spec.regex);
        if (!m_regex.isValid()) {
            m_error = QCoreApplication::translate("logs", "Invalid regular expression at %1: %2")
                          .arg(m_regex.patternErrorOffset())
                          .arg(m_regex.errorString());
        } else {
            m_regex.optimize();
        }
    }
}

bool LogMatcher::matchText(QByteArrayView message) const
{
    if (!m_textIsAscii)
        return QString::fromUtf8(message).contains(m_spec.text, Qt::CaseInsensitive);
    const qsizetype n = m_lowerText.size();
    if (message.size() < n)
        return false;
    // Scan for the needle's first byte in either case, then compare case-insensitively: faster
    // than lower-casing every message.
    const char first = m_lowerText.at(0);
    const char firstUpper = (first >= 'a' && first <= 'z') ? static_cast<char>(first - 32) : first;
    const char *hay = message.data();
    const qsizetype last = message.size() - n;
    for (qsizetype i = 0; i <= last; ++i) {
        const char c = hay[i];
        if (c != first && c != firstUpper)
            continue;
        qsizetype k = 1;
        for (; k < n; ++k) {
            char h = hay[i + k];
            if (h >= 'A' && h <= 'Z')
                h = static_cast<char>(h + 32);
            if (h != m_lowerText.at(k))
                break;
        }
        if (k == n)
            return true;
    }
    return false;
}

bool LogMatcher::matchResource(QByteArrayView message) const
{
    const qsizetype n = m_resource.size();
    qsizetype from = 0;
    while (from + n <= message.size()) {
        const void *hit = ::memmem(message.data() + from, static_cast<size_t>(message.size() - from),
                                   m_resource.constData(), static_cast<size_t>(n));
        if (!hit)
            return false;
        const qsizetype pos = static_cast<const char *>(hit) - message.data();
        const bool startOk = pos == 0 || (!isResourceIdChar(message[pos - 1]) && message[pos - 1] != '_');
        const qsizetype after = pos + n;
        // "_" may follow (operation keys: db-fs-p_start_0), a trailing "." ends a sentence.
        bool endOk = after == message.size() || !isResourceIdChar(message[after]);
        if (!endOk && message[after] == '.'
            && (after + 1 == message.size() || !isResourceIdChar(message[after + 1])))
            endOk = true;
        if (startOk && endOk)
            return true;
        from = pos + 1;
    }
    return false;
}

bool LogMatcher::matches(const LogEntry &e) const
{
    if (m_all)
        return true;
    if (!m_error.isEmpty())
        return false;
    if (e.timeUs < m_spec.fromUs || e.timeUs > m_spec.toUs)
        return false;
    if (m_spec.minSeverity != Severity::Unknown
        && (e.severity == Severity::Unknown || e.severity > m_spec.minSeverity))
        return false;
    if (!m_spec.nodes.isEmpty() && !m_spec.nodes.contains(e.node))
        return false;
    if (!m_spec.sources.isEmpty() && !m_spec.sources.contains(e.source))
        return false;
    const QByteArrayView message = e.messageBytes();
    if (!m_lowerText.isEmpty() && !matchText(message))
        return false;
    if (!m_resource.isEmpty() && !matchResource(message))
        return false;
    if (!m_spec.regex.isEmpty() && !m_regex.match(decodeForMatch(message)).hasMatch())
        return false;
    return true;
}

} // namespace ha::logs
