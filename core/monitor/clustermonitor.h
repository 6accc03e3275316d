#pragma once
// The live cluster as the console shows it: one NodeWatcher per node of the profile, and the
// combined picture — which node's view drives the models, and whether the views disagree.

#include "cluster/clusterviews.h"
#include "nodesnapshot.h"
#include "profile/clusterprofile.h"

#include <QList>
#include <QObject>

namespace ha {

class AuditLog;
class NodeWatcher;
class SecretStore;

class ClusterMonitor : public QObject
{
    Q_OBJECT
public:
    ClusterMonitor(ClusterProfile profile, AuditLog *audit, SecretStore *secrets,
                   QObject *parent = nullptr);
    ~ClusterMonitor() override;

    const ClusterProfile &profile() const { return m_profile; }
    QList<NodeWatcher *> watchers() const { return m_watchers; }
    NodeWatcher *watcher(const QString &node) const;
    QList<NodeSnapshot> views() const;

    // The view the resource and node models show: the DC's own view when the DC is reachable,
    // else the freshest view of a reachable node with Pacemaker running, else any.
    const NodeSnapshot *primaryView() const;
    // Every node's view side by side, and what their disagreement means (split brain first).
    ViewComparison comparison() const;

    // When the newest status of any node arrived (for the "data age" display).
    QDateTime lastUpdate() const;

    void start();
    void stop();
    void refreshNow();

signals:
    void changed();
    void hostKeyUnknown(const QString &node, const QString &sha256Fingerprint,
                        const QString &keyType);
    void hostKeyRejected(const QString &node, const QString &message);

private:
    ClusterProfile m_profile;
    QList<NodeWatcher *> m_watchers;
};

} // namespace ha
