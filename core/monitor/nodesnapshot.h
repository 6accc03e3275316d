#pragma once
// What the console knows about the cluster as one node reports it, and how fresh that is.

#include "cluster/clusterstatus.h"
#include "cluster/constraintsparser.h"
#include "cluster/corosyncstatus.h"
#include "ssh/nodesession.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ha {

struct NodeSnapshot
{
    QString node;                                   // the node we asked
    NodeSession::State connection = NodeSession::State::Disconnected;
    QString connectionMessage;                      // plain words, e.g. why it failed
    QDateTime lastContact;                          // last command that came back from it
    QDateTime lastStatus;                           // when `status` was read
    std::optional<ClusterStatus> status;            // crm_mon's view from this node
    QString statusError;                            // the document could not be read
    QByteArray linkText;                            // corosync-cfgtool -s, as printed
    QByteArray quorumText;                          // corosync-quorumtool -s, as printed
    QByteArray constraintsXml;                      // cibadmin -Q -o constraints
    std::optional<CorosyncLinkStatus> links;        // linkText, parsed
    std::optional<QuorumInfo> quorum;               // quorumText, parsed
    QList<LocationConstraint> constraints;          // constraintsXml, parsed

    bool reachable() const { return connection == NodeSession::State::Connected; }
};

} // namespace ha
