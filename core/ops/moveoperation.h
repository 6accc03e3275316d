#pragma once
// "Move to…" / "Fail over now": moves a resource (normally the database group) to a node the
// safe way. Before: Pacemaker's own plan (crm_simulate on a copy of the live CIB with the move
// applied) and warnings about the target (standby, unclean, offline, heartbeat links down,
// failures of the group there). Then: crm_resource --move, wait until the cluster is idle,
// verify the resource runs on the target, clear the move's cli-prefer constraint (unless asked
// to keep it) and verify it is gone. On failure, timeout or cancel the constraint is cleared
// too (unless keepConstraintOnFailure) and the report says exactly where everything runs.
// The time from execute() to the service answering again on the profile's service address is
// measured and reported.

#include "operation.h"

namespace ha {

class ServiceOutageMeter;

class MoveOperation : public Operation
{
    Q_OBJECT
public:
    struct Options
    {
        QString lifetime;            // ISO 8601 duration for the constraint; empty: none
        bool keepConstraint = false; // leave cli-prefer after a successful move
        bool keepConstraintOnFailure = false;
        bool measureService = true; // probe serviceAddress:servicePort meanwhile
    };

    MoveOperation(OpsContext ctx, QString resource, QString targetNode, Options options,
                  QObject *parent = nullptr);
    // "Fail over now": the target is the other online node, chosen at prepare().
    static QString otherNode(const ClusterStatus &status, const QString &resource);

    QString description() const override;
    QStringList targetNodes() const override { return {m_target}; }
    QString actionLabel() const override;
    QString confirmationText() const override;

    QString resource() const { return m_resource; }
    QString fromNode() const { return m_from; }
    // After execute(): ms from execute() until the service answered again; -1 when unknown.
    qint64 serviceBackMs() const { return m_serviceBackMs; }
    bool serviceOutageSeen() const { return m_outageSeen; }

protected:
    Result<QList<RemoteCommand>> changeCommands() const override;
    bool dangerousByNature() const override { return true; }
    void assess(const ClusterSnapshot &before, QStringList &warnings,
                QStringList &blockers) const override;
    QString verify(const ClusterSnapshot &now) const override;
    void prepareMore(const Done &done) override;
    void run() override;
    QList<PreviewCommand> previewMore() const override;

private:
    void afterMove(bool moved);
    void clearConstraint(const QString &why, const std::function<void(bool)> &then);
    void checkNoConstraint(const std::function<void(bool)> &then);
    void finishWithService(StepStatus outcome, const QString &summary);

    QString m_resource;
    QString m_target;
    Options m_options;
    mutable QString m_from; // learnt in assess()
    QString m_linkProblem;  // from the target's corosync-cfgtool -s
    bool m_linkChecked = false;
    ServiceOutageMeter *m_meter = nullptr;
    qint64 m_serviceBackMs = -1;
    bool m_outageSeen = false;
};

// Reads `corosync-cfgtool -s`: the links on which some peer is not connected, in plain words;
// empty when every link reaches every peer.
QStringList corosyncLinkProblems(const QString &cfgtoolStatus);

} // namespace ha
