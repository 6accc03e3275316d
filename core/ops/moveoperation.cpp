#include "moveoperation.h"

#include "servicecheck.h"
#include "ssh/commandtemplates.h"
#include "ssh/nodesession.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ha {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ha::MoveOperation", text);
}

// The resource and every resource inside it (a group's members).
QStringList idsWithin(const Resource &r)
{
    QStringList ids{r.id};
    for (const Resource &c : r.children)
        ids << idsWithin(c);
    return ids;
}

} // namespace

QStringList corosyncLinkProblems(const QString &text)
{
    QStringList problems;
    QString link;
    static const QRegularExpression linkRe(QStringLiteral(R"(^LINK ID (\d+))"));
    static const QRegularExpression peerRe(QStringLiteral(R"(nodeid:\s*(\d+):\s*(\S.*)$)"));
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (const auto m = linkRe.match(line); m.hasMatch()) {
            link = m.captured(1);
            continue;
        }
        if (const auto m = peerRe.match(line); m.hasMatch()) {
            const QString state = m.captured(2).trimmed();
            if (state != QLatin1String("localhost") && state != QLatin1String("connected"))
                problems << tr("link %1: node id %2 is %3").arg(link, m.captured(1), state);
        }
    }
    return problems;
}

MoveOperation::MoveOperation(OpsContext ctx, QString resource, QString targetNode, Options options,
                             QObject *parent)
    : Operation(std::move(ctx), parent)
    , m_resource(std::move(resource))
    , m_target(std::move(targetNode))
    , m_options(std::move(options))
{}

QString MoveOperation::otherNode(const ClusterStatus &status, const QString &resource)
{
    const Resource *r = status.resource(resource);
    for (const NodeState &n : status.nodes) {
        if (n.online && !n.standby && !n.unclean && (!r || !r->nodes.contains(n.name)))
            return n.name;
    }
    return {};
}

QString MoveOperation::description() const
{
    return tr("Move %1 to %2").arg(m_resource, m_target);
}

QString MoveOperation::actionLabel() const
{
    return tr("Move to %1").arg(m_target);
}

QString MoveOperation::confirmationText() const
{
    const QString from = m_from.isEmpty() ? tr("where it runs now") : m_from;
    return tr("Move %1 from %2 to %3? Its service is unavailable while it moves.")
        .arg(m_resource, from, m_target);
}

Result<QList<RemoteCommand>> MoveOperation::changeCommands() const
{
    auto move = CommandTemplates::resourceMove(m_resource, m_target, m_options.lifetime);
    if (!move.ok())
        return move.error();
    return QList<RemoteCommand>{move.value()};
}

QList<PreviewCommand> MoveOperation::previewMore() const
{
    QList<PreviewCommand> out;
    const auto clear = CommandTemplates::resourceClear(m_resource, m_target);
    if (clear.ok() && runnerSession())
        out << PreviewCommand{runnerNode(), runnerSession()->commandLineFor(clear.value()),
                              m_options.keepConstraint
                                  ? tr("only if the move fails: remove the move's constraint")
                                  : tr("remove the move's constraint once it runs there")};
    return out;
}

void MoveOperation::prepareMore(const Done &done)
{
    // crm_mon does not show a dead heartbeat link: ask the target's corosync.
    NodeSession *target = context().session(m_target);
    if (!target || target->state() != NodeSession::State::Connected) {
        done();
        return;
    }
    runStep(
        tr("Check the target's heartbeat links"), CommandTemplates::corosyncLinkStatus(),
        [this, done](const CommandResult &r, ReportStep &step) {
            if (r.ok()) {
                m_linkChecked = true;
                const QStringList p = corosyncLinkProblems(QString::fromUtf8(r.stdOut));
                m_linkProblem = p.join(u"; ");
                step.messages << (p.isEmpty() ? tr("all links connected") : m_linkProblem);
                if (!p.isEmpty())
                    step.status = StepStatus::Warning;
            }
            done();
        },
        target);
}

