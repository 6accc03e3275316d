#include "cli.h"

#include "cluster/crmmonparser.h"
#include "cluster/statusjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace ha::cli {

int statusLive(Context &ctx, bool json); // cmd_status_live.cpp

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

// Something an operator must look at: exit code 1 so scripts notice.
bool statusHealthy(const ClusterStatus &st)
{
    if (!st.pacemakerRunning || !st.summary.quorum || !st.failures.isEmpty())
        return false;
    for (const NodeState &n : st.nodes) {
        if (!n.online || n.unclean)
            return false;
    }
    for (const Resource &r : st.resources) {
        if (r.failed || r.blocked)
            return false;
    }
    return true;
}

namespace {

void printResource(QTextStream &out, const Resource &r, int depth)
{
    // One line per resource, fields separated by single spaces: easy to grep and cut.
    QStringList flags;
    if (r.failed)
        flags << QStringLiteral("FAILED");
    if (r.blocked)
        flags << QStringLiteral("blocked");
    if (!r.managed)
        flags << QStringLiteral("unmanaged");
    if (r.orphaned)
        flags << QStringLiteral("orphaned");
    if (!r.targetRole.isEmpty())
        flags << u"target-role=" + r.targetRole;
    for (auto it = r.failcounts.cbegin(); it != r.failcounts.cend(); ++it)
        flags << QStringLiteral("failcount=%1@%2").arg(it.value()).arg(it.key());
    const QString kind = r.type == ResourceType::Primitive ? r.agent : resourceTypeName(r.type);
    out << QString(depth * 2, u' ') << "resource " << r.id << ' ' << kind << ' ' << r.role << ' '
        << (r.nodes.isEmpty() ? QStringLiteral("-") : r.nodes.join(u','));
    if (!flags.isEmpty())
        out << ' ' << flags.join(u' ');
    out << '\n';
    for (const Resource &c : r.children)
        printResource(out, c, depth + 1);
}

} // namespace

void printStatusText(QTextStream &out, const ClusterStatus &st)
{
    if (!st.pacemakerRunning) {
        out << "pacemaker: not running";
        if (!st.pacemakerMessage.isEmpty())
            out << " (" << st.pacemakerMessage << ')';
        out << '\n';
        return;
    }
    const ClusterSummary &s = st.summary;
    out << "dc: " << (s.dcPresent && !s.dcName.isEmpty() ? s.dcName : QStringLiteral("none"))
        << '\n';
    out << "quorum: " << yesNo(s.quorum) << '\n';
    if (!s.pacemakerVersion.isEmpty())
        out << "version: " << s.pacemakerVersion << '\n';
    out << "stonith: " << (s.stonithEnabled ? "enabled" : "disabled") << '\n';
    if (s.maintenanceMode)
        out << "maintenance-mode: yes\n";
    for (const NodeState &n : st.nodes) {
        QStringList state;
        state << (n.online ? QStringLiteral("online") : QStringLiteral("OFFLINE"));
        if (n.isDc)
            state << QStringLiteral("dc");
        if (n.standby)
            state << QStringLiteral("standby");
        if (n.maintenance)
            state << QStringLiteral("maintenance");
        if (n.unclean)
            state << QStringLiteral("UNCLEAN");
        if (n.pending)
            state << QStringLiteral("pending");
        if (n.type != NodeType::Member)
            state << nodeTypeName(n.type);
        out << "node " << n.name << ' ' << state.join(u' ') << '\n';
    }
    for (const Resource &r : st.resources)
        printResource(out, r, 0);
    for (const FailedAction &f : st.failures) {
        out << "failure " << f.resource << ' ' << f.node << ' ' << f.operation << " rc="
            << f.exitCode << " (" << f.exitStatus << ')';
        if (!f.exitReason.isEmpty())
            out << " reason: " << f.exitReason;
        out << '\n';
    }
    for (const Ban &b : st.bans)
        out << "ban " << b.resource << ' ' << b.node << ' ' << b.weight << ' ' << b.id << '\n';
    for (const FencingEvent &e : st.fencing) {
        out << "fencing " << e.action << ' ' << e.target << ' ' << e.status << ' '
            << (e.completed.isEmpty() ? QStringLiteral("-") : e.completed) << '\n';
    }
    for (const Ticket &t : st.tickets)
        out << "ticket " << t.id << ' ' << t.status << (t.standby ? " standby" : "") << '\n';
}


int cmdStatus(Context &ctx)
{
    QStringList args = ctx.args;
    QString file;
    const bool fromXml = takeOption(args, QStringLiteral("--from-xml"), &file);
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (!args.isEmpty()) {
        ctx.err << tr("status: unexpected argument '%1'\n").arg(args.first());
        return Usage;
    }
    if (!fromXml)
        return statusLive(ctx, json);

    Result<ClusterStatus> st = makeError(ErrorCode::Internal, QString());
    if (file == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            ctx.err << tr("status: cannot read standard input\n");
            return BadInput;
        }
        st = CrmMonParser::parse(&in);
    } else {
        st = CrmMonParser::parseFile(file);
    }
    if (!st) {
        ctx.err << tr("status: cannot read %1: %2\n").arg(file, st.error().message);
        return BadInput;
    }
    if (json)
        ctx.out << QString::fromUtf8(QJsonDocument(statusToJson(*st)).toJson(QJsonDocument::Indented));
    else
        printStatusText(ctx.out, *st);
    return statusHealthy(*st) ? Ok : Failed;
}

} // namespace ha::cli
