#pragma once
// The audit record of a power action, shared by the console and haconsole-cli so both write the
// same thing. Holds the BMC address and user, never the password.

#include "audit/auditrecord.h"
#include "ipmi/powercontrol.h"
#include "profile/clusterprofile.h"

namespace ha {

AuditRecord powerAuditRecord(const NodeProfile &node, PowerAction action, const Result<void> &r,
                             qint64 durationMs);

} // namespace ha
