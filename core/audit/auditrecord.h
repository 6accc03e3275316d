#pragma once
// One remote command that ran on a node, as kept in the audit log. Holds no secret: it is built
// from the command line (templates never carry secrets) and the command's outcome only.

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

namespace ha {

struct AuditRecord
{
    QDateTime time;       // when the command finished (UTC, ms)
    QString node;         // node name from the profile
    QString user;         // remote user the command ran as (before sudo)
    QString localUser;    // who ran the console
    QString templateName; // CommandTemplates name, e.g. "crm_resource.move"
    QString commandLine;  // exactly what was sent, quoted, with `sudo -n` if used
    int exitCode = -1;
    qint64 durationMs = 0;
    QString error; // ha::errorCodeName, empty when none
    QString errorMessage;

    QJsonObject toJson() const;
    static std::optional<AuditRecord> fromJson(const QByteArray &line);
};

} // namespace ha

Q_DECLARE_METATYPE(ha::AuditRecord)
