#include "commandtemplates.h"

#include "validators.h"

#include <QCoreApplication>

namespace ha {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ha::CommandTemplates", text);
}

Error invalid(const char *what, const QString &value)
{
    // The value is shown so the operator sees what was refused; it is not a secret.
    return makeError(ErrorCode::InvalidInput, tr(what).arg(value));
}

} // namespace

RemoteCommand CommandTemplates::make(const char *name, QStringList argv, bool privileged)
{
    return RemoteCommand(QString::fromLatin1(name), std::move(argv), privileged);
}

RemoteCommand CommandTemplates::crmMonXml()
{
    return make("crm_mon.xml", {QStringLiteral("crm_mon"), QStringLiteral("-1"),
                                QStringLiteral("--output-as=xml"), QStringLiteral("--inactive")});
}

RemoteCommand CommandTemplates::crmMonXmlLegacy()
{
    return make("crm_mon.xml-legacy", {QStringLiteral("crm_mon"), QStringLiteral("-1"),
                                       QStringLiteral("--as-xml"), QStringLiteral("--inactive")});
}

Result<RemoteCommand> CommandTemplates::crmMonTextWatch(int intervalMs)
{
    if (intervalMs < 100 || intervalMs > 3600000)
        return invalid("Refresh interval %1 ms is outside 100 ms–1 h.", QString::number(intervalMs));
    // crm_mon reads "500ms"; whole seconds stay plain numbers, as every version understands.
    const QString interval = intervalMs % 1000 == 0 ? QString::number(intervalMs / 1000)
                                                    : QString::number(intervalMs) + QStringLiteral("ms");
    return make("crm_mon.text-watch",
                {QStringLiteral("crm_mon"), QStringLiteral("--output-as=text"), QStringLiteral("-i"),
                 interval});
}

RemoteCommand CommandTemplates::cibQuery()
{
    return make("cibadmin.query", {QStringLiteral("cibadmin"), QStringLiteral("-Q")});
}

RemoteCommand CommandTemplates::cibQueryConstraints()
{
    return make("cibadmin.query-constraints",
                {QStringLiteral("cibadmin"), QStringLiteral("-Q"), QStringLiteral("-o"),
                 QStringLiteral("constraints")});
}

// The fencing check reads the stonith primitives from here. The section holds fence device
// passwords in clear: callers parse it and drop the rest (see core/power/fencingcheck.h).
RemoteCommand CommandTemplates::cibQueryResources()
{
    return make("cibadmin.query-resources",
                {QStringLiteral("cibadmin"), QStringLiteral("-Q"), QStringLiteral("-o"),
                 QStringLiteral("resources")});
}

namespace {

std::optional<Error> checkResourceNode(const QString &resource, const QString &node,
                                       bool nodeRequired)
{
    if (!validate::pacemakerId(resource))
        return invalid("“%1” is not a valid resource id.", resource);
    if ((nodeRequired || !node.isEmpty()) && !validate::nodeName(node))
        return invalid("“%1” is not a valid node name.", node);
    return std::nullopt;
}

} // namespace

Result<RemoteCommand> CommandTemplates::resourceMove(const QString &resource, const QString &node,
                                                     const QString &lifetime)
{
    if (auto e = checkResourceNode(resource, node, true))
        return *e;
    if (!lifetime.isEmpty() && !validate::isoDuration(lifetime))
        return invalid("“%1” is not an ISO 8601 duration such as PT1H.", lifetime);
    QStringList argv{QStringLiteral("crm_resource"), QStringLiteral("--move"),
                     QStringLiteral("--resource"),   resource,
                     QStringLiteral("--node"),       node};
    if (!lifetime.isEmpty())
        argv << QStringLiteral("--lifetime") << lifetime;
    return make("crm_resource.move", argv);
}

Result<RemoteCommand> CommandTemplates::resourceBan(const QString &resource, const QString &node,
                                                    const QString &lifetime)
{
    if (auto e = checkResourceNode(resource, node, true))
        return *e;
    if (!lifetime.isEmpty() && !validate::isoDuration(lifetime))
        return invalid("“%1” is not an ISO 8601 duration such as PT1H.", lifetime);
    QStringList argv{QStringLiteral("crm_resource"), QStringLiteral("--ban"),
                     QStringLiteral("--resource"),   resource,
                     QStringLiteral("--node"),       node};
    if (!lifetime.isEmpty())
        argv << QStringLiteral("--lifetime") << lifetime;
    return make("crm_resource.ban", argv);
}

