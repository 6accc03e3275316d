#pragma once
// "Test fencing" for one node, as a list of steps, each with its times and pass/fail:
//
//   checks (read-only, run on the *other* node, which is the one that would fence this one):
//     1. the CIB's IPMI fence device for the node points at the BMC the profile knows
//        (cibadmin -Q -o resources, compared by checkFenceConfig; the password is dropped)
//     2. `stonith_admin --list NODE`: the cluster itself finds a device that can fence it
//     3. `stonith_admin --history NODE` and crm_mon's fencing history for the node
//   guided reset (the seed's test case; the caller asks for a typed confirmation first):
//     4. before: both nodes online, the service group started
//     5. reset the node through its BMC (PowerMonitor::runAction: audited like any power action)
//     6. it goes down: the other node shows it offline, or its own SSH session drops
//     7. it is back online in the cluster
//     8. the service group is started again
//   The whole guided run is written to the audit log as one record ("fencing.test.reset").
//
// QtCore only. Commands and cluster views come through two small seams so tests can drive the
// whole sequence without SSH; attach(ClusterMonitor*) connects the real ones.

#include "profile/clusterprofile.h"
#include "ssh/commandresult.h"
#include "ssh/remotecommand.h"
#include "cluster/clusterstatus.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace ha {

class AuditLog;
class ClusterMonitor;
class PowerMonitor;

struct FencingStep
{
    enum class State { Pending, Running, Passed, Failed, Warning, Skipped };
    QString id;          // stable: "config", "list", "history", "before", "reset", "leave", ...
    QString title;       // what is checked, in words
    State state = State::Pending;
    QDateTime started;   // UTC
    QDateTime finished;
    QString detail;      // what was seen; several lines allowed

    bool done() const { return state != State::Pending && state != State::Running; }
    qint64 durationMs() const;
};

QString fencingStepStateName(FencingStep::State s); // "passed", "FAILED", ... (translated)

class FencingTest : public QObject
{
    Q_OBJECT
public:
    using CommandDone = std::function<void(const CommandResult &)>;
    // Runs `cmd` on `node` and calls `done` once (also when it could not run: result.error).
    using RunCommand = std::function<void(const QString &node, const RemoteCommand &cmd,
                                          QObject *context, CommandDone done)>;
    // The cluster as `fromNode` reports it now; nullopt when that node gave no status.
    using StatusSource = std::function<std::optional<ClusterStatus>(const QString &fromNode)>;

    // When that view's status was read (UTC); lets the rejoin ignore views older than the leave.
    using StatusTime = std::function<QDateTime(const QString &fromNode)>;

    struct Timing
    {
        int commandTimeoutMs = 30000;
        int leaveTimeoutMs = 60000;     // corosync notices a dead node within seconds
        int rejoinTimeoutMs = 300000;   // boot + corosync + pacemaker join (~30 s in the lab)
        int groupTimeoutMs = 180000;    // start of the service group after the rejoin
        int groupSettleMs = 5000;       // the group must stay started this long to pass
        int pollMs = 1000;              // re-check the views even without a change signal
    };

    FencingTest(ClusterProfile profile, QString node, PowerMonitor *power, AuditLog *audit,
                QObject *parent = nullptr);
    ~FencingTest() override;

    void setRunner(RunCommand run) { m_run = std::move(run); }
    void setStatusSource(StatusSource s) { m_status = std::move(s); }
    void setStatusTimeSource(StatusTime t) { m_statusTime = std::move(t); }
    void setTiming(const Timing &t) { m_timing = t; }
    // The real seams: commands over the watchers' SSH sessions, views from their snapshots,
    // re-evaluation on every ClusterMonitor::changed.
    void attach(ClusterMonitor *monitor);

    QString node() const { return m_node; }
    // The node that runs the checks and watches: the first other node of the profile that
    // reports a running cluster, else the first other node.
    QString peer() const;
    QString serviceGroup() const { return m_profile.serviceGroup; }
    const ClusterProfile &profile() const { return m_profile; }
    // The cluster as `fromNode` reports it now (through the status seam).
    std::optional<ClusterStatus> statusFrom(const QString &fromNode) const
    {
        return m_status ? m_status(fromNode) : std::nullopt;
    }

    void runChecks();
    // false (and why) when the guided reset must not start now.
    bool canStartReset(QString *why) const;
    void runReset();
    // Stops waiting; the running step fails as "cancelled by the operator".
    void cancel();
    bool isRunning() const { return m_running; }

    QList<FencingStep> steps() const { return m_steps; }
    const FencingStep *step(const QString &id) const;
    // Plain text of every step with times: for the clipboard and the audit record.
    QString report() const;

    // Call when the cluster views may have changed (attach() connects it).
    void reevaluate();

signals:
    void stepsChanged();
    void finished(bool passed);

private:
    enum class Phase { Idle, Config, List, History, Before, Reset, Leave, Rejoin, Group };

    FencingStep &add(const QString &id, const QString &title);
    FencingStep *find(const QString &id);
    void begin(const QString &id);
    void end(const QString &id, FencingStep::State state, const QString &detail);
    void runOn(const QString &node, const RemoteCommand &cmd, CommandDone done);
    void finishRun(bool passed);
    // canStartReset without the "already running" refusal: runReset checks it once started.
    bool resetPreconditions(QString *why) const;

    void checkConfig();
    void checkList();
    void checkHistory();
    void resetStep();
    void failWaiting(const QString &why);

    ClusterProfile m_profile;
    QString m_node;
    QPointer<PowerMonitor> m_power;
    QPointer<AuditLog> m_audit;
    RunCommand m_run;
    StatusSource m_status;
    StatusTime m_statusTime;
    QDateTime m_leftAt;           // when the leave was seen
    QElapsedTimer m_groupUp;      // since the group was last seen started without a break
    Timing m_timing;
    QList<FencingStep> m_steps;
    Phase m_phase = Phase::Idle;
    bool m_running = false;
    bool m_resetRun = false;      // the current run is the guided reset (audited)
    QString m_deviceId;           // from the config check, for the list check
    QTimer m_poll;
    QElapsedTimer m_phaseTime;    // since the current waiting step began
    QElapsedTimer m_runTime;
    QString m_groupBefore;        // where the group ran before the reset
    bool m_sawPowerOff = false;
    bool m_ownViewBefore = false;
    bool m_leftByContact = false; // the leave was seen as the node's own session dropping
    quint64 m_generation = 0;     // callbacks of a cancelled run are ignored
};

} // namespace ha
