#pragma once
// Guard rails for power actions: what is at stake when a node's BMC is told to act, computed from
// the profile and the cluster as the console last saw it. Pure functions so that tests can check
// every warning without a BMC or a widget.

#include "cluster/clusterstatus.h"
#include "ipmi/powercontrol.h"
#include "profile/clusterprofile.h"

#include <QString>
#include <QStringList>

namespace ha {

struct PowerGuardInput
{
    const ClusterProfile *profile = nullptr;
    QString node;                          // the node whose BMC acts
    PowerAction action = PowerAction::Off;
    const ClusterStatus *status = nullptr; // the monitor's primary view; null when unknown
    QString viewNode;                      // the node the console reads the cluster through
};

struct PowerGuard
{
    QString effect;            // the exact effect of the action, one sentence
    QStringList warnings;      // what is at stake, most serious first
    bool runsService = false;  // the node runs the profile's service group
    bool lastOnline = false;   // no other node is online
    bool isViewNode = false;   // the console sees the cluster through this node
    bool statusUnknown = false;
    bool needsTypedConfirmation = false; // off, soft, reset, cycle
    QString commandText;       // "ipmi chassis power off (BMC 198.18.0.201:623)"
};

// The text the audit log and confirmations show for an action; never contains a secret.
QString powerCommandText(const NodeProfile &node, PowerAction action);
QString powerStatusCommandText(const NodeProfile &node);

PowerGuard computePowerGuard(const PowerGuardInput &in);

} // namespace ha
