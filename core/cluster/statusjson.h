#pragma once
// The JSON shape of `haconsole-cli status --json` (issue 3). Only the documented keys: scripts
// depend on them, so additions are deliberate.

#include "clusterstatus.h"

#include <QJsonObject>

namespace ha {

// { nodes[] {name, online, standby, maintenance, unclean, dc, resourcesRunning},
//   resources[] {id, type, agent, role, active, failed, managed, nodes[], children[]},
//   failures[] {resource, node, operation, exitStatus, exitReason},
//   dc (string, or null without a DC), quorum (bool) }
QJsonObject statusToJson(const ClusterStatus &status);

} // namespace ha
