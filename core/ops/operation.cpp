#include "operation.h"

#include "cluster/crmmonparser.h"
#include "ssh/commandtemplates.h"
#include "ssh/nodesession.h"

#include <QCoreApplication>
#include <QTimer>
#include <memory>

namespace ha {

namespace {

QString outputOf(const CommandResult &r)
{
    QString s = QString::fromUtf8(r.stdOut);
    const QString e = QString::fromUtf8(r.stdErr).trimmed();
    if (!e.isEmpty())
        s += (s.isEmpty() || s.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + e;
    return s;
}

} // namespace

NodeSession *OpsContext::session(const QString &node) const
{
    for (NodeSession *s : sessions) {
        if (s && s->nodeName() == node)
            return s;
    }
    return nullptr;
}

NodeSession *OpsContext::runner(const QString &preferred) const
{
    using S = NodeSession::State;
    if (NodeSession *p = session(preferred); p && p->state() == S::Connected)
        return p;
    for (NodeSession *s : sessions) {
        if (s && s->state() == S::Connected)
            return s;
    }
    for (NodeSession *s : sessions) {
        if (s && (s->state() == S::Connecting || s->state() == S::Authenticating))
            return s;
    }
    return nullptr;
}

QStringList ClusterSnapshot::cliConstraintsFor(const QString &resource) const
{
    QStringList ids;
    for (const CliConstraint &c : cliConstraints) {
        if (c.resource == resource)
            ids << c.id;
    }
    return ids;
}

Operation::Operation(OpsContext ctx, QObject *parent)
    : QObject(parent)
    , m_ctx(std::move(ctx))
{}

Operation::~Operation() = default;

QString Operation::runnerNode() const
{
    return m_runner ? m_runner->nodeName() : QString();
}

bool Operation::isDangerous() const
{
    if (dangerousByNature())
        return true;
    if (!m_plan)
        return false;
    for (const PlannedAction &a : m_plan->actions) {
        using K = PlannedAction::Kind;
        if (a.kind != K::Start && a.kind != K::Promote && a.kind != K::Other)
            return true;
    }
    return false;
}

QString Operation::confirmationText() const
{
    if (!isDangerous())
        return {};
    return tr("%1? This can interrupt the service.").arg(description());
}

std::optional<RemoteCommand> Operation::simulatedChange() const
{
    const auto cmds = changeCommands();
    if (!cmds.ok() || cmds->size() != 1)
        return std::nullopt;
    return cmds->first();
}

void Operation::assess(const ClusterSnapshot &, QStringList &, QStringList &) const
{}

void Operation::prepare()
{
    if (m_phase != Phase::New)
        return;
    m_phase = Phase::Preparing;
    m_report.setTitle(description());
    m_runner = m_ctx.runner();
    const auto cmds = changeCommands();
    if (!cmds.ok())
        m_blockers << cmds.error().message;
    if (!m_runner)
        m_blockers << tr("No node of the cluster is connected.");
    if (!m_blockers.isEmpty()) {
        finishPrepare();
        return;
    }
    fetchSnapshot(tr("Read the cluster state"), [this](std::optional<ClusterSnapshot> snap) {
        if (!snap) {
            m_blockers << tr("The cluster state could not be read; nothing was changed.");
            finishPrepare();
            return;
        }
        m_before = snap;
        auto afterSim = [this] {
            prepareMore([this] {
                assess(*m_before, m_warnings, m_blockers);
                finishPrepare();
            });
        };
        const auto change = simulatedChange();
        if (!change) {
            afterSim();
            return;
        }
        const auto sim = CommandTemplates::simulateChange(*change);
        if (!sim.ok()) {
            m_warnings << sim.error().message;
            afterSim();
            return;
        }
        runStep(tr("Simulate the change on a copy of the CIB (crm_simulate)"), sim.value(),
                [this, afterSim](const CommandResult &r, ReportStep &step) {
                    if (r.exitCode == 0) {
                        const auto plan = SimulationPlanParser::parse(QString::fromUtf8(r.stdOut));
                        if (plan.ok()) {
                            m_plan = plan.value();
                            for (const PlannedAction &a : m_plan->actions)
                                step.messages << a.describe();
                            if (m_plan->isEmpty())
                                step.messages << tr("Pacemaker plans no resource action.");
                        } else {
                            step.status = StepStatus::Warning;
                            m_warnings << plan.error().message;
                        }
                    } else {
                        step.status = StepStatus::Warning;
                        m_warnings << tr("The simulation failed (exit %1); the plan is unknown.")
                                          .arg(r.exitCode);
                    }
                    afterSim();
                });
    });
}

void Operation::finishPrepare()
{
    m_phase = m_blockers.isEmpty() ? Phase::Ready : Phase::Refused;
    if (!m_blockers.isEmpty())
        addLocalStep(tr("Refused before any change"), StepStatus::Failed, m_blockers);
    else if (!m_warnings.isEmpty())
        addLocalStep(tr("Warnings"), StepStatus::Warning, m_warnings);
    emit prepared(m_blockers.isEmpty());
}

QList<PreviewCommand> Operation::preview() const
{
    QList<PreviewCommand> out;
    const auto cmds = changeCommands();
    if (!cmds.ok() || !m_runner)
        return out;
    for (const RemoteCommand &c : cmds.value())
        out << PreviewCommand{m_runner->nodeName(), m_runner->commandLineFor(c), tr("the change")};
    if (const auto w = CommandTemplates::resourceWait(m_timing.waitTimeoutS); w.ok())
        out << PreviewCommand{m_runner->nodeName(), m_runner->commandLineFor(w.value()),
                              tr("wait until the cluster is idle")};
    out << previewMore();
    out << PreviewCommand{m_runner->nodeName(),
                          m_runner->commandLineFor(CommandTemplates::crmMonXml()),
                          tr("verify the result")};
    return out;
}

void Operation::execute()
{
    if (m_phase != Phase::Ready) {
        if (m_phase == Phase::Refused || m_phase == Phase::New) {
            m_phase = Phase::Done;
            finish(StepStatus::Failed, m_blockers.isEmpty()
                                           ? tr("The operation was not prepared; nothing ran.")
                                           : tr("Refused: %1").arg(m_blockers.join(u' ')));
        }
        return;
    }
    m_phase = Phase::Running;
    run();
}

void Operation::cancel()
{
    if (m_cancelled || m_phase == Phase::Done)
        return;
    m_cancelled = true;
    if (m_current && m_currentId)
        m_current->cancel(m_currentId);
}

void Operation::run()
{
    runChanges(changeCommands().value(), 0, [this](bool ok) {
        if (!ok) {
            fetchSnapshot(
                tr("Read the cluster state after the failure"),
                [this](std::optional<ClusterSnapshot> s) {
                    if (s)
                        m_report.addMessage(
                            tr("Cluster now: %1").arg(describeState(s->status).join(u"; ")));
                    finish(StepStatus::Failed, tr("The change was not applied."));
                });
            return;
        }
        waitIdle([this] {
            verifyLoop(0, [this](bool verified, std::optional<ClusterSnapshot>) {
                if (verified)
                    finish(StepStatus::Success, tr("Done; the cluster shows the intended state."));
                else
                    finish(StepStatus::Failed,
                           m_cancelled
                               ? tr("Cancelled after the change; the report shows the state.")
                               : tr("The cluster does not show the intended state."));
            });
        });
    });
}

void Operation::runStep(const QString &title, const RemoteCommand &cmd, const ResultFn &then,
                        NodeSession *on, int timeoutMs)
{
    NodeSession *s = on ? on : m_runner;
    ReportStep step;
    step.title = title;
    step.node = s ? s->nodeName() : QString();
    step.commandLine = s ? s->commandLineFor(cmd) : cmd.commandLine();
    step.status = StepStatus::Running;
    const int index = m_report.addStep(step);
    emit progress(title);
    if (!s) {
        CommandResult r;
        r.error = makeError(ErrorCode::Unreachable, tr("no session to run it on"));
        ReportStep &st = m_report.step(index);
        st.status = StepStatus::Failed;
        st.messages << r.error->message;
        then(r, st);
        return;
    }
    auto conn = std::make_shared<QMetaObject::Connection>();
    auto id = std::make_shared<quint64>(0);
    *conn = connect(s, &NodeSession::finished, this,
                    [this, conn, id, index, then, s](quint64 done, const CommandResult &r) {
                        if (done != *id)
                            return;
                        disconnect(*conn);
                        if (m_current == s && m_currentId == done) {
                            m_current = nullptr;
                            m_currentId = 0;
                        }
                        ReportStep &st = m_report.step(index);
                        st.exitCode = r.exitCode;
                        st.durationMs = r.durationMs;
                        st.output = outputOf(r).left(Report::maxOutputChars);
                        st.status = r.ok() ? StepStatus::Success : StepStatus::Failed;
                        if (r.error)
                            st.messages << r.error->message;
                        then(r, st);
                        emit stepFinished(index);
                    });
    *id = s->run(cmd, timeoutMs > 0 ? timeoutMs : m_timing.commandTimeoutMs);
    m_current = s;
    m_currentId = *id;
}

void Operation::addLocalStep(const QString &title, StepStatus status, const QStringList &messages)
{
    ReportStep step;
    step.title = title;
    step.status = status;
    step.messages = messages;
    emit stepFinished(m_report.addStep(step));
}

void Operation::fetchSnapshot(const QString &why,
                              const std::function<void(std::optional<ClusterSnapshot>)> &then)
{
    runStep(why + QStringLiteral(" (crm_mon)"), CommandTemplates::crmMonXml(),
            [this, why, then](const CommandResult &r, ReportStep &step) {
                // crm_mon's XML is long and the same every time: keep the report readable.
                step.output.clear();
                if (r.error || r.stdOut.isEmpty()) {
                    step.status = StepStatus::Failed;
                    then(std::nullopt);
                    return;
                }
                auto st = CrmMonParser::parse(r.stdOut);
                if (!st.ok() || !st->pacemakerRunning) {
                    step.status = StepStatus::Failed;
                    step.messages << (st.ok() ? st->pacemakerMessage : st.error().message);
                    then(std::nullopt);
                    return;
                }
                step.status = StepStatus::Success;
                step.messages << describeState(st.value());
                auto snap = std::make_shared<ClusterSnapshot>();
                snap->status = st.value();
                runStep(why + QStringLiteral(" (constraints)"),
                        CommandTemplates::cibQueryConstraints(),
                        [snap, then](const CommandResult &r2, ReportStep &step2) {
                            step2.output.clear();
                            if (!r2.ok()) {
                                then(std::nullopt);
                                return;
                            }
                            auto cli = parseCliConstraints(r2.stdOut);
                            if (!cli.ok()) {
                                step2.status = StepStatus::Failed;
                                step2.messages << cli.error().message;
                                then(std::nullopt);
                                return;
                            }
                            snap->cliConstraints = cli.value();
                            for (const CliConstraint &c : snap->cliConstraints)
                                step2.messages << c.describe();
                            if (snap->cliConstraints.isEmpty())
                                step2.messages << tr("no cli-prefer-/cli-ban- constraints");
                            then(*snap);
                        });
            });
}

void Operation::runChanges(const QList<RemoteCommand> &cmds, int index,
                           const std::function<void(bool)> &then)
{
    if (index >= cmds.size()) {
        then(true);
        return;
    }
    if (m_cancelled) {
        addLocalStep(tr("Cancelled before the change"), StepStatus::Cancelled, {});
        then(false);
        return;
    }
    runStep(tr("Apply: %1").arg(cmds.at(index).argv().join(u' ')), cmds.at(index),
            [this, cmds, index, then](const CommandResult &r, ReportStep &) {
                if (!r.ok()) {
                    then(false);
                    return;
                }
                runChanges(cmds, index + 1, then);
            });
}

void Operation::waitIdle(const Done &then)
{
    const auto w = CommandTemplates::resourceWait(m_timing.waitTimeoutS);
    if (!w.ok() || m_cancelled) {
        then();
        return;
    }
    runStep(
        tr("Wait until the cluster is idle (at most %1 s)").arg(m_timing.waitTimeoutS), w.value(),
        [then](const CommandResult &r, ReportStep &step) {
            if (!r.ok()) {
                // Not the verdict: the state check after it decides.
                step.status = StepStatus::Warning;
                step.messages << tr("The cluster did not settle in time or the wait failed.");
            }
            then();
        },
        nullptr, (m_timing.waitTimeoutS + 15) * 1000);
}

void Operation::verifyLoop(int attempt,
                           const std::function<void(bool, std::optional<ClusterSnapshot>)> &then)
{
    fetchSnapshot(tr("Verify (read %1)").arg(attempt + 1),
                  [this, attempt, then](std::optional<ClusterSnapshot> s) {
                      const QString diff = s ? verify(*s) : tr("the state could not be read");
                      ReportStep &last =
                          m_report.step(static_cast<int>(m_report.steps().size()) - 1);
                      if (diff.isEmpty()) {
                          last.messages << tr("Verified.");
                          then(true, s);
                          return;
                      }
                      last.messages << tr("Not yet: %1").arg(diff);
                      if (attempt + 1 >= m_timing.verifyAttempts || m_cancelled) {
                          m_report.addMessage(
                              tr("Still different after %1 reads: %2").arg(attempt + 1).arg(diff));
                          then(false, s);
                          return;
                      }
                      QTimer::singleShot(m_timing.verifyIntervalMs, this,
                                         [this, attempt, then] { verifyLoop(attempt + 1, then); });
                  });
}

void Operation::finish(StepStatus outcome, const QString &summary)
{
    m_phase = Phase::Done;
    m_report.setOutcome(outcome, summary);
    emit finished(outcome == StepStatus::Success || outcome == StepStatus::Warning);
}

QStringList Operation::describeState(const ClusterStatus &st)
{
    QStringList out;
    for (const NodeState &n : st.nodes) {
        QStringList flags;
        if (!n.online)
            flags << tr("offline");
        if (n.standby)
            flags << tr("standby");
        if (n.maintenance)
            flags << tr("maintenance");
        if (n.unclean)
            flags << tr("UNCLEAN");
        if (n.isDc)
            flags << tr("DC");
        out << tr("node %1: %2").arg(n.name, flags.isEmpty() ? tr("online") : flags.join(u", "));
    }
    for (const Resource &r : st.resources) {
        QString s = r.active ? tr("%1 runs on %2").arg(r.id, r.nodes.join(u", "))
                             : tr("%1 is stopped").arg(r.id);
        if (!r.managed)
            s += tr(" (unmanaged)");
        if (r.failed)
            s += tr(" (FAILED)");
        out << s;
    }
    if (st.summary.maintenanceMode)
        out << tr("cluster maintenance mode is on");
    for (const FailedAction &f : st.failures)
        out << tr("failed action %1 on %2: %3").arg(f.opKey, f.node, f.exitStatus);
    return out;
}

} // namespace ha
