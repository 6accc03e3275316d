#pragma once
// Shared by the power tests that need no BMC and no lab: the two-node profile and the cluster
// views the fencing tests drive (QtCore only; screenshots are in powershot.h).

#include "cluster/clusterstatus.h"
#include "profile/clusterprofile.h"

namespace ha::test {

// node1 and node2 with BMCs 198.18.0.201/.202 (user admin), service group "db-group".
ClusterProfile twoNodeProfile();

// The view from node1: node1 online, node2 online or not, db-group (one child, db-mysql-p)
// started on `groupOn` or stopped.
ClusterStatus twoNodeStatus(bool node2Online, bool groupStarted,
                            const QString &groupOn = QStringLiteral("node1"));

} // namespace ha::test
