#pragma once
// A cluster operation in the shape of kpmcore's Operation → Jobs → Report: it knows what it
// will do before it does it (prepare() → preview(), plan(), warnings(), blockers()), asks to be
// confirmed when it can interrupt the service, runs as a chain of recorded steps (execute()),
// checks the result against the next crm_mon state, and leaves a Report as the audit record.
//
// Everything is asynchronous over the caller's NodeSessions (never blocks the caller's thread).
// Remote commands come only from CommandTemplates; every command that reaches a node is also
// recorded by NodeSession in the AuditLog.

#include "cluster/clusterstatus.h"
#include "leftoverconstraints.h"
#include "profile/clusterprofile.h"
#include "report.h"
#include "simulationplan.h"
#include "ssh/commandresult.h"
#include "ssh/remotecommand.h"

#include <QObject>
#include <functional>

namespace ha {

class NodeSession;

// The sessions an operation may use: one per node, owned by the caller (ClusterMonitor's
// watchers in the console, the CLI's own sessions).
struct OpsContext
{
    ClusterProfile profile;
    QList<NodeSession *> sessions;

    NodeSession *session(const QString &node) const;
    // The node commands run on: a connected session, preferring `preferred`, else one that is
    // still connecting; nullptr when none can be used.
    NodeSession *runner(const QString &preferred = {}) const;
};

struct PreviewCommand
{
    QString node;
    QString commandLine; // exactly as it will be sent (with sudo -n when used)
    QString purpose;
};

// What the cluster looked like at one moment, as far as operations care.
struct ClusterSnapshot
{
    ClusterStatus status;
    QList<CliConstraint> cliConstraints;
    QStringList cliConstraintsFor(const QString &resource) const; // ids
};

class Operation : public QObject
{
    Q_OBJECT
public:
    enum class Phase
    {
        New,
        Preparing,
        Ready,
        Refused,
        Running,
        Done
    };
    Q_ENUM(Phase)

    struct Timing
    {
        int commandTimeoutMs = 30000;
        int waitTimeoutS = 120;  // crm_resource --wait
        int verifyAttempts = 10; // crm_mon reads until the intended state shows
        int verifyIntervalMs = 1000;
    };

    explicit Operation(OpsContext ctx, QObject *parent = nullptr);
    ~Operation() override;

    void setTiming(const Timing &t) { m_timing = t; }
    Phase phase() const { return m_phase; }

    virtual QString description() const = 0; // "Move db-group to node2"
    virtual QStringList targetNodes() const = 0;
    virtual QString actionLabel() const = 0; // the confirm button: "Move", "Ban", ...
    // True when it can interrupt the service: by its nature or because the simulated plan
    // stops, moves or restarts something.
    bool isDangerous() const;
    virtual QString confirmationText() const; // names the resource/nodes; empty: none needed

    // Reads the cluster (crm_mon, constraints), runs the simulation where one applies, and
    // computes warnings and blockers; then prepared(). Commands it runs are in the report.
    void prepare();
    QList<PreviewCommand> preview() const;
    const std::optional<SimulationPlan> &plan() const { return m_plan; }
    QStringList warnings() const { return m_warnings; }
    QStringList blockers() const { return m_blockers; } // non-empty: execute() refuses
    const std::optional<ClusterSnapshot> &before() const { return m_before; }

    void execute();
    // Stops waiting/verifying as soon as it can; a started change is not undone blindly, the
    // report says what state the cluster is in (MoveOperation also clears its constraint).
    void cancel();
    bool isCancelled() const { return m_cancelled; }

    const Report &report() const { return m_report; }

signals:
    void prepared(bool ok);
    void progress(const QString &stepTitle);
    void stepFinished(int index);
    void finished(bool ok);

protected:
    using Done = std::function<void()>;
    using ResultFn = std::function<void(const ha::CommandResult &, ha::ReportStep &)>;

    // The change itself, validated. An error refuses the operation at prepare().
    virtual Result<QList<RemoteCommand>> changeCommands() const = 0;
    // The change whose effect crm_simulate shows; nullopt: nothing to simulate.
    virtual std::optional<RemoteCommand> simulatedChange() const;
    virtual bool dangerousByNature() const = 0;
    // Warnings and refusals from the state before (and the plan, when there is one).
    virtual void assess(const ClusterSnapshot &before, QStringList &warnings,
                        QStringList &blockers) const;
    // Empty when `now` shows the intended result, else what is still different.
    virtual QString verify(const ClusterSnapshot &now) const = 0;
    // More checks before assess(); call done() when finished.
    virtual void prepareMore(const Done &done) { done(); }
    // The execution; the default runs the change commands, waits, verifies.
    virtual void run();
    // Extra preview lines after the change commands (e.g. the clear after a move).
    virtual QList<PreviewCommand> previewMore() const { return {}; }

    // Helpers for subclasses -----------------------------------------------------------------
    NodeSession *runnerSession() const { return m_runner; }
    QString runnerNode() const;
    const OpsContext &context() const { return m_ctx; }
    const Timing &timing() const { return m_timing; }
    // Runs a command as a recorded step; `then` sees the result and may edit the step.
    void runStep(const QString &title, const RemoteCommand &cmd, const ResultFn &then,
                 NodeSession *on = nullptr, int timeoutMs = -1);
    void addLocalStep(const QString &title, StepStatus status, const QStringList &messages);
    // crm_mon + constraints as two steps; nullopt (with a failed step) when unreadable.
    void fetchSnapshot(const QString &why,
                       const std::function<void(std::optional<ClusterSnapshot>)> &then);
    void runChanges(const QList<RemoteCommand> &cmds, int index,
                    const std::function<void(bool)> &then);
    void waitIdle(const Done &then);
    // Reads the cluster until verify() is empty or attempts run out.
    void verifyLoop(int attempt,
                    const std::function<void(bool ok, std::optional<ClusterSnapshot>)> &then);
    void finish(StepStatus outcome, const QString &summary);
    // A sentence per top-level resource: where it runs, its role, failures; for reports.
    static QStringList describeState(const ClusterStatus &st);

    Report m_report;

private:
    void finishPrepare();

    OpsContext m_ctx;
    Timing m_timing;
    Phase m_phase = Phase::New;
    NodeSession *m_runner = nullptr;
    NodeSession *m_current = nullptr; // session of the command in flight (for cancel)
    quint64 m_currentId = 0;
    std::optional<SimulationPlan> m_plan;
    std::optional<ClusterSnapshot> m_before;
    QStringList m_warnings;
    QStringList m_blockers;
    bool m_cancelled = false;
};

} // namespace ha
