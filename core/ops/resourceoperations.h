#pragma once
// The other cluster actions, each a small Operation: its change command(s), whether it can
// interrupt the service, and how the next crm_mon state proves it worked.

#include "operation.h"

namespace ha {

// crm_resource --ban: keep a resource off a node (it moves away if it runs there).
class BanOperation : public Operation
{
    Q_OBJECT
public:
    BanOperation(OpsContext ctx, QString resource, QString node, QString lifetime = {},
                 QObject *parent = nullptr);
    QString description() const override;
    QStringList targetNodes() const override { return {m_node}; }
    QString actionLabel() const override;
    QString confirmationText() const override;

protected:
    Result<QList<RemoteCommand>> changeCommands() const override;
    bool dangerousByNature() const override { return true; }
    void assess(const ClusterSnapshot &before, QStringList &warnings,
                QStringList &blockers) const override;
    QString verify(const ClusterSnapshot &now) const override;

private:
    QString m_resource, m_node, m_lifetime;
};

// crm_resource --clear for one resource (optionally one node), or — with an empty resource —
// every leftover cli-prefer-/cli-ban- constraint in one go.
class ClearOperation : public Operation
{
    Q_OBJECT
public:
    ClearOperation(OpsContext ctx, QString resource = {}, QString node = {},
                   QObject *parent = nullptr);
    QString description() const override;
    QStringList targetNodes() const override;
    QString actionLabel() const override;
    // What would be cleared (after prepare()).
    QList<CliConstraint> constraints() const;

protected:
    Result<QList<RemoteCommand>> changeCommands() const override;
    std::optional<RemoteCommand> simulatedChange() const override;
    bool dangerousByNature() const override { return false; }
    void assess(const ClusterSnapshot &before, QStringList &warnings,
                QStringList &blockers) const override;
    QString verify(const ClusterSnapshot &now) const override;

private:
    QStringList resources() const;
    QString m_resource, m_node;
};

// crm_resource --cleanup: forget failcounts and failed actions (one resource or all, optionally
// on one node). Pacemaker re-probes and may restart what it finds.
class CleanupOperation : public Operation
{
    Q_OBJECT
public:
    CleanupOperation(OpsContext ctx, QString resource = {}, QString node = {},
                     QObject *parent = nullptr);
    QString description() const override;
    QStringList targetNodes() const override;
    QString actionLabel() const override;

protected:
    Result<QList<RemoteCommand>> changeCommands() const override;
    std::optional<RemoteCommand> simulatedChange() const override { return std::nullopt; }
    bool dangerousByNature() const override { return true; }
    QString verify(const ClusterSnapshot &now) const override;

private:
    QString m_resource, m_node;
};

// Node standby on/off: a node in standby runs no resources.
class StandbyOperation : public Operation
{
    Q_OBJECT
public:
    StandbyOperation(OpsContext ctx, QString node, bool on, QObject *parent = nullptr);
    QString description() const override;
    QStringList targetNodes() const override { return {m_node}; }
    QString actionLabel() const override;

protected:
    Result<QList<RemoteCommand>> changeCommands() const override;
    bool dangerousByNature() const override { return m_on; }
    void assess(const ClusterSnapshot &before, QStringList &warnings,
                QStringList &blockers) const override;
    QString verify(const ClusterSnapshot &now) const override;

private:
    QString m_node;
    bool m_on;
};

// Maintenance mode of one node (node attribute "maintenance") or of the whole cluster
// (property "maintenance-mode"): Pacemaker stops managing; turning it off lets it act again.
class MaintenanceOperation : public Operation
{
    Q_OBJECT
public:
    MaintenanceOperation(OpsContext ctx, bool on, QString node = {}, QObject *parent = nullptr);
    QString description() const override;
    QStringList targetNodes() const override;
    QString actionLabel() const override;

protected:
    Result<QList<RemoteCommand>> changeCommands() const override;
    bool dangerousByNature() const override { return false; }
    QString verify(const ClusterSnapshot &now) const override;

private:
    bool m_on;
    QString m_node;
};

// Meta attribute is-managed.
class ManageOperation : public Operation
{
    Q_OBJECT
public:
    ManageOperation(OpsContext ctx, QString resource, bool managed, QObject *parent = nullptr);
    QString description() const override;
    QStringList targetNodes() const override { return {}; }
    QString actionLabel() const override;

protected:
    Result<QList<RemoteCommand>> changeCommands() const override;
    bool dangerousByNature() const override { return false; }
    QString verify(const ClusterSnapshot &now) const override;

private:
    QString m_resource;
    bool m_managed;
};

// Meta attribute target-role Started/Stopped.
class StartStopOperation : public Operation
{
    Q_OBJECT
public:
    StartStopOperation(OpsContext ctx, QString resource, bool start, QObject *parent = nullptr);
    QString description() const override;
    QStringList targetNodes() const override { return {}; }
    QString actionLabel() const override;

protected:
    Result<QList<RemoteCommand>> changeCommands() const override;
    bool dangerousByNature() const override { return !m_start; }
    QString verify(const ClusterSnapshot &now) const override;

private:
    QString m_resource;
    bool m_start;
};

} // namespace ha
