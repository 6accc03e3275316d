#pragma once
// Heartbeat links and quorum as corosync itself reports them. crm_mon does not show a dead
// link (one knet link down changes nothing in Pacemaker), so the console reads these too.

#include "util/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ha {

// `corosync-cfgtool -s`: per link, the state of every node as seen from the local node.
struct CorosyncLink
{
    int id = 0;
    QString transport;              // "udp", "sctp"
    QString address;                // local address on this link
    QMap<int, QString> peers;       // nodeid -> "localhost" / "connected" / "disconnected" / ...
    QString ringStatus;             // corosync 2 (totem rings): "ring 0 active with no faults"

    bool peerConnected(int nodeId) const
    {
        const QString s = peers.value(nodeId);
        return s == u"connected" || s == u"localhost";
    }
};

struct CorosyncLinkStatus
{
    int localNodeId = 0;
    QString transport;              // "knet"
    QList<CorosyncLink> links;

    // Links on which nodeId is not connected (empty if all are up).
    QList<int> linksDownTo(int nodeId) const;
};

// `corosync-cfgtool -n`: per peer, reachability and each link's endpoints.
struct CorosyncPeerLink
{
    int id = 0;
    QString transport;
    QString localAddress;
    QString remoteAddress;
    bool enabled = false;
    bool connected = false;
    int mtu = 0;
};

struct CorosyncPeer
{
    int nodeId = 0;
    bool reachable = false;
    QList<CorosyncPeerLink> links;
};

struct CorosyncPeers
{
    int localNodeId = 0;
    QString transport;
    QList<CorosyncPeer> peers;
};

// `corosync-quorumtool -s`.
struct QuorumMember
{
    int nodeId = 0;
    int votes = 0;
    QString name;
    bool local = false;
};

struct QuorumInfo
{
    QString provider;               // "corosync_votequorum"
    int nodes = 0;
    int nodeId = 0;
    QString ringId;
    bool quorate = false;
    int expectedVotes = 0;
    int highestExpected = 0;
    int totalVotes = 0;
    int quorum = 0;
    QStringList flags;              // "2Node", "Quorate", "WaitForAll", ...
    QList<QuorumMember> members;
};

class CorosyncParser
{
public:
    static Result<CorosyncLinkStatus> parseCfgtoolStatus(const QString &text);
    static Result<CorosyncPeers> parseCfgtoolNodes(const QString &text);
    static Result<QuorumInfo> parseQuorumtool(const QString &text);
};

} // namespace ha
