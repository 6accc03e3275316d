#pragma once
// What the console knows about the cluster as one node reports it, and how fresh that is.

#include "cluster/clusterstatus.h"
#include "ssh/nodesession.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ha {

struct NodeView
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

    bool reachable() const { return connection == NodeSession::State::Connected; }
};

} // namespace ha
