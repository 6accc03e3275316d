#pragma once
// One line of a node's log, parsed. Kept compact (about 100 bytes plus the line itself) because the
// store holds up to a million of them: the message is a slice of the raw UTF-8 line, not a copy.

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>

namespace ha::logs {

// Syslog levels (RFC 5424 numbering): lower is more severe.
enum class Severity : qint8 {
    Unknown = -1,
    Emergency = 0,
    Alert = 1,
    Critical = 2,
    Error = 3,
    Warning = 4,
    Notice = 5,
    Info = 6,
    Debug = 7,
};

QString severityName(Severity s); // "err", "warning", ... ("?" for Unknown); not translated (log vocabulary)
Severity severityFromName(QByteArrayView word); // pacemaker/corosync/syslog words; Unknown if none

// What an operator looks for first after a failover; set by classifyMessage().
enum LogFlag : quint16 {
    NoFlag = 0,
    Transition = 1 << 0,
    Fencing = 1 << 1,
    Membership = 1 << 2,
    ResourceStart = 1 << 3,
    ResourceStop = 1 << 4,
    ResourceFail = 1 << 5,
    Quorum = 1 << 6,
    LinkUp = 1 << 7,
    LinkDown = 1 << 8,
};
using LogFlags = quint16;

struct LogEntry
{
    // 96 bytes: five entries fill one 512-byte node of the std::deque the loader fills, and a
    // million of them stay well inside the memory budget.
    qint64 timeUs = 0;         // UTC, microseconds since the epoch, after the node's clock offset
    quint32 sequence = 0;      // per node+stream, increasing; what de-duplication keys on
    quint32 messageOffset = 0; // the message is text from here to the end
    Severity severity = Severity::Unknown;
    bool parsed = false;       // false: the line matched no format and is kept as raw text
    bool decodedMessage = false; // the message was appended after the raw line (journald JSON)
    LogFlags flags = NoFlag;
    QString node;              // shared between entries of one stream (implicitly shared)
    QString source;            // daemon or unit: pacemaker-controld, corosync, mariadb, kernel, ...
    QByteArray text;           // the raw line; for journald JSON also the decoded message after it

    qsizetype rawLength() const { return decodedMessage ? qsizetype(messageOffset) : text.size(); }
    QByteArrayView rawBytes() const { return QByteArrayView(text.constData(), rawLength()); }
    QByteArrayView messageBytes() const
    {
        return QByteArrayView(text.constData() + messageOffset, text.size() - messageOffset);
    }
    QString raw() const { return QString::fromUtf8(rawBytes()); }
    QString message() const { return QString::fromUtf8(messageBytes()); }

    // Stores the raw line; the message is its tail from msgOffset.
    void setRaw(QByteArray line, qsizetype msgOffset);
    // Stores the raw line and a message that is not part of it (decoded JSON string).
    void setRawAndMessage(QByteArrayView line, QByteArrayView decoded);
};

// Sets the highlight flags from the message text (pacemaker/corosync/kernel vocabulary).
LogFlags classifyMessage(QByteArrayView message);

// ISO 8601 UTC with microseconds: 2026-11-25T09:12:01.123456Z
QString formatTimeUs(qint64 timeUs);

} // namespace ha::logs

Q_DECLARE_METATYPE(ha::logs::LogEntry)