void MoveOperation::assess(const ClusterSnapshot &before, QStringList &warnings,
                           QStringList &blockers) const
{
    const ClusterStatus &st = before.status;
    const Resource *r = st.resource(m_resource);
    if (!r) {
        blockers << tr("The cluster has no resource %1.").arg(m_resource);
        return;
    }
    m_from = r->nodes.join(u", ");
    const NodeState *n = st.node(m_target);
    if (!n) {
        blockers << tr("%1 is not a node of this cluster.").arg(m_target);
        return;
    }
    if (!n->online)
        blockers << tr("%1 is offline.").arg(m_target);
    if (n->unclean)
        blockers << tr("%1 is UNCLEAN (it may be fenced).").arg(m_target);
    if (n->standby)
        blockers << tr("%1 is in standby: it cannot run resources. Bring it online first.")
                        .arg(m_target);
    if (n->maintenance)
        warnings << tr("%1 is in maintenance mode.").arg(m_target);
    if (st.summary.maintenanceMode)
        blockers << tr("The cluster is in maintenance mode: Pacemaker would not move anything.");
    if (r->active && r->nodes == QStringList{m_target})
        blockers << tr("%1 already runs on %2.").arg(m_resource, m_target);
    if (!r->managed)
        blockers << tr("%1 is unmanaged: Pacemaker would not move it.").arg(m_resource);
    if (!m_linkProblem.isEmpty())
        warnings << tr("Heartbeat links of %1 are not all up: %2").arg(m_target, m_linkProblem);
    else if (!m_linkChecked)
        warnings << tr("The heartbeat links of %1 could not be checked.").arg(m_target);
    const QStringList ids = idsWithin(*r);
    for (const FailedAction &f : st.failures) {
        if (f.node == m_target && ids.contains(f.resource))
            warnings << tr("%1 has a failed %2 of %3 (%4): it may refuse to run there.")
                            .arg(m_target, f.operation, f.resource, f.exitStatus);
    }
    for (const CliConstraint &c : before.cliConstraints) {
        if (ids.contains(c.resource))
            warnings << tr("An earlier constraint exists: %1.").arg(c.describe());
    }
    if (plan()) {
        bool lands = false;
        for (const PlannedAction &a : plan()->actions) {
            if (ids.contains(a.resource) && a.toNode == m_target && !a.blocked)
                lands = true;
            if (a.kind == PlannedAction::Kind::Fence)
                warnings << tr("Pacemaker would fence %1.").arg(a.toNode);
            if (a.blocked)
                warnings << tr("Blocked in the plan: %1").arg(a.describe());
        }
        if (!lands && blockers.isEmpty())
            blockers << tr("Pacemaker's simulation shows %1 would not start on %2; "
                           "moving would only leave a constraint behind.")
                            .arg(m_resource, m_target);
    }
}

QString MoveOperation::verify(const ClusterSnapshot &now) const
{
    const Resource *r = now.status.resource(m_resource);
    if (!r)
        return tr("%1 is not in the cluster any more").arg(m_resource);
    if (!r->active || r->nodes != QStringList{m_target}) {
        return r->active ? tr("%1 runs on %2").arg(m_resource, r->nodes.join(u", "))
                         : tr("%1 is not running").arg(m_resource);
    }
    for (const Resource &c : r->children) {
        if (!c.active || c.failed)
            return tr("%1 is not running cleanly").arg(c.id);
    }
    return {};
}

void MoveOperation::run()
{
    const ClusterProfile &p = context().profile;
    if (m_options.measureService && !p.serviceAddress.isEmpty() && p.servicePort != 0) {
        m_meter = new ServiceOutageMeter(p.serviceAddress, p.servicePort, this);
        m_meter->start();
    }
    runChanges(changeCommands().value(), 0, [this](bool ok) {
        if (!ok) {
            afterMove(false);
            return;
        }
        waitIdle([this] {
            verifyLoop(0, [this](bool ok2, std::optional<ClusterSnapshot>) { afterMove(ok2); });
        });
    });
}