Result<RemoteCommand> CommandTemplates::resourceClear(const QString &resource, const QString &node)
{
    if (auto e = checkResourceNode(resource, node, false))
        return *e;
    QStringList argv{QStringLiteral("crm_resource"), QStringLiteral("--clear"),
                     QStringLiteral("--resource"), resource};
    if (!node.isEmpty())
        argv << QStringLiteral("--node") << node;
    return make("crm_resource.clear", argv);
}

Result<RemoteCommand> CommandTemplates::resourceCleanup(const QString &resource,
                                                        const QString &node)
{
    if (!resource.isEmpty() && !validate::pacemakerId(resource))
        return invalid("“%1” is not a valid resource id.", resource);
    if (!node.isEmpty() && !validate::nodeName(node))
        return invalid("“%1” is not a valid node name.", node);
    QStringList argv{QStringLiteral("crm_resource"), QStringLiteral("--cleanup")};
    if (!resource.isEmpty())
        argv << QStringLiteral("--resource") << resource;
    if (!node.isEmpty())
        argv << QStringLiteral("--node") << node;
    return make("crm_resource.cleanup", argv);
}

Result<RemoteCommand> CommandTemplates::resourceLocate(const QString &resource)
{
    if (!validate::pacemakerId(resource))
        return invalid("“%1” is not a valid resource id.", resource);
    return make("crm_resource.locate", {QStringLiteral("crm_resource"), QStringLiteral("--locate"),
                                        QStringLiteral("--resource"), resource});
}

namespace {

std::optional<Error> attributeScope(const QString &name, const QString &node, QStringList &argv)
{
    if (!validate::pacemakerId(name))
        return invalid("“%1” is not a valid attribute name.", name);
    if (node.isEmpty()) {
        argv << QStringLiteral("--type") << QStringLiteral("crm_config");
    } else {
        if (!validate::nodeName(node))
            return invalid("“%1” is not a valid node name.", node);
        argv << QStringLiteral("--node") << node;
    }
    argv << QStringLiteral("--name") << name;
    return std::nullopt;
}

} // namespace

Result<RemoteCommand> CommandTemplates::attributeQuery(const QString &name, const QString &node)
{
    QStringList argv{QStringLiteral("crm_attribute")};
    if (auto e = attributeScope(name, node, argv))
        return *e;
    argv << QStringLiteral("--query");
    return make("crm_attribute.query", argv);
}

Result<RemoteCommand> CommandTemplates::attributeUpdate(const QString &name, const QString &value,
                                                        const QString &node)
{
    QStringList argv{QStringLiteral("crm_attribute")};
    if (auto e = attributeScope(name, node, argv))
        return *e;
    if (!validate::attributeValue(value))
        return invalid("The value “%1” is empty, too long or has control characters.", value);
    // --update=VALUE keeps a value that starts with '-' from being read as an option.
    argv << (QStringLiteral("--update=") + value);
    return make("crm_attribute.update", argv);
}

Result<RemoteCommand> CommandTemplates::attributeDelete(const QString &name, const QString &node)
{
    QStringList argv{QStringLiteral("crm_attribute")};
    if (auto e = attributeScope(name, node, argv))
        return *e;
    argv << QStringLiteral("--delete");
    return make("crm_attribute.delete", argv);
}

Result<RemoteCommand> CommandTemplates::standby(const QString &node, bool on)
{
    if (!validate::nodeName(node))
        return invalid("“%1” is not a valid node name.", node);
    return make("crm_attribute.standby",
                {QStringLiteral("crm_attribute"), QStringLiteral("--node"), node,
                 QStringLiteral("--name"), QStringLiteral("standby"), QStringLiteral("--update"),
                 on ? QStringLiteral("on") : QStringLiteral("off")});
}

