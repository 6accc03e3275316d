#include "auditrecord.h"

#include <QJsonDocument>

namespace ha {

QJsonObject AuditRecord::toJson() const
{
    QJsonObject o{
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("node"), node},
        {QStringLiteral("user"), user},
        {QStringLiteral("localUser"), localUser},
        {QStringLiteral("template"), templateName},
        {QStringLiteral("command"), commandLine},
        {QStringLiteral("exitCode"), exitCode},
        {QStringLiteral("durationMs"), durationMs},
    };
    if (!error.isEmpty()) {
        o.insert(QStringLiteral("error"), error);
        o.insert(QStringLiteral("errorMessage"), errorMessage);
    }
    return o;
}

std::optional<AuditRecord> AuditRecord::fromJson(const QByteArray &line)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    AuditRecord r;
    r.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    if (!r.time.isValid())
        return std::nullopt;
    r.node = o.value(QStringLiteral("node")).toString();
    r.user = o.value(QStringLiteral("user")).toString();
    r.localUser = o.value(QStringLiteral("localUser")).toString();
    r.templateName = o.value(QStringLiteral("template")).toString();
    r.commandLine = o.value(QStringLiteral("command")).toString();
    r.exitCode = o.value(QStringLiteral("exitCode")).toInt(-1);
    r.durationMs = o.value(QStringLiteral("durationMs")).toInteger();
    r.error = o.value(QStringLiteral("error")).toString();
    r.errorMessage = o.value(QStringLiteral("errorMessage")).toString();
    return r;
}

} // namespace ha