void MoveOperation::afterMove(bool moved)
{
    if (!moved) {
        auto report = [this](bool cleared) {
            fetchSnapshot(
                tr("Read the cluster state after the failed move"),
                [this, cleared](std::optional<ClusterSnapshot> s) {
                    if (s) {
                        m_report.addMessage(
                            tr("Cluster now: %1").arg(describeState(s->status).join(u"; ")));
                        const QStringList left = s->cliConstraintsFor(m_resource);
                        if (!left.isEmpty())
                            m_report.addMessage(tr("Constraints left for %1: %2. Clear "
                                                   "them with “clear %1”.")
                                                    .arg(m_resource, left.join(u", ")));
                    }
                    if (!m_from.isEmpty())
                        m_report.addMessage(
                            tr("To go back, move %1 to %2.").arg(m_resource, m_from));
                    finishWithService(StepStatus::Failed,
                                      (isCancelled() ? tr("Cancelled: %1 is not verified on %2.")
                                                     : tr("%1 is not verified on %2."))
                                              .arg(m_resource, m_target) +
                                          QLatin1Char(' ') +
                                          (cleared
                                               ? tr("The move's constraint was removed, so the "
                                                    "cluster places it by its own rules again.")
                                               : tr("The move's constraint was KEPT as asked.")));
                });
        };
        if (m_options.keepConstraintOnFailure) {
            report(false);
            return;
        }
        clearConstraint(tr("Remove the move's constraint (the move failed)"), report);
        return;
    }
    if (m_options.keepConstraint) {
        m_report.addMessage(tr("The constraint cli-prefer-%1 was kept as asked: %1 stays on %2 "
                               "until it is cleared.")
                                .arg(m_resource, m_target));
        finishWithService(StepStatus::Success, tr("%1 runs on %2.").arg(m_resource, m_target));
        return;
    }
    clearConstraint(tr("Remove the move's constraint"), [this](bool cleared) {
        if (!cleared) {
            finishWithService(StepStatus::Failed,
                              tr("%1 runs on %2, but its cli-prefer constraint could not be "
                                 "removed: clear it with “clear %1”.")
                                  .arg(m_resource, m_target));
            return;
        }
        // Without stickiness the cluster could move it back once the preference is gone.
        waitIdle([this] {
            verifyLoop(timing().verifyAttempts - 1, [this](bool still,
                                                           std::optional<ClusterSnapshot> s) {
                const bool noneLeft = s && s->cliConstraintsFor(m_resource).isEmpty();
                if (!noneLeft)
                    m_report.addMessage(
                        tr("A cli- constraint for %1 is still there.").arg(m_resource));
                if (!still)
                    finishWithService(StepStatus::Failed,
                                      tr("%1 moved to %2 but did not stay there after the "
                                         "constraint was removed (resource-stickiness?).")
                                          .arg(m_resource, m_target));
                else if (!noneLeft)
                    finishWithService(StepStatus::Warning,
                                      tr("%1 runs on %2; a constraint for it remains.")
                                          .arg(m_resource, m_target));
                else
                    finishWithService(
                        StepStatus::Success,
                        tr("%1 runs on %2; no move constraint is left.").arg(m_resource, m_target));
            });
        });
    });
}

void MoveOperation::clearConstraint(const QString &why, const std::function<void(bool)> &then)
{
    const auto clear = CommandTemplates::resourceClear(m_resource, m_target);
    if (!clear.ok()) {
        then(false);
        return;
    }
    runStep(why, clear.value(), [then](const CommandResult &r, ReportStep &) { then(r.ok()); });
}

void MoveOperation::finishWithService(StepStatus outcome, const QString &summary)
{
    if (!m_meter) {
        finish(outcome, summary);
        return;
    }
    connect(m_meter, &ServiceOutageMeter::settled, this, [this, outcome, summary] {
        m_outageSeen = m_meter->sawOutage();
        m_serviceBackMs = m_meter->lastUp() ? m_meter->backUpMs() : -1;
        const ClusterProfile &p = context().profile;
        QStringList msgs;
        if (m_serviceBackMs < 0)
            msgs << tr("The service on %1:%2 did not answer within 30 s after the move.")
                        .arg(p.serviceAddress)
                        .arg(p.servicePort);
        else if (m_outageSeen)
            msgs << tr("Service on %1:%2 answered again %3 s after confirmation (downtime).")
                        .arg(p.serviceAddress)
                        .arg(p.servicePort)
                        .arg(static_cast<double>(m_serviceBackMs) / 1000.0, 0, 'f', 2);
        else
            msgs << tr("Service on %1:%2 answered throughout (%3 probes, no outage seen).")
                        .arg(p.serviceAddress)
                        .arg(p.servicePort)
                        .arg(m_meter->probes());
        addLocalStep(tr("Service availability"),
                     m_serviceBackMs < 0 ? StepStatus::Warning : StepStatus::Success, msgs);
        finish(outcome, summary);
    });
    m_meter->finishWhenUp(30000);
}

} // namespace ha