Result<RemoteCommand> CommandTemplates::standbyQuery(const QString &node)
{
    if (!validate::nodeName(node))
        return invalid("“%1” is not a valid node name.", node);
    return make("crm_attribute.standby-query",
                {QStringLiteral("crm_attribute"), QStringLiteral("--node"), node,
                 QStringLiteral("--name"), QStringLiteral("standby"), QStringLiteral("--query")});
}

RemoteCommand CommandTemplates::nodeList()
{
    return make("crm_node.list", {QStringLiteral("crm_node"), QStringLiteral("-l")});
}

RemoteCommand CommandTemplates::nodeName()
{
    return make("crm_node.name", {QStringLiteral("crm_node"), QStringLiteral("-n")});
}

RemoteCommand CommandTemplates::corosyncLinkStatus()
{
    return make("corosync-cfgtool.status",
                {QStringLiteral("corosync-cfgtool"), QStringLiteral("-s")});
}

RemoteCommand CommandTemplates::corosyncNodeLinks()
{
    return make("corosync-cfgtool.nodes",
                {QStringLiteral("corosync-cfgtool"), QStringLiteral("-n")});
}

RemoteCommand CommandTemplates::corosyncQuorum()
{
    return make("corosync-quorumtool.status",
                {QStringLiteral("corosync-quorumtool"), QStringLiteral("-s")});
}

RemoteCommand CommandTemplates::corosyncConf()
{
    return make("corosync.conf",
                {QStringLiteral("cat"), QStringLiteral("/etc/corosync/corosync.conf")});
}

Result<RemoteCommand> CommandTemplates::journal(const JournalQuery &q)
{
    QStringList argv{QStringLiteral("journalctl"), QStringLiteral("--no-pager")};
    for (const QString &unit : q.units) {
        if (!validate::unitName(unit))
            return invalid("“%1” is not a valid systemd unit name.", unit);
        argv << QStringLiteral("-u") << unit;
    }
    if (!q.since.isEmpty()) {
        if (!validate::timestamp(q.since))
            return invalid("“%1” is not a time journalctl understands.", q.since);
        argv << (QStringLiteral("--since=") + q.since);
    }
    if (!q.until.isEmpty()) {
        if (!validate::timestamp(q.until))
            return invalid("“%1” is not a time journalctl understands.", q.until);
        argv << (QStringLiteral("--until=") + q.until);
    }
    if (q.lines >= 0) {
        if (q.lines > 1000000)
            return invalid("%1 lines is more than 1000000.", QString::number(q.lines));
        argv << QStringLiteral("-n") << QString::number(q.lines);
    }
    if (q.json)
        argv << QStringLiteral("-o") << QStringLiteral("json");
    if (q.follow)
        argv << QStringLiteral("-f");
    // Free text: the '=' form keeps a pattern starting with '-' from being read as an option;
    // quoting keeps every character of it literal.
    if (!q.grep.isEmpty())
        argv << (QStringLiteral("--grep=") + q.grep);
    return make(q.follow ? "journalctl.follow" : "journalctl", argv);
}

Result<RemoteCommand> CommandTemplates::tailLog(const QString &path, int lines, bool follow)
{
    if (!validate::logPath(path))
        return invalid("“%1” is not a log file the console may read.", path);
    if (lines < 0 || lines > 1000000)
        return invalid("%1 lines is outside 0–1000000.", QString::number(lines));
    QStringList argv{QStringLiteral("tail"), QStringLiteral("-n"), QString::number(lines)};
    if (follow)
        argv << QStringLiteral("-F");
    argv << QStringLiteral("--") << path;
    return make(follow ? "tail.follow" : "tail", argv);
}

Result<RemoteCommand> CommandTemplates::stonithList(const QString &node)
{
    if (!validate::nodeName(node))
        return invalid("“%1” is not a valid node name.", node);
    return make("stonith_admin.list",
                {QStringLiteral("stonith_admin"), QStringLiteral("--list"), node});
}

Result<RemoteCommand> CommandTemplates::stonithHistory(const QString &node)
{
    if (!node.isEmpty() && !validate::nodeName(node))
        return invalid("“%1” is not a valid node name.", node);
    return make("stonith_admin.history",
                {QStringLiteral("stonith_admin"), QStringLiteral("--history"),
                 node.isEmpty() ? QStringLiteral("*") : node});
}

