#include "logentry.h"

#include "logtime.h"

#include <cstdio>
#include <cstring>

namespace ha::logs {

namespace {

struct Level
{
    const char *word;
    Severity severity;
};

// Words used by syslog(3), Pacemaker (libqb), corosync and MariaDB.
constexpr Level kLevels[] = {
    {"emerg", Severity::Emergency}, {"emergency", Severity::Emergency}, {"alert", Severity::Alert},
    {"crit", Severity::Critical},   {"critical", Severity::Critical},   {"err", Severity::Error},
    {"error", Severity::Error},     {"warning", Severity::Warning},     {"warn", Severity::Warning},
    {"notice", Severity::Notice},   {"note", Severity::Info},           {"info", Severity::Info},
    {"debug", Severity::Debug},     {"trace", Severity::Debug},
};

bool equalsIgnoreCase(QByteArrayView a, const char *b)
{
    const qsizetype n = static_cast<qsizetype>(std::strlen(b));
    if (a.size() != n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != b[i])
            return false;
    }
    return true;
}

// memchr for the first byte, then memcmp: on ~100-byte messages this beats memmem's setup.
bool has(QByteArrayView haystack, const char *needle)
{
    const size_t n = std::strlen(needle);
    const size_t size = static_cast<size_t>(haystack.size());
    if (size < n)
        return false;
    const char *p = haystack.data();
    const char *const last = p + (size - n);
    while (p <= last) {
        const void *hit = std::memchr(p, needle[0], static_cast<size_t>(last - p) + 1);
        if (!hit)
            return false;
        p = static_cast<const char *>(hit);
        if (std::memcmp(p + 1, needle + 1, n - 1) == 0)
            return true;
        ++p;
    }
    return false;
}

} // namespace

static_assert(sizeof(LogEntry) == 96, "keep LogEntry at 96 bytes: five per deque node, memory budget");

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Emergency: return QStringLiteral("emerg");
    case Severity::Alert: return QStringLiteral("alert");
    case Severity::Critical: return QStringLiteral("crit");
    case Severity::Error: return QStringLiteral("err");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Notice: return QStringLiteral("notice");
    case Severity::Info: return QStringLiteral("info");
    case Severity::Debug: return QStringLiteral("debug");
    case Severity::Unknown: break;
    }
    return QStringLiteral("?");
}

Severity severityFromName(QByteArrayView word)
{
    for (const Level &l : kLevels) {
        if (equalsIgnoreCase(word, l.word))
            return l.severity;
    }
    return Severity::Unknown;
}

void LogEntry::setRaw(QByteArray line, qsizetype msgOffset)
{
    messageOffset = static_cast<quint32>(qBound<qsizetype>(0, msgOffset, line.size()));
    decodedMessage = false;
    text = std::move(line);
}

void LogEntry::setRawAndMessage(QByteArrayView line, QByteArrayView decoded)
{
    text.reserve(line.size() + decoded.size());
    text.clear();
    text.append(line);
    text.append(decoded);
    messageOffset = static_cast<quint32>(line.size());
    decodedMessage = true;
}

LogFlags classifyMessage(QByteArrayView message)
{
    // One lower-case copy, then plain substring searches: cheap enough for a million lines.
    thread_local QByteArray lower;
    const qsizetype n = message.size();
    lower.resize(n);
    char *out = lower.data();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = message[i];
        out[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    const QByteArrayView m(out, n);

    LogFlags f = NoFlag;
    if (has(m, "transition"))
        f |= Transition;
    if (has(m, "fenc") || has(m, "stonith") || has(m, "operation 'reboot'")
        || has(m, "operation 'off'") || has(m, "operation reboot") || has(m, "operation off"))
        f |= Fencing;
    if (has(m, "membership") || has(m, "members joined") || has(m, "members left")
        || has(m, "state is now") || has(m, "node lost") || has(m, "joined the cluster")
        || has(m, "left the cluster"))
        f |= Membership;
    if (has(m, "quorum"))
        f |= Quorum;
    if (has(m, "link")) {
        if (has(m, "is down") || has(m, "link down") || has(m, "link is down"))
            f |= LinkDown;
        else if (has(m, "is up") || has(m, "link up") || has(m, "link is up"))
            f |= LinkUp;
    }
    // CIB diffs ("+  /cib/status/...@operation=...") repeat what the controller already said.
    const bool cibDiff = n > 0 && (m[0] == '+' || (n > 1 && m[0] == '-' && m[1] == '-'));
    if (!cibDiff) {
        const bool operation = has(m, "operation") || has(m, "action");
        const bool probe = has(m, "probe operation") || has(m, "_monitor_0");
        const bool failed = (operation && !probe
                             && (has(m, "fail") || has(m, ": error") || has(m, "not running")
                                 || has(m, "timed out") || has(m, "not installed")
                                 || has(m, "not configured") || has(m, "invalid parameter")))
            || has(m, "unexpected result") || has(m, "failing resource");
        if (failed)
            f |= ResourceFail;
        else if (has(m, "start operation") || has(m, "_start_0"))
            f |= ResourceStart;
        else if (has(m, "stop operation") || has(m, "_stop_0"))
            f |= ResourceStop;
    }
    return f;
}

QString formatTimeUs(qint64 timeUs)
{
    qint64 seconds = timeUs / kUsPerSecond;
    qint64 us = timeUs % kUsPerSecond;
    if (us < 0) {
        us += kUsPerSecond;
        --seconds;
    }
    qint64 days = seconds / 86400;
    qint64 sod = seconds % 86400;
    if (sod < 0) {
        sod += 86400;
        --days;
    }
    int y = 0, mo = 0, d = 0;
    civilFromDays(days, &y, &mo, &d);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", y, mo, d,
                  static_cast<int>(sod / 3600), static_cast<int>(sod / 60 % 60),
                  static_cast<int>(sod % 60), static_cast<int>(us));
    return QString::fromLatin1(buf);
}

} // namespace ha::logs
