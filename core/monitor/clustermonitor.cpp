#include "clustermonitor.h"

#include "nodewatcher.h"

namespace ha {

ClusterMonitor::ClusterMonitor(ClusterProfile profile, AuditLog *audit, SecretStore *secrets,
                               QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
    for (const NodeProfile &n : std::as_const(m_profile.nodes)) {
        auto *w = new NodeWatcher(m_profile, n, audit, secrets, this);
        const QString name = n.name;
        connect(w, &NodeWatcher::viewChanged, this, &ClusterMonitor::changed);
        connect(w, &NodeWatcher::hostKeyUnknown, this,
                [this, name](const QString &fp, const QString &type) {
                    emit hostKeyUnknown(name, fp, type);
                });
        connect(w, &NodeWatcher::hostKeyRejected, this,
                [this, name](const QString &msg) { emit hostKeyRejected(name, msg); });
        m_watchers << w;
    }
}

ClusterMonitor::~ClusterMonitor() = default;

NodeWatcher *ClusterMonitor::watcher(const QString &node) const
{
    for (NodeWatcher *w : m_watchers) {
        if (w->nodeName() == node)
            return w;
    }
    return nullptr;
}

QList<NodeSnapshot> ClusterMonitor::views() const
{
    QList<NodeSnapshot> out;
    out.reserve(m_watchers.size());
    for (const NodeWatcher *w : m_watchers)
        out << w->view();
    return out;
}

const NodeSnapshot *ClusterMonitor::primaryView() const
{
    const NodeSnapshot *best = nullptr;
    auto usable = [](const NodeSnapshot &v) {
        return v.reachable() && v.status && v.status->pacemakerRunning;
    };
    for (const NodeWatcher *w : m_watchers) {
        const NodeSnapshot &v = w->view();
        if (usable(v) && v.status->summary.dcName == v.node)
            return &v;
    }
    for (const NodeWatcher *w : m_watchers) {
        const NodeSnapshot &v = w->view();
        if (usable(v) && (!best || v.lastStatus > best->lastStatus))
            best = &v;
    }
    if (best)
        return best;
    for (const NodeWatcher *w : m_watchers) {
        const NodeSnapshot &v = w->view();
        if (v.status && (!best || v.lastStatus > best->lastStatus))
            best = &v;
    }
    return best;
}

ViewComparison ClusterMonitor::comparison() const
{
    QList<NodeView> views;
    for (const NodeWatcher *w : m_watchers) {
        const NodeSnapshot &s = w->view();
        NodeView v;
        v.node = s.node;
        if (s.reachable()) {
            v.status = s.status;
            v.links = s.links;
            v.quorum = s.quorum;
        } else {
            // A node we cannot ask has no current opinion: an old one would invent disagreement.
            v.unreachableReason = s.connectionMessage.isEmpty() ? sessionStateName(s.connection)
                                                                : s.connectionMessage;
        }
        views << v;
    }
    return compareViews(views);
}

QDateTime ClusterMonitor::lastUpdate() const
{
    QDateTime newest;
    for (const NodeWatcher *w : m_watchers) {
        if (w->view().lastStatus > newest)
            newest = w->view().lastStatus;
    }
    return newest;
}

void ClusterMonitor::start()
{
    for (NodeWatcher *w : std::as_const(m_watchers))
        w->start();
}

void ClusterMonitor::stop()
{
    for (NodeWatcher *w : std::as_const(m_watchers))
        w->stop();
}

void ClusterMonitor::refreshNow()
{
    for (NodeWatcher *w : std::as_const(m_watchers))
        w->refreshNow();
}

} // namespace ha
