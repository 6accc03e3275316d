#include "corosyncstatus.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ha {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CorosyncParser", text);
}

Error parseError(const QString &tool, const QString &what)
{
    return makeError(ErrorCode::Parse, tr("%1 output: %2").arg(tool, what));
}

// "Local node ID 1, transport knet" (corosync 3) or "Local node ID 1" (corosync 2).
bool readLocalNode(const QString &line, int *nodeId, QString *transport)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^Local node ID (\d+)(?:, transport (\S+))?)"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return false;
    *nodeId = m.captured(1).toInt();
    *transport = m.captured(2);
    return true;
}

} // namespace

QList<int> CorosyncLinkStatus::linksDownTo(int nodeId) const
{
    QList<int> down;
    for (const CorosyncLink &l : links) {
        if (l.peers.contains(nodeId) && !l.peerConnected(nodeId))
            down.append(l.id);
    }
    return down;
}

Result<CorosyncLinkStatus> CorosyncParser::parseCfgtoolStatus(const QString &text)
{
    static const QRegularExpression linkRe(QStringLiteral(R"(^(?:LINK|RING) ID (\d+)(?:\s+(\S+))?)"));
    static const QRegularExpression addrRe(QStringLiteral(R"(^\s*(?:addr|id)\s*=\s*(\S+))"));
    static const QRegularExpression peerRe(QStringLiteral(R"(^\s*nodeid:?\s+(\d+):\s*(\S.*?)\s*$)"));
    static const QRegularExpression ringStatusRe(QStringLiteral(R"(^\s*status\s*=\s*(.+?)\s*$)"));

    CorosyncLinkStatus st;
    bool sawLocal = false;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (!sawLocal && readLocalNode(line, &st.localNodeId, &st.transport)) {
            sawLocal = true;
            continue;
        }
        if (const auto m = linkRe.match(line); m.hasMatch()) {
            CorosyncLink l;
            l.id = m.captured(1).toInt();
            l.transport = m.captured(2);
            st.links.append(l);
            continue;
        }
        if (st.links.isEmpty())
            continue;
        CorosyncLink &l = st.links.last();
        if (const auto m = peerRe.match(line); m.hasMatch()) {
            l.peers.insert(m.captured(1).toInt(), m.captured(2));
        } else if (const auto m2 = addrRe.match(line); m2.hasMatch()) {
            l.address = m2.captured(1);
        } else if (const auto m3 = ringStatusRe.match(line); m3.hasMatch()) {
            l.ringStatus = m3.captured(1);
        }
    }
    if (!sawLocal)
        return parseError(QStringLiteral("corosync-cfgtool -s"), tr("no 'Local node ID' line"));
    return st;
}

Result<CorosyncPeers> CorosyncParser::parseCfgtoolNodes(const QString &text)
{
    static const QRegularExpression peerRe(QStringLiteral(R"(^nodeid:?\s+(\d+)\s+(.*?)\s*$)"));
    static const QRegularExpression linkRe(QStringLiteral(
        R"(^\s*LINK:\s*(\d+)\s+(\S+)\s+\(([^)]*?)->([^)]*?)\)\s*(.*?)(?:\s+mtu:\s*(\d+))?\s*$)"));

    CorosyncPeers st;
    bool sawLocal = false;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (!sawLocal && readLocalNode(line, &st.localNodeId, &st.transport)) {
            sawLocal = true;
            continue;
        }
        if (const auto m = peerRe.match(line); m.hasMatch()) {
            CorosyncPeer p;
            p.nodeId = m.captured(1).toInt();
            p.reachable = m.captured(2) == u"reachable";
            st.peers.append(p);
            continue;
        }
        if (const auto m = linkRe.match(line); m.hasMatch() && !st.peers.isEmpty()) {
            CorosyncPeerLink l;
            l.id = m.captured(1).toInt();
            l.transport = m.captured(2);
            l.localAddress = m.captured(3);
            l.remoteAddress = m.captured(4);
            const QStringList flags = m.captured(5).split(u' ', Qt::SkipEmptyParts);
            l.enabled = flags.contains(QStringLiteral("enabled"));
            l.connected = flags.contains(QStringLiteral("connected"));
            l.mtu = m.captured(6).toInt();
            st.peers.last().links.append(l);
        }
    }
    if (!sawLocal)
        return parseError(QStringLiteral("corosync-cfgtool -n"), tr("no 'Local node ID' line"));
    return st;
}

Result<QuorumInfo> CorosyncParser::parseQuorumtool(const QString &text)
{
    static const QRegularExpression kvRe(QStringLiteral(R"(^([A-Za-z][A-Za-z ]*?):\s*(.*?)\s*$)"));
    static const QRegularExpression memberRe(
        QStringLiteral(R"(^\s*(0x[0-9a-fA-F]+|\d+)\s+(\d+)\s+(\S+)(\s+\(local\))?\s*$)"));

    QuorumInfo q;
    bool sawQuorate = false;
    bool inMembers = false;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1String("Nodeid"))) {
            inMembers = true;
            continue;
        }
        if (inMembers) {
            if (const auto m = memberRe.match(line); m.hasMatch()) {
                QuorumMember mem;
                bool ok = false;
                mem.nodeId = m.captured(1).startsWith(QLatin1String("0x"))
                    ? m.captured(1).mid(2).toInt(&ok, 16)
                    : m.captured(1).toInt();
                mem.votes = m.captured(2).toInt();
                mem.name = m.captured(3);
                mem.local = !m.captured(4).isEmpty();
                q.members.append(mem);
            }
            continue;
        }
        const auto m = kvRe.match(line);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1);
        const QString value = m.captured(2);
        if (key == u"Quorum provider")
            q.provider = value;
        else if (key == u"Nodes")
            q.nodes = value.toInt();
        else if (key == u"Node ID")
            q.nodeId = value.toInt();
        else if (key == u"Ring ID")
            q.ringId = value;
        else if (key == u"Quorate") {
            q.quorate = value.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
            sawQuorate = true;
        } else if (key == u"Expected votes")
            q.expectedVotes = value.toInt();
        else if (key == u"Highest expected")
            q.highestExpected = value.toInt();
        else if (key == u"Total votes")
            q.totalVotes = value.toInt();
        else if (key == u"Quorum")
            q.quorum = value.split(u' ').value(0).toInt();
        else if (key == u"Flags")
            q.flags = value.split(u' ', Qt::SkipEmptyParts);
    }
    if (!sawQuorate)
        return parseError(QStringLiteral("corosync-quorumtool"), tr("no 'Quorate:' line"));
    return q;
}

} // namespace ha
