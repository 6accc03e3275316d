#include "fencingtest.h"

#include "audit/auditlog.h"
#include "fencingcheck.h"
#include "monitor/clustermonitor.h"
#include "monitor/nodewatcher.h"
#include "powermonitor.h"
#include "ssh/commandtemplates.h"
#include "ssh/nodesession.h"

#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <utility>

namespace ha {

namespace {

QString seconds(qint64 ms)
{
    return FencingTest::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

// stderr of a failed command, short and on one line, for a step's detail.
QString firstLines(const QByteArray &text, int maxLines = 6)
{
    QStringList lines = QString::fromUtf8(text).trimmed().split(QLatin1Char('\n'));
    if (lines.size() > maxLines) {
        const qsizetype more = lines.size() - maxLines;
        lines = lines.mid(0, maxLines);
        lines << FencingTest::tr("… (%1 more lines)").arg(more);
    }
    return lines.join(QLatin1Char('\n'));
}

QString commandFailure(const CommandResult &r, const QString &what)
{
    if (r.error)
        return FencingTest::tr("%1 did not run: %2").arg(what, r.error->message);
    const QString err = firstLines(r.stdErr, 3);
    return err.isEmpty() ? FencingTest::tr("%1 failed (exit code %2).").arg(what).arg(r.exitCode)
                         : FencingTest::tr("%1 failed (exit code %2): %3")
                               .arg(what)
                               .arg(r.exitCode)
                               .arg(err);
}

bool groupRunning(const Resource *r)
{
    if (!r || !r->active || r->failed || r->disabled)
        return false;
    for (const Resource &c : r->children) {
        if (!c.active || c.failed)
            return false;
    }
    return true;
}

} // namespace

qint64 FencingStep::durationMs() const
{
    if (!started.isValid())
        return 0;
    const QDateTime end = finished.isValid() ? finished : QDateTime::currentDateTimeUtc();
    return started.msecsTo(end);
}

QString fencingStepStateName(FencingStep::State s)
{
    switch (s) {
    case FencingStep::State::Pending:
        return FencingTest::tr("waiting");
    case FencingStep::State::Running:
        return FencingTest::tr("running");
    case FencingStep::State::Passed:
        return FencingTest::tr("passed");
    case FencingStep::State::Failed:
        return FencingTest::tr("FAILED");
    case FencingStep::State::Warning:
        return FencingTest::tr("warning");
    case FencingStep::State::Skipped:
        return FencingTest::tr("skipped");
    }
    return {};
}

FencingTest::FencingTest(ClusterProfile profile, QString node, PowerMonitor *power,
                         AuditLog *audit, QObject *parent)
    : QObject(parent), m_profile(std::move(profile)), m_node(std::move(node)), m_power(power),
      m_audit(audit)
{
    connect(&m_poll, &QTimer::timeout, this, &FencingTest::reevaluate);
    if (m_power) {
        connect(m_power, &PowerMonitor::nodeChanged, this, [this](const QString &n) {
            if (n == m_node)
                reevaluate();
        });
    }
}

FencingTest::~FencingTest()
{
    // Closing the window mid-run still leaves an audit record ("cancelled"); nobody listens any
    // more, and the receivers may be half destroyed already.
    if (m_running) {
        blockSignals(true);
        cancel();
    }
}

void FencingTest::attach(ClusterMonitor *monitor)
{
    QPointer<ClusterMonitor> mon(monitor);
    m_run = [this, mon](const QString &node, const RemoteCommand &cmd, QObject *context,
                        CommandDone done) {
        NodeWatcher *w = mon ? mon->watcher(node) : nullptr;
        NodeSession *s = w ? w->session() : nullptr;
        const NodeSession::State st = s ? s->state() : NodeSession::State::Disconnected;
        if (!s || st == NodeSession::State::Disconnected || st == NodeSession::State::Failed
            || st == NodeSession::State::HostKeyDecision) {
            CommandResult r;
            r.error = makeError(ErrorCode::Unreachable,
                                tr("the console has no SSH connection to %1 (%2)")
                                    .arg(node, sessionStateName(st)));
            QTimer::singleShot(0, context, [done, r] { done(r); });
            return;
        }
        // NodeSession reports every command exactly once through finished(id, …).
        auto conn = std::make_shared<QMetaObject::Connection>();
        const quint64 id = s->run(cmd, m_timing.commandTimeoutMs);
        *conn = connect(s, &NodeSession::finished, context,
                        [conn, id, done](quint64 fid, const CommandResult &r) {
                            if (fid != id)
                                return;
                            QObject::disconnect(*conn);
                            done(r);
                        });
    };
    m_status = [mon](const QString &fromNode) -> std::optional<ClusterStatus> {
        NodeWatcher *w = mon ? mon->watcher(fromNode) : nullptr;
        if (!w || !w->view().reachable() || !w->view().status)
            return std::nullopt;
        return *w->view().status;
    };
    m_statusTime = [mon](const QString &fromNode) -> QDateTime {
        NodeWatcher *w = mon ? mon->watcher(fromNode) : nullptr;
        return w ? w->view().lastStatus : QDateTime();
    };
    if (monitor)
        connect(monitor, &ClusterMonitor::changed, this, &FencingTest::reevaluate);
}

QString FencingTest::peer() const
{
    QString first;
    for (const NodeProfile &n : m_profile.nodes) {
        if (n.name == m_node)
            continue;
        if (first.isEmpty())
            first = n.name;
        if (m_status) {
            const std::optional<ClusterStatus> st = m_status(n.name);
            if (st && st->pacemakerRunning)
                return n.name;
        }
    }
    return first;
}

const FencingStep *FencingTest::step(const QString &id) const
{
    for (const FencingStep &s : m_steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

FencingStep *FencingTest::find(const QString &id)
{
    for (FencingStep &s : m_steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

FencingStep &FencingTest::add(const QString &id, const QString &title)
{
    FencingStep s;
    s.id = id;
    s.title = title;
    m_steps.append(s);
    return m_steps.last();
}

void FencingTest::begin(const QString &id)
{
    if (FencingStep *s = find(id)) {
        s->state = FencingStep::State::Running;
        s->started = QDateTime::currentDateTimeUtc();
    }
    m_phaseTime.start();
    emit stepsChanged();
}

void FencingTest::end(const QString &id, FencingStep::State state, const QString &detail)
{
    if (FencingStep *s = find(id)) {
        s->state = state;
        s->finished = QDateTime::currentDateTimeUtc();
        s->detail = detail;
    }
    emit stepsChanged();
}

void FencingTest::runOn(const QString &node, const RemoteCommand &cmd, CommandDone done)
{
    const quint64 gen = m_generation;
    auto guardedDone = [this, gen, done](const CommandResult &r) {
        if (gen == m_generation) // a cancelled run's late answers change nothing
            done(r);
    };
    if (!m_run) {
        CommandResult r;
        r.error = makeError(ErrorCode::Internal, tr("no way to run commands on the nodes"));
        QTimer::singleShot(0, this, [guardedDone, r] { guardedDone(r); });
        return;
    }
    m_run(node, cmd, this, guardedDone);
}

// ---------------------------------------------------------------------------------------------
// Checks

void FencingTest::runChecks()
{
    if (m_running)
        return;
    ++m_generation;
    m_steps.clear();
    m_deviceId.clear();
    m_resetRun = false;
    m_running = true;
    const QString p = peer();
    add(QStringLiteral("config"),
        tr("The cluster's fence device for %1 points at the BMC the console knows").arg(m_node));
    add(QStringLiteral("list"), tr("%1 finds a device that can fence %2").arg(p, m_node));
    add(QStringLiteral("history"), tr("Fencing history of %1").arg(m_node));
    m_runTime.start();
    emit stepsChanged();
    checkConfig();
}

void FencingTest::checkConfig()
{
    m_phase = Phase::Config;
    begin(QStringLiteral("config"));
    const NodeProfile *np = m_profile.node(m_node);
    if (!np || !np->bmc.isConfigured()) {
        end(QStringLiteral("config"), FencingStep::State::Failed,
            tr("The profile names no BMC for %1: nothing to compare with.").arg(m_node));
        checkList();
        return;
    }
    const QString p = peer();
    runOn(p, CommandTemplates::cibQueryResources(), [this, p](const CommandResult &r) {
        if (!r.ok()) {
            end(QStringLiteral("config"), FencingStep::State::Failed,
                commandFailure(r, tr("Reading the cluster configuration on %1").arg(p)));
            checkList();
            return;
        }
        // stdOut holds the fence devices' passwords in clear: only the parsed devices (which
        // drop them) are kept, never the text.
        const Result<QList<FenceDevice>> devices = parseFenceDevices(r.stdOut);
        if (!devices.ok()) {
            end(QStringLiteral("config"), FencingStep::State::Failed,
                tr("The cluster configuration could not be read: %1").arg(devices.error().message));
            checkList();
            return;
        }
        const FenceConfigCheck check = checkFenceConfig(devices.value(), *m_profile.node(m_node));
        QStringList lines;
        if (check.device)
            m_deviceId = check.device->id;
        for (const FenceCheckItem &i : check.items)
            lines << tr("%1 — %2: %3").arg(i.ok ? tr("OK") : tr("MISMATCH"), i.what, i.detail);
        if (lines.isEmpty())
            lines << tr("No IPMI fence device in the cluster configuration fences %1.").arg(m_node);
        end(QStringLiteral("config"),
            check.passed() ? FencingStep::State::Passed : FencingStep::State::Failed,
            lines.join(QLatin1Char('\n')));
        checkList();
    });
}

void FencingTest::checkList()
{
    m_phase = Phase::List;
    begin(QStringLiteral("list"));
    const Result<RemoteCommand> cmd = CommandTemplates::stonithList(m_node);
    if (!cmd.ok()) {
        end(QStringLiteral("list"), FencingStep::State::Failed, cmd.error().message);
        checkHistory();
        return;
    }
    const QString p = peer();
    runOn(p, cmd.value(), [this, p](const CommandResult &r) {
        if (!r.ok()) {
            end(QStringLiteral("list"), FencingStep::State::Failed,
                commandFailure(r, QStringLiteral("stonith_admin --list %1").arg(m_node)));
            checkHistory();
            return;
        }
        // Output: one device per line, then "N fence device(s) found".
        static const QRegularExpression summary(QStringLiteral("^\\d+ fence devices? found$"));
        QStringList devices;
        const QStringList lines = QString::fromUtf8(r.stdOut).split(QLatin1Char('\n'));
        for (const QString &l : lines) {
            const QString t = l.trimmed();
            if (!t.isEmpty() && !summary.match(t).hasMatch())
                devices << t;
        }
        if (devices.isEmpty()) {
            end(QStringLiteral("list"), FencingStep::State::Failed,
                tr("%1 knows no device that can fence %2: the cluster could not fence it.")
                    .arg(p, m_node));
        } else if (!m_deviceId.isEmpty() && !devices.contains(m_deviceId)) {
            end(QStringLiteral("list"), FencingStep::State::Failed,
                tr("%1 would fence %2 with %3, not with %4 (the device checked above).")
                    .arg(p, m_node, devices.join(QStringLiteral(", ")), m_deviceId));
        } else {
            end(QStringLiteral("list"), FencingStep::State::Passed,
                tr("%1 can fence %2 with: %3").arg(p, m_node, devices.join(QStringLiteral(", "))));
        }
        checkHistory();
    });
}

void FencingTest::checkHistory()
{
    m_phase = Phase::History;
    begin(QStringLiteral("history"));
    const Result<RemoteCommand> cmd = CommandTemplates::stonithHistory(m_node);
    if (!cmd.ok()) {
        end(QStringLiteral("history"), FencingStep::State::Failed, cmd.error().message);
        finishRun(false);
        return;
    }
    const QString p = peer();
    runOn(p, cmd.value(), [this, p](const CommandResult &r) {
        QStringList lines;
        FencingStep::State state = FencingStep::State::Passed;
        if (!r.ok()) {
            state = FencingStep::State::Warning;
            lines << commandFailure(r, QStringLiteral("stonith_admin --history %1").arg(m_node));
        } else {
            const QString out = firstLines(r.stdOut, 8);
            lines << (out.isEmpty() ? tr("stonith_admin: no fencing of %1 on record.").arg(m_node)
                                    : tr("stonith_admin on %1:\n%2").arg(p, out));
        }
        // crm_mon's view of the same history: a failed last fencing is worth a warning.
        if (m_status) {
            if (const std::optional<ClusterStatus> st = m_status(p)) {
                QList<FencingEvent> mine;
                for (const FencingEvent &e : st->fencing) {
                    if (e.target == m_node)
                        mine << e;
                }
                if (mine.isEmpty()) {
                    lines << tr("crm_mon: no fencing actions against %1.").arg(m_node);
                } else {
                    const FencingEvent &last = mine.first(); // crm_mon lists the newest first
                    lines << tr("crm_mon: %1 fencing action(s) against %2; latest: %3 by %4, %5 %6")
                                 .arg(mine.size())
                                 .arg(m_node, last.action, last.delegate, last.status,
                                      last.completed);
                    if (last.status == QLatin1String("failed"))
                        state = FencingStep::State::Warning;
                }
            }
        }
        end(QStringLiteral("history"), state, lines.join(QLatin1Char('\n')));
        bool passed = true;
        for (const FencingStep &s : std::as_const(m_steps)) {
            if (s.state == FencingStep::State::Failed)
                passed = false;
        }
        finishRun(passed);
    });
}

// ---------------------------------------------------------------------------------------------
// Guided reset

bool FencingTest::canStartReset(QString *why) const
{
    if (m_running) {
        if (why)
            *why = tr("A check is still running.");
        return false;
    }
    return resetPreconditions(why);
}

bool FencingTest::resetPreconditions(QString *why) const
{
    auto fail = [why](const QString &w) {
        if (why)
            *why = w;
        return false;
    };
    const NodeProfile *np = m_profile.node(m_node);
    if (!m_power || !np || !np->bmc.isConfigured())
        return fail(tr("The profile names no BMC for %1.").arg(m_node));
    const QString p = peer();
    if (p.isEmpty())
        return fail(tr("There is no other node to watch the cluster from."));
    const std::optional<ClusterStatus> st = m_status ? m_status(p) : std::nullopt;
    if (!st || !st->pacemakerRunning)
        return fail(tr("The console has no current cluster status from %1.").arg(p));
    const NodeState *n = st->node(m_node);
    const NodeState *o = st->node(p);
    if (!o || !o->online)
        return fail(tr("%1 is not online: resetting %2 would leave no node running.").arg(p, m_node));
    if (!n || !n->online)
        return fail(tr("%1 is not online now: there is nothing to test.").arg(m_node));
    return true;
}

void FencingTest::runReset()
{
    if (m_running)
        return;
    ++m_generation;
    // Keep the read-only checks on screen; a new guided run replaces an earlier one.
    static const QStringList ids{QStringLiteral("before"), QStringLiteral("reset"),
                                 QStringLiteral("leave"), QStringLiteral("rejoin"),
                                 QStringLiteral("group")};
    m_steps.erase(std::remove_if(m_steps.begin(), m_steps.end(),
                                 [](const FencingStep &s) { return ids.contains(s.id); }),
                  m_steps.end());
    const QString p = peer();
    const QString g = m_profile.serviceGroup.isEmpty() ? tr("the service group")
                                                       : m_profile.serviceGroup;
    add(QStringLiteral("before"), tr("Before: %1 and %2 online, %3 started").arg(m_node, p, g));
    add(QStringLiteral("reset"), tr("Reset %1 through its BMC").arg(m_node));
    add(QStringLiteral("leave"), tr("%1 goes down (seen from %2 or by the console)").arg(m_node, p));
    add(QStringLiteral("rejoin"), tr("%1 is back online in the cluster").arg(m_node));
    add(QStringLiteral("group"), tr("%1 is started again").arg(g));
    m_running = true;
    m_resetRun = true;
    m_sawPowerOff = false;
    m_leftByContact = false;
    // Only a view that existed before the reset can be seen to go away.
    m_ownViewBefore = m_status && m_status(m_node).has_value();
    m_runTime.start();
    emit stepsChanged();

    m_phase = Phase::Before;
    begin(QStringLiteral("before"));
    QString why;
    if (!resetPreconditions(&why)) {
        end(QStringLiteral("before"), FencingStep::State::Failed, why);
        finishRun(false);
        return;
    }
    const std::optional<ClusterStatus> st = m_status(p);
    const Resource *group = m_profile.serviceGroup.isEmpty()
                                ? nullptr
                                : st->resource(m_profile.serviceGroup);
    if (!m_profile.serviceGroup.isEmpty() && !groupRunning(group)) {
        end(QStringLiteral("before"), FencingStep::State::Failed,
            tr("%1 is not fully started now: fix that first, or the result would mean nothing.")
                .arg(g));
        finishRun(false);
        return;
    }
    m_groupBefore = group ? group->nodes.join(QStringLiteral(", ")) : QString();
    end(QStringLiteral("before"), FencingStep::State::Passed,
        group ? tr("%1 and %2 online; %3 runs on %4.").arg(m_node, p, g, m_groupBefore)
              : tr("%1 and %2 online.").arg(m_node, p));
    resetStep();
}

void FencingTest::resetStep()
{
    m_phase = Phase::Reset;
    begin(QStringLiteral("reset"));
    const quint64 gen = m_generation;
    m_power->runAction(m_node, PowerAction::Reset, this, [this, gen](Result<void> r) {
        if (gen != m_generation)
            return;
        if (!r.ok()) {
            end(QStringLiteral("reset"), FencingStep::State::Failed, r.error().message);
            finishRun(false);
            return;
        }
        end(QStringLiteral("reset"), FencingStep::State::Passed,
            tr("The BMC accepted the reset."));
        m_phase = Phase::Leave;
        begin(QStringLiteral("leave"));
        m_poll.start(std::max(100, m_timing.pollMs));
        reevaluate();
    });
}

void FencingTest::failWaiting(const QString &why)
{
    const QString id = m_phase == Phase::Leave    ? QStringLiteral("leave")
                       : m_phase == Phase::Rejoin ? QStringLiteral("rejoin")
                                                  : QStringLiteral("group");
    end(id, FencingStep::State::Failed, why);
    finishRun(false);
}

void FencingTest::reevaluate()
{
    if (!m_running || !m_resetRun)
        return;
    if (m_power) {
        const NodePower pw = m_power->state(m_node);
        if (pw.powerOn.has_value() && !*pw.powerOn)
            m_sawPowerOff = true;
    }
    const QString p = peer();
    const std::optional<ClusterStatus> st = m_status ? m_status(p) : std::nullopt;
    const NodeState *n = st ? st->node(m_node) : nullptr;
    const qint64 waited = m_phaseTime.isValid() ? m_phaseTime.elapsed() : 0;

    switch (m_phase) {
    case Phase::Leave: {
        const bool gone = st && (!n || !n->online || n->unclean || n->pending);
        // A reset node can be back in the membership before any status shows it offline (the
        // lab's nodes restart in ~2 s: corosync reports "left" and "joined" in one event). Its
        // own SSH session dropping is then the sign it went down.
        const bool ownViewGone = m_ownViewBefore && !m_status(m_node).has_value();
        if (gone) {
            end(QStringLiteral("leave"), FencingStep::State::Passed,
                tr("%1 reports %2 %3 after %4.")
                    .arg(p, m_node, n && n->unclean ? tr("UNCLEAN (lost)") : tr("offline"),
                         seconds(waited)));
        } else if (ownViewGone) {
            m_leftByContact = true;
            end(QStringLiteral("leave"), FencingStep::State::Passed,
                tr("The console lost its connection to %1 after %2; %3 still lists it online "
                   "(it may restart faster than the cluster status shows it gone).")
                    .arg(m_node, seconds(waited), p));
        } else if (waited < m_timing.leaveTimeoutMs) {
            return;
        } else {
            // Not a failure of fencing: the node may have been back before the views changed.
            end(QStringLiteral("leave"), FencingStep::State::Warning,
                tr("Neither %1 nor the console saw %2 go down within %3; it may have come back "
                   "faster than the cluster status was read.")
                    .arg(p, m_node, seconds(m_timing.leaveTimeoutMs)));
        }
        m_leftAt = QDateTime::currentDateTimeUtc();
        m_phase = Phase::Rejoin;
        begin(QStringLiteral("rejoin"));
        reevaluate();
        return;
    }
    case Phase::Rejoin: {
        // After a lost connection, the node's own Pacemaker must answer again too.
        const std::optional<ClusterStatus> own =
            m_leftByContact && m_status ? m_status(m_node) : std::nullopt;
        const bool ownBack = !m_leftByContact || (own && own->pacemakerRunning);
        // A view kept from before the node went down proves nothing: once the views carry
        // their read time, only statuses read after the leave count.
        auto fresh = [this](const QString &from) {
            return !m_statusTime || m_statusTime(from) > m_leftAt;
        };
        const bool viewsFresh = fresh(p) && (!m_leftByContact || fresh(m_node));
        if (st && n && n->online && !n->pending && !n->unclean && ownBack && viewsFresh) {
            QString detail = tr("%1 reports %2 online %3 after it left.")
                                 .arg(p, m_node, seconds(waited));
            if (m_power) {
                const NodePower pw = m_power->state(m_node);
                if (pw.powerOn.has_value())
                    detail += QLatin1Char('\n') % tr("Its BMC reports power %1.")
                                                      .arg(*pw.powerOn ? tr("on") : tr("off"));
            }
            for (const FencingEvent &e : st->fencing) {
                if (e.target == m_node) {
                    detail += QLatin1Char('\n')
                              % tr("The cluster fenced it too (%1 by %2: %3).")
                                    .arg(e.action, e.delegate, e.status);
                    break;
                }
            }
            end(QStringLiteral("rejoin"), FencingStep::State::Passed, detail);
            m_phase = Phase::Group;
            m_groupUp.invalidate();
            begin(QStringLiteral("group"));
            reevaluate();
            return;
        }
        if (waited < m_timing.rejoinTimeoutMs)
            return;
        QString why = tr("%1 did not come back within %2.").arg(m_node, seconds(waited));
        if (m_sawPowerOff)
            why += QLatin1Char('\n')
                   % tr("Its BMC reports the power OFF: the cluster fenced it and its fence device "
                        "powers nodes off instead of restarting them. Power it on from the "
                        "Power menu, then check that it rejoins.");
        failWaiting(why);
        return;
    }
    case Phase::Group: {
        const Resource *g = st ? st->resource(m_profile.serviceGroup) : nullptr;
        if (!m_profile.serviceGroup.isEmpty() && !groupRunning(g)) {
            m_groupUp.invalidate();
            if (waited < m_timing.groupTimeoutMs)
                return;
            failWaiting(tr("%1 was not started within %2 after %3 rejoined.")
                            .arg(m_profile.serviceGroup, seconds(waited), m_node));
            return;
        }
        // Right after a rejoin the status can still list resources from before the reset
        // while the cluster is probing them: only a group that stays started counts.
        if (!m_groupUp.isValid())
            m_groupUp.start();
        if (m_groupUp.elapsed() < m_timing.groupSettleMs && waited < m_timing.groupTimeoutMs)
            return;
        end(QStringLiteral("group"), FencingStep::State::Passed,
            g ? tr("%1 runs on %2 and stayed started for %3 (before the reset: %4).")
                    .arg(m_profile.serviceGroup, g->nodes.join(QStringLiteral(", ")),
                         seconds(m_groupUp.elapsed()), m_groupBefore)
              : tr("No service group named in the profile: nothing to wait for."));
        finishRun(true);
        return;
    }
    default:
        return;
    }
}

void FencingTest::cancel()
{
    if (!m_running)
        return;
    for (FencingStep &s : m_steps) {
        if (s.state == FencingStep::State::Running) {
            s.state = FencingStep::State::Failed;
            s.finished = QDateTime::currentDateTimeUtc();
            s.detail = tr("Cancelled by the operator.");
        }
    }
    finishRun(false);
}

void FencingTest::finishRun(bool passed)
{
    ++m_generation; // anything still in flight belongs to the finished run
    m_poll.stop();
    m_phase = Phase::Idle;
    m_running = false;
    for (FencingStep &s : m_steps) {
        if (s.state == FencingStep::State::Pending)
            s.state = FencingStep::State::Skipped;
    }
    if (m_resetRun && m_audit) {
        AuditRecord rec;
        rec.time = QDateTime::currentDateTimeUtc();
        rec.node = m_node;
        rec.localUser = qEnvironmentVariable("USER");
        rec.templateName = QStringLiteral("fencing.test.reset");
        // The record holds what was done and seen, step by step; no secret is ever in a step.
        rec.commandLine = tr("guided fencing test: reset %1 through its BMC, watched from %2\n%3")
                              .arg(m_node, peer(), report());
        rec.exitCode = passed ? 0 : 1;
        rec.durationMs = m_runTime.isValid() ? m_runTime.elapsed() : 0;
        if (!passed) {
            rec.error = errorCodeName(ErrorCode::RemoteFailed);
            for (const FencingStep &s : std::as_const(m_steps)) {
                if (s.state == FencingStep::State::Failed) {
                    rec.errorMessage = s.title % QStringLiteral(": ") % s.detail;
                    break;
                }
            }
        }
        const Result<void> w = m_audit->append(rec);
        if (!w.ok())
            qWarning("audit log: %s", qUtf8Printable(w.error().message));
    }
    emit stepsChanged();
    emit finished(passed);
}

QString FencingTest::report() const
{
    QStringList lines;
    for (const FencingStep &s : m_steps) {
        const QString when = s.started.isValid()
                                 ? s.started.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                                 : QStringLiteral("--:--:--");
        lines << tr("%1  %2  %3 (%4)")
                     .arg(when, fencingStepStateName(s.state).leftJustified(8), s.title,
                          seconds(s.durationMs()));
        if (!s.detail.isEmpty()) {
            const QStringList d = s.detail.split(QLatin1Char('\n'));
            for (const QString &l : d)
                lines << QStringLiteral("            ") % l;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ha
