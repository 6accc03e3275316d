#include "nodeprobe.h"

#include "ssh/commandtemplates.h"

#include <QDateTime>

namespace ha::logsource {

QStringList defaultLogCandidates()
{
    return {QStringLiteral("/var/log/pacemaker/pacemaker.log"),
            QStringLiteral("/var/log/pacemaker.log"),
            QStringLiteral("/var/log/cluster/corosync.log"),
            QStringLiteral("/var/log/corosync/corosync.log"),
            QStringLiteral("/var/log/messages"),
            QStringLiteral("/var/log/syslog"),
            QStringLiteral("/var/log/mysql/error.log"),
            QStringLiteral("/var/log/mariadb/mariadb.log")};
}

std::optional<qint64> clockOffsetFromReply(const QByteArray &dateOutput, qint64 sentUs, qint64 receivedUs)
{
    const QByteArray s = dateOutput.trimmed();
    const qsizetype dot = s.indexOf('.');
    bool okSec = false;
    const qint64 sec = (dot < 0 ? s : s.left(dot)).toLongLong(&okSec);
    if (!okSec || s.isEmpty())
        return std::nullopt;
    qint64 us = 0;
    if (dot >= 0) {
        QByteArray frac = s.mid(dot + 1).left(6);
        bool okFrac = false;
        while (frac.size() < 6)
            frac.append('0');
        us = frac.toLongLong(&okFrac);
        if (!okFrac)
            return std::nullopt;
    }
    const qint64 nodeUs = sec * 1000000 + us;
    return nodeUs - (sentUs + (receivedUs - sentUs) / 2);
}

void parseProbeOutput(const QByteArray &out, qint64 sentUs, qint64 receivedUs, NodeLogInfo &info)
{
    const QList<QByteArray> lines = out.split('\n');
    if (!lines.isEmpty()) {
        if (auto off = clockOffsetFromReply(lines.first(), sentUs, receivedUs)) {
            info.clockKnown = true;
            info.clockOffsetUs = *off;
            info.roundTripUs = receivedUs - sentUs;
        }
    }
    QByteArray offset;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &l = lines.at(i);
        if (i == 1 && (l.startsWith('+') || l.startsWith('-')) && l.size() == 5)
            offset = l;
        else if (l.startsWith("zone "))
            info.timeZone = QString::fromUtf8(l.mid(5)).trimmed();
        else if (l == "journal")
            info.journal = true;
        else if (l.startsWith("file "))
            info.files.append(QString::fromUtf8(l.mid(5)));
    }
    if (!offset.isEmpty()) {
        const int seconds = offset.mid(1, 2).toInt() * 3600 + offset.mid(3, 2).toInt() * 60;
        info.utcOffsetSeconds = offset.startsWith('-') ? -seconds : seconds;
        if (!QTimeZone::isTimeZoneIdAvailable(info.timeZone.toUtf8()))
            info.timeZone = QString::fromLatin1("UTC" + offset.left(3) + ':' + offset.mid(3));
    }
}

QTimeZone zoneFor(const NodeLogInfo &info)
{
    const QByteArray id = info.timeZone.toUtf8();
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    // A fixed offset: right until the node's next daylight-saving change.
    return info.utcOffsetSeconds == 0 ? QTimeZone::utc() : QTimeZone(info.utcOffsetSeconds);
}

NodeProbe::NodeProbe(NodeSession *session, QStringList candidates, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_candidates(std::move(candidates))
{
    m_info.node = session->nodeName();
    connect(session, &NodeSession::finished, this, &NodeProbe::onFinished);
}

void NodeProbe::start()
{
    auto cmd = CommandTemplates::logProbe(m_candidates);
    if (!cmd) {
        m_info.error = cmd.error().message;
        // Not from inside start(): the caller connects to finished() after constructing.
        QMetaObject::invokeMethod(this, &NodeProbe::done, Qt::QueuedConnection);
        return;
    }
    m_sentUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    m_id = m_session->run(*cmd, 15000);
}

void NodeProbe::measureClock()
{
    m_sentUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    m_clockId = m_session->run(CommandTemplates::clock(), 10000);
}

void NodeProbe::onFinished(quint64 id, const CommandResult &result)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;
    if (id == m_clockId && m_clockId != 0) {
        // `date` alone, a few times: the shortest round trip bounds the offset best.
        m_clockId = 0;
        if (result.ok()) {
            const auto off = clockOffsetFromReply(result.stdOut, m_sentUs, now);
            if (off && (!m_info.clockKnown || now - m_sentUs < m_info.roundTripUs)) {
                m_info.clockKnown = true;
                m_info.clockOffsetUs = *off;
                m_info.roundTripUs = now - m_sentUs;
            }
        }
        if (++m_clockRounds < 3 && result.ok())
            measureClock();
        else
            done();
        return;
    }
    if (id != m_id || m_id == 0)
        return;
    m_id = 0;
    if (result.ok()) {
        // The probe's own date is a fallback: its round trip includes the whole script.
        parseProbeOutput(result.stdOut, m_sentUs, now, m_info);
        measureClock();
        return;
    }
    m_info.error = result.error ? result.error->message
                                : tr("The log probe on %1 failed (exit %2): %3")
                                      .arg(m_info.node)
                                      .arg(result.exitCode)
                                      .arg(QString::fromUtf8(result.stdErr.left(300)).trimmed());
    done();
}

void NodeProbe::done()
{
    if (m_done)
        return;
    m_done = true;
    // Keep the candidates' order (most specific first), not the order the answers came in.
    QStringList ordered;
    for (const QString &c : std::as_const(m_candidates)) {
        if (m_info.files.contains(c))
            ordered.append(c);
    }
    m_info.files = ordered;
    Q_EMIT finished(m_info);
}

} // namespace ha::logsource
