#pragma once
// What one node can give the log viewer, asked over its open session: is journalctl usable,
// which of the candidate log files exist, and how far the node's clock is from ours.
#include "ssh/nodesession.h"

#include <QObject>
#include <QHash>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace ha::logsource {

// Where Pacemaker, Corosync, syslog and MariaDB write on the distributions we know.
QStringList defaultLogCandidates();

struct NodeLogInfo
{
    QString node;
    bool journal = false;     // journalctl ran and answered
    QStringList files;        // candidates that tail could read
    bool clockKnown = false;
    qint64 clockOffsetUs = 0; // node clock minus workstation clock (half round trip corrected)
    qint64 roundTripUs = 0;   // the uncertainty of the offset
    // Whether timestamps are corrected by the offset: only when it is larger than what the
    // round trip lets us measure; a smaller "correction" would only add noise.
    bool offsetApplied() const { return clockKnown && qAbs(clockOffsetUs) > roundTripUs / 2; }
    qint64 appliedOffsetUs() const { return offsetApplied() ? clockOffsetUs : 0; }
    QString timeZone = QStringLiteral("UTC"); // what local timestamps are read in (for display)
    int utcOffsetSeconds = 0;                  // the node's `date +%z` when it has no known zone
    QString error; // why the probe learnt nothing (session down, command refused)
};

// Reads what CommandTemplates::logProbe printed into `info` (clock via clockOffsetFromReply).
void parseProbeOutput(const QByteArray &out, qint64 sentUs, qint64 receivedUs, NodeLogInfo &info);

// The zone local timestamps of a node are read in: its IANA zone when Qt knows it, else the
// fixed UTC offset it printed, else UTC.
QTimeZone zoneFor(const NodeLogInfo &info);

// Offset of a node's clock from `date +%s.%N` printed at some instant between sentUs and
// receivedUs (workstation µs since the epoch): assumes the reply was made half way.
std::optional<qint64> clockOffsetFromReply(const QByteArray &dateOutput, qint64 sentUs, qint64 receivedUs);

class NodeProbe : public QObject
{
    Q_OBJECT
public:
    NodeProbe(NodeSession *session, QStringList candidates, QObject *parent = nullptr);
    void start(); // runs once the session is connected; finished() exactly once
    const NodeLogInfo &info() const { return m_info; }

Q_SIGNALS:
    void finished(const ha::logsource::NodeLogInfo &info);

private:
    void onFinished(quint64 id, const ha::CommandResult &result);
    void done();

    NodeSession *m_session;
    QStringList m_candidates;
    NodeLogInfo m_info;
    void measureClock();

    quint64 m_id = 0;
    quint64 m_clockId = 0;
    int m_clockRounds = 0;
    qint64 m_sentUs = 0;
    bool m_done = false;
};

} // namespace ha::logsource

Q_DECLARE_METATYPE(ha::logsource::NodeLogInfo)
