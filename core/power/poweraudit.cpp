#include "poweraudit.h"

#include "powerguard.h"

namespace ha {

AuditRecord powerAuditRecord(const NodeProfile &node, PowerAction action, const Result<void> &r,
                             qint64 durationMs)
{
    AuditRecord rec;
    rec.time = QDateTime::currentDateTimeUtc();
    rec.node = node.name;
    rec.user = node.bmc.user;
    rec.localUser = qEnvironmentVariable("USER");
    rec.templateName = QStringLiteral("ipmi.power.") + powerActionName(action);
    rec.commandLine = powerCommandText(node, action);
    rec.exitCode = r.ok() ? 0 : 1;
    rec.durationMs = durationMs;
    if (!r.ok()) {
        rec.error = errorCodeName(r.error().code);
        rec.errorMessage = r.error().message;
    }
    return rec;
}

} // namespace ha
