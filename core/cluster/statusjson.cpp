#include "statusjson.h"

#include <QJsonArray>

namespace ha {

namespace {

QJsonObject resourceToJson(const Resource &r)
{
    QJsonArray children;
    for (const Resource &c : r.children)
        children.append(resourceToJson(c));
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("type"), resourceTypeName(r.type)},
        // Only primitives have an agent; bundles keep their container image elsewhere.
        {QStringLiteral("agent"), r.type == ResourceType::Primitive ? r.agent : QString()},
        {QStringLiteral("role"), r.role},
        {QStringLiteral("active"), r.active},
        {QStringLiteral("failed"), r.failed},
        {QStringLiteral("managed"), r.managed},
        {QStringLiteral("nodes"), QJsonArray::fromStringList(r.nodes)},
        {QStringLiteral("children"), children},
    };
}

} // namespace

QJsonObject statusToJson(const ClusterStatus &status)
{
    QJsonArray nodes;
    for (const NodeState &n : status.nodes) {
        nodes.append(QJsonObject{
            {QStringLiteral("name"), n.name},
            {QStringLiteral("online"), n.online},
            {QStringLiteral("standby"), n.standby},
            {QStringLiteral("maintenance"), n.maintenance},
            {QStringLiteral("unclean"), n.unclean},
            {QStringLiteral("dc"), n.isDc},
            {QStringLiteral("resourcesRunning"), n.resourcesRunning},
        });
    }
    QJsonArray resources;
    for (const Resource &r : status.resources)
        resources.append(resourceToJson(r));
    QJsonArray failures;
    for (const FailedAction &f : status.failures) {
        failures.append(QJsonObject{
            {QStringLiteral("resource"), f.resource},
            {QStringLiteral("node"), f.node},
            {QStringLiteral("operation"), f.operation},
            {QStringLiteral("exitStatus"), f.exitStatus},
            {QStringLiteral("exitReason"), f.exitReason},
        });
    }
    const bool hasDc = status.summary.dcPresent && !status.summary.dcName.isEmpty();
    return QJsonObject{
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("resources"), resources},
        {QStringLiteral("failures"), failures},
        {QStringLiteral("dc"), hasDc ? QJsonValue(status.summary.dcName) : QJsonValue()},
        {QStringLiteral("quorum"), status.summary.quorum},
    };
}

} // namespace ha
