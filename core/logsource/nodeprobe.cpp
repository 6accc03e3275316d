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
    JournalQuery q;
    q.lines = 0;
    if (auto cmd = CommandTemplates::journal(q)) {
        m_journalId = m_session->run(*cmd, 10000);
        ++m_pending;
    }
    for (const QString &path : std::as_const(m_candidates)) {
        auto cmd = CommandTemplates::tailLog(path, 0, false);
        if (!cmd)
            continue;
        m_fileChecks.insert(m_session->run(*cmd, 10000), path);
        ++m_pending;
    }
    // Last, so that the channel setup of the others does not queue in front of it as much.
    m_clockSentUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    m_clockId = m_session->run(CommandTemplates::clock(), 10000);
    ++m_pending;
}

void NodeProbe::onFinished(quint64 id, const CommandResult &result)
{
    if (id == m_journalId) {
        m_info.journal = result.ok();
    } else if (id == m_clockId) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;
        if (result.ok()) {
            if (auto off = clockOffsetFromReply(result.stdOut, m_clockSentUs, now)) {
                m_info.clockKnown = true;
                m_info.clockOffsetUs = *off;
                m_info.roundTripUs = now - m_clockSentUs;
            }
        }
    } else if (m_fileChecks.contains(id)) {
        if (result.ok())
            m_info.files.append(m_fileChecks.value(id));
    } else {
        return;
    }
    if (--m_pending == 0)
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
