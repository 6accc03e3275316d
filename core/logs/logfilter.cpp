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

QByteArray regexRequiredLiteral(const QString &pattern)
{
    // Any top-level '|' lets a match avoid the prefix: no literal then.
    int depth = 0;
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (inClass) {
            inClass = c != u']';
            continue;
        }
        if (c == u'[')
            inClass = true;
        else if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        else if (c == u'|' && depth == 0)
            return {};
    }
    static const QString meta = QStringLiteral("\\^$.|?*+()[]{}#");
    qsizetype start = pattern.startsWith(u'^') ? 1 : 0;
    QByteArray run;
    qsizetype i = start;
    for (; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c.unicode() >= 0x80 || meta.contains(c) || (c.isSpace() && c != u' '))
            break;
        run.append(static_cast<char>(c.unicode()));
    }
    // A quantifier that allows zero makes the character before it optional.
    if (i < pattern.size() && !run.isEmpty()
        && (pattern.at(i) == u'?' || pattern.at(i) == u'*' || pattern.at(i) == u'{'))
        run.chop(1);
    return run.size() >= 3 ? run : QByteArray();
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
            m_regexLiteral = regexRequiredLiteral(m_spec.regex);
        }
    }
}

namespace {

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

// Finds needle (lower case if caseless) in hay by scanning with memchr for one anchor byte of the
// needle: a non-letter when there is one (its case cannot differ), else the first letter in both
// cases. memchr runs at memory speed; only anchor hits are compared.
template<typename Accept>
bool findAnchored(QByteArrayView hay, QByteArrayView needle, bool caseless, Accept accept)
{
    const qsizetype n = needle.size();
    if (n == 0 || hay.size() < n)
        return n == 0;
    qsizetype anchor = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (!isLetter(needle[i])) {
            anchor = i;
            break;
        }
    }
    const char a = needle[anchor];
    const char alt = caseless && isLetter(a) ? static_cast<char>(a - 32) : a;
    const char *const begin = hay.data();
    const char *p = begin + anchor;
    const char *const end = begin + hay.size() - (n - anchor - 1); // past the last anchor spot
    while (p < end) {
        const size_t left = static_cast<size_t>(end - p);
        const char *hit = static_cast<const char *>(std::memchr(p, a, left));
        if (alt != a) {
            const char *hit2 = static_cast<const char *>(std::memchr(p, alt, hit ? static_cast<size_t>(hit - p) : left));
            if (hit2)
                hit = hit2;
        }
        if (!hit)
            return false;
        const char *start = hit - anchor;
        bool same = true;
        for (qsizetype k = 0; k < n && same; ++k)
            same = (caseless ? lowerAscii(start[k]) : start[k]) == needle[k];
        if (same && accept(start - begin))
            return true;
        p = hit + 1;
    }
    return false;
}

} // namespace

bool LogMatcher::matchText(QByteArrayView message) const
{
    if (!m_textIsAscii)
        return QString::fromUtf8(message).contains(m_spec.text, Qt::CaseInsensitive);
    return findAnchored(message, m_lowerText, true, [](qsizetype) { return true; });
}

bool LogMatcher::matchResource(QByteArrayView message) const
{
    const qsizetype n = m_resource.size();
    return findAnchored(message, m_resource, false, [&](qsizetype pos) {
        const bool startOk = pos == 0 || (!isResourceIdChar(message[pos - 1]) && message[pos - 1] != '_');
        const qsizetype after = pos + n;
        // "_" may follow (operation keys: db-fs-p_start_0), a trailing "." ends a sentence.
        bool endOk = after == message.size() || !isResourceIdChar(message[after]);
        if (!endOk && message[after] == '.'
            && (after + 1 == message.size() || !isResourceIdChar(message[after + 1])))
            endOk = true;
        return startOk && endOk;
    });
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
    if (!m_spec.regex.isEmpty()) {
        // Most lines lack the pattern's literal: finding that out with memchr costs a fraction
        // of decoding the line and running the regex.
        if (!m_regexLiteral.isEmpty()
            && !findAnchored(message, m_regexLiteral, false, [](qsizetype) { return true; }))
            return false;
        if (!m_regex.match(decodeForMatch(message)).hasMatch())
            return false;
    }
    return true;
}

} // namespace ha::logs