Result<RemoteCommand> CommandTemplates::stonithQuery(const QString &device)
{
    if (!validate::pacemakerId(device))
        return invalid("“%1” is not a valid fencing device id.", device);
    return make("stonith_admin.query",
                {QStringLiteral("stonith_admin"), QStringLiteral("--query"), device});
}

Result<RemoteCommand> CommandTemplates::simulate(const QString &cibFile, const QString &failNode)
{
    if (!validate::absolutePath(cibFile))
        return invalid("“%1” is not an absolute path without “..”.", cibFile);
    if (!failNode.isEmpty() && !validate::nodeName(failNode))
        return invalid("“%1” is not a valid node name.", failNode);
    QStringList argv{QStringLiteral("crm_simulate"), QStringLiteral("-x"), cibFile,
                     QStringLiteral("-S")};
    if (!failNode.isEmpty())
        argv << QStringLiteral("--node-fail") << failNode;
    // Reads a file and computes; needs no cluster rights.
    return make("crm_simulate", argv, false);
}

RemoteCommand CommandTemplates::hostName()
{
    return make("uname", {QStringLiteral("uname"), QStringLiteral("-n")}, false);
}

RemoteCommand CommandTemplates::clock()
{
    return make("date.clock", {QStringLiteral("date"), QStringLiteral("+%s.%N")}, false);
}

} // namespace ha

namespace ha {

Result<RemoteCommand> CommandTemplates::simulateChange(const RemoteCommand &change)
{
    static const QStringList allowed{
        QStringLiteral("crm_resource.move"),    QStringLiteral("crm_resource.ban"),
        QStringLiteral("crm_resource.clear"),   QStringLiteral("crm_resource.meta"),
        QStringLiteral("crm_attribute.update"), QStringLiteral("crm_attribute.delete"),
        QStringLiteral("crm_attribute.standby")};
    if (!change.isValid() || !allowed.contains(change.templateName()))
        return invalid("“%1” cannot be simulated.", change.templateName());
    // The script is fixed; the change's words (already validated) arrive as "$@", so nothing
    // of them is ever parsed by the shell. The copy is removed on every exit path.
    const QString script = QStringLiteral(
        "set -e; t=$(mktemp /tmp/haconsole-sim.XXXXXX); trap 'rm -f \"$t\"' EXIT; "
        "cibadmin -Q > \"$t\"; CIB_file=\"$t\" \"$@\" >/dev/null; crm_simulate -x \"$t\" -S");
    QStringList argv{QStringLiteral("sh"), QStringLiteral("-c"), script,
                     QStringLiteral("haconsole-simulate")};
    argv << change.argv();
    return make("crm_simulate.change", argv);
}

Result<RemoteCommand> CommandTemplates::resourceWait(int timeoutSeconds)
{
    if (timeoutSeconds < 1 || timeoutSeconds > 3600)
        return invalid("Wait timeout %1 s is outside 1–3600 s.", QString::number(timeoutSeconds));
    return make("crm_resource.wait", {QStringLiteral("crm_resource"), QStringLiteral("--wait"),
                                      QStringLiteral("--timeout=%1s").arg(timeoutSeconds)});
}

Result<RemoteCommand> CommandTemplates::resourceMeta(const QString &resource, const QString &name,
                                                     const QString &value)
{
    if (!validate::pacemakerId(resource))
        return invalid("“%1” is not a valid resource id.", resource);
    const bool ok = (name == QLatin1String("target-role") &&
                     (value == QLatin1String("Started") || value == QLatin1String("Stopped"))) ||
                    (name == QLatin1String("is-managed") &&
                     (value == QLatin1String("true") || value == QLatin1String("false")));
    if (!ok)
        return invalid("“%1” is not a meta attribute value the console sets.",
                       name + QLatin1Char('=') + value);
    return make("crm_resource.meta",
                {QStringLiteral("crm_resource"), QStringLiteral("--resource"), resource,
                 QStringLiteral("--meta"), QStringLiteral("--set-parameter"), name,
                 QStringLiteral("--parameter-value"), value});
}

} // namespace ha
