#include "simulationplan.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ha {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ha::SimulationPlan", text);
}

bool isRole(const QString &w)
{
    static const QStringList roles{
        QStringLiteral("Started"),    QStringLiteral("Stopped"),  QStringLiteral("Promoted"),
        QStringLiteral("Unpromoted"), QStringLiteral("Master"),   QStringLiteral("Slave"),
        QStringLiteral("Starting"),   QStringLiteral("Stopping"), QStringLiteral("Migrating")};
    return roles.contains(w);
}

// "Promoted node1" → role "Promoted", node "node1"; "Unpromoted" → role only.
void splitSide(const QString &side, QString *role, QString *node)
{
    const QStringList words = side.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (isRole(w))
            *role = w;
        else
            *node = w;
    }
}

PlannedAction::Kind kindOf(const QString &verb)
{
    using K = PlannedAction::Kind;
    if (verb == QLatin1String("Start"))
        return K::Start;
    if (verb == QLatin1String("Stop"))
        return K::Stop;
    if (verb == QLatin1String("Move"))
        return K::Move;
    if (verb == QLatin1String("Migrate"))
        return K::Migrate;
    if (verb == QLatin1String("Restart"))
        return K::Restart;
    if (verb == QLatin1String("Reload"))
        return K::Reload;
    if (verb == QLatin1String("Recover"))
        return K::Recover;
    if (verb == QLatin1String("Promote") || verb == QLatin1String("Re-promote"))
        return K::Promote;
    if (verb == QLatin1String("Demote"))
        return K::Demote;
    return K::Other;
}

} // namespace

bool PlannedAction::operator==(const PlannedAction &o) const
{
    return kind == o.kind && verb == o.verb && resource == o.resource && fromNode == o.fromNode &&
           toNode == o.toNode && fromRole == o.fromRole && toRole == o.toRole &&
           reason == o.reason && blocked == o.blocked;
}

QString PlannedAction::describe() const
{
    QString s;
    switch (kind) {
    case Kind::Start:
        s = tr("start %1 on %2").arg(resource, toNode);
        break;
    case Kind::Stop:
        s = tr("stop %1 on %2").arg(resource, fromNode);
        break;
    case Kind::Move:
        s = tr("move %1: %2 → %3").arg(resource, fromNode, toNode);
        break;
    case Kind::Migrate:
        s = tr("live-migrate %1: %2 → %3").arg(resource, fromNode, toNode);
        break;
    case Kind::Restart:
        s = tr("restart %1 on %2").arg(resource, toNode);
        break;
    case Kind::Reload:
        s = tr("reload %1 on %2").arg(resource, toNode);
        break;
    case Kind::Recover:
        s = fromNode == toNode ? tr("recover %1 on %2").arg(resource, toNode)
                               : tr("recover %1: %2 → %3").arg(resource, fromNode, toNode);
        break;
    case Kind::Promote:
        s = tr("promote %1 on %2").arg(resource, toNode);
        break;
    case Kind::Demote:
        s = tr("demote %1 on %2").arg(resource, toNode);
        break;
    case Kind::Fence:
        s = tr("FENCE node %1 (%2)").arg(toNode, verb);
        break;
    case Kind::Shutdown:
        s = tr("shut down node %1").arg(toNode);
        break;
    case Kind::Other:
        s = tr("%1 %2").arg(verb, resource);
        break;
    }
    if (!reason.isEmpty())
        s += QStringLiteral(" — ") + reason;
    if (blocked)
        s += QStringLiteral(" ") + tr("[blocked: cannot happen]");
    return s;
}

std::optional<PlannedAction> SimulationPlanParser::parseLine(const QString &rawLine)
{
    QString line = rawLine.trimmed();
    if (!line.startsWith(QLatin1String("* ")))
        return std::nullopt;
    line = line.mid(2).trimmed();

    PlannedAction a;
    // Fence (reboot) node1 [(resource: x)] 'reason'
    static const QRegularExpression fence(
        QStringLiteral(R"(^Fence \(([^)]*)\) (\S+)(?: \(resource: [^)]*\))?(?: '(.*)')?$)"));
    if (const auto m = fence.match(line); m.hasMatch()) {
        a.kind = PlannedAction::Kind::Fence;
        a.verb = QStringLiteral("Fence (%1)").arg(m.captured(1));
        a.toNode = m.captured(2);
        a.reason = m.captured(3);
        return a;
    }
    static const QRegularExpression shutdown(QStringLiteral(R"(^Shutdown (\S+)$)"));
    if (const auto m = shutdown.match(line); m.hasMatch()) {
        a.kind = PlannedAction::Kind::Shutdown;
        a.verb = QStringLiteral("Shutdown");
        a.toNode = m.captured(1);
        return a;
    }
    // Verb resource ( inner ) [reason]
    static const QRegularExpression res(
        QStringLiteral(R"(^(\S+)\s+(\S+)\s+\(\s*([^()]*?)\s*\)\s*(.*)$)"));
    const auto m = res.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    a.verb = m.captured(1);
    a.kind = kindOf(a.verb);
    a.resource = m.captured(2);
    QString rest = m.captured(4).trimmed();
    if (rest.endsWith(QLatin1String("(blocked)"))) {
        a.blocked = true;
        rest.chop(9);
        rest = rest.trimmed();
    }
    a.reason = rest;
    const QString inner = m.captured(3);
    const int arrow = static_cast<int>(inner.indexOf(QLatin1String("->")));
    if (arrow >= 0) {
        splitSide(inner.left(arrow), &a.fromRole, &a.fromNode);
        splitSide(inner.mid(arrow + 2), &a.toRole, &a.toNode);
        // "Unpromoted -> Promoted node1": the node is printed once, on the right.
        if (a.fromNode.isEmpty() && a.kind != PlannedAction::Kind::Start)
            a.fromNode = a.toNode;
    } else {
        QString role, node;
        splitSide(inner, &role, &node);
        if (a.kind == PlannedAction::Kind::Start) {
            a.toNode = node;
            a.toRole = role;
        } else if (a.kind == PlannedAction::Kind::Stop) {
            a.fromNode = node;
            a.fromRole = role;
        } else {
            a.fromNode = a.toNode = node;
            a.fromRole = a.toRole = role;
        }
    }
    if (a.kind == PlannedAction::Kind::Stop)
        a.toNode.clear();
    return a;
}

Result<SimulationPlan> SimulationPlanParser::parse(const QString &output)
{
    SimulationPlan plan;
    plan.rawOutput = output;
    const QStringList lines = output.split(QLatin1Char('\n'));
    bool in = false, seen = false;
    for (const QString &l : lines) {
        if (l.startsWith(QLatin1String("Transition Summary:"))) {
            in = seen = true;
            continue;
        }
        if (!in)
            continue;
        // The section ends at the next unindented heading.
        if (!l.isEmpty() && !l.at(0).isSpace())
            break;
        if (l.trimmed().isEmpty())
            continue;
        if (auto a = parseLine(l))
            plan.actions << *a;
        else
            plan.unparsed << l.trimmed();
    }
    if (!seen)
        return makeError(ErrorCode::Parse,
                         tr("crm_simulate printed no transition summary; its output was:\n%1")
                             .arg(output.left(2000)));
    return plan;
}

QStringList SimulationPlan::stoppedResources() const
{
    QStringList out;
    for (const PlannedAction &a : actions) {
        if (a.kind == PlannedAction::Kind::Stop)
            out << a.resource;
    }
    return out;
}

} // namespace ha
