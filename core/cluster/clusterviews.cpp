#include "clusterviews.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace ha {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ClusterViews", text);
}

// Resource ids that are active, mapped to the nodes they run on, depth-first (primitives only).
void activePrimitives(const QList<Resource> &list, QHash<QString, QStringList> &out)
{
    for (const Resource &r : list) {
        if (r.type == ResourceType::Primitive) {
            if (r.active && !r.nodes.isEmpty())
                out[r.id] += r.nodes;
        } else {
            activePrimitives(r.children, out);
        }
    }
}

// Top-level resources (groups as a whole) with where each runs, for the plain-words message.
QHash<QString, QStringList> activeTopLevel(const ClusterStatus &st)
{
    QHash<QString, QStringList> out;
    for (const Resource &r : st.resources) {
        if (r.active && !r.nodes.isEmpty() && r.type != ResourceType::Clone)
            out.insert(r.id, r.nodes);
    }
    return out;
}

QString nodeNameForId(const QList<NodeView> &views, int nodeId)
{
    const QString id = QString::number(nodeId);
    for (const NodeView &v : views) {
        if (!v.status)
            continue;
        for (const NodeState &n : v.status->nodes) {
            if (n.id == id)
                return n.name;
        }
    }
    return tr("node %1").arg(nodeId);
}

} // namespace

ViewComparison compareViews(const QList<NodeView> &views)
{
    ViewComparison cmp;
    QList<const NodeView *> live; // views with a running Pacemaker
    for (const NodeView &v : views) {
        if (!v.status) {
            cmp.findings.append({ViewFinding::Kind::NodeUnreachable, false, {v.node},
                                 tr("%1 could not be asked: %2").arg(v.node, v.unreachableReason)});
        } else if (!v.status->pacemakerRunning) {
            cmp.findings.append({ViewFinding::Kind::PacemakerStopped, false, {v.node},
                                 tr("Pacemaker is not running on %1 (%2)")
                                     .arg(v.node, v.status->pacemakerMessage)});
        } else {
            live.append(&v);
        }
    }

    // Partitions: which nodes does each node see online (itself included)?
    auto onlineSet = [](const NodeView *v) {
        QSet<QString> s;
        for (const NodeState &n : v->status->nodes) {
            if (n.online)
                s.insert(n.name);
        }
        return s;
    };

    QStringList selfDcs;
    for (const NodeView *v : live) {
        if (v->status->summary.dcPresent && v->status->summary.dcName == v->node)
            selfDcs.append(v->node);
    }

    QStringList mutualPairs;
    QSet<QString> splitNodes;
    for (qsizetype i = 0; i < live.size(); ++i) {
        for (qsizetype j = i + 1; j < live.size(); ++j) {
            const NodeView *a = live.at(i);
            const NodeView *b = live.at(j);
            const QSet<QString> sa = onlineSet(a);
            const QSet<QString> sb = onlineSet(b);
            const bool aSeesSelfNotB = sa.contains(a->node) && !sa.contains(b->node);
            const bool bSeesSelfNotA = sb.contains(b->node) && !sb.contains(a->node);
            if (aSeesSelfNotB && bSeesSelfNotA) {
                mutualPairs << tr("%1 and %2").arg(a->node, b->node);
                splitNodes << a->node << b->node;
            } else if (aSeesSelfNotB != bSeesSelfNotA) {
                const NodeView *seer = aSeesSelfNotB ? a : b;
                const NodeView *seen = aSeesSelfNotB ? b : a;
                cmp.findings.append({ViewFinding::Kind::MembershipDisagreement, false,
                                     {seer->node, seen->node},
                                     tr("%1 sees %2 offline, but %2 sees itself online")
                                         .arg(seer->node, seen->node)});
            }
        }
    }

    if (selfDcs.size() > 1 || !mutualPairs.isEmpty()) {
        cmp.splitBrain = true;
        QStringList nodes = selfDcs;
        for (const QString &n : std::as_const(splitNodes)) {
            if (!nodes.contains(n))
                nodes.append(n);
        }
        std::sort(nodes.begin(), nodes.end());
        QString text = tr("SPLIT BRAIN: the nodes no longer see each other and act separately.");
        if (selfDcs.size() > 1)
            text += u' ' + tr("Each of %1 thinks it is the DC.").arg(selfDcs.join(QStringLiteral(", ")));
        if (!mutualPairs.isEmpty())
            text += u' ' + tr("%1 each see themselves online and the other offline.")
                               .arg(mutualPairs.join(QStringLiteral("; ")));
        cmp.findings.prepend({ViewFinding::Kind::SplitBrain, true, nodes, text});

        // The same resource active in two partitions is the dangerous part.
        QHash<QString, QStringList> where; // resource -> "node (seen by X)"
        QHash<QString, QSet<QString>> runOn;
        for (const NodeView *v : live) {
            if (!splitNodes.contains(v->node) && !selfDcs.contains(v->node))
                continue;
            const auto top = activeTopLevel(*v->status);
            for (auto it = top.cbegin(); it != top.cend(); ++it) {
                for (const QString &n : it.value())
                    runOn[it.key()].insert(n);
                where[it.key()] << tr("%1 says it runs on %2")
                                       .arg(v->node, it.value().join(QStringLiteral(", ")));
            }
        }
        QStringList ids = runOn.keys();
        std::sort(ids.begin(), ids.end());
        for (const QString &id : std::as_const(ids)) {
            if (runOn.value(id).size() < 2)
                continue;
            QStringList nodes2(runOn.value(id).cbegin(), runOn.value(id).cend());
            std::sort(nodes2.begin(), nodes2.end());
            cmp.findings.insert(1, {ViewFinding::Kind::ResourceOnBothSides, true, nodes2,
                                    tr("%1 is active on more than one side: %2")
                                        .arg(id, where.value(id).join(QStringLiteral("; ")))});
        }
    } else {
        // No split brain, but views may still differ on the DC.
        QHash<QString, QStringList> byDc;
        for (const NodeView *v : live)
            byDc[v->status->summary.dcPresent ? v->status->summary.dcName : QString()] << v->node;
        if (byDc.size() > 1) {
            QStringList parts;
            for (const NodeView *v : live) {
                const QString dc = v->status->summary.dcPresent ? v->status->summary.dcName
                                                                : tr("none");
                parts << tr("%1 says %2").arg(v->node, dc);
            }
            QStringList nodes;
            for (const NodeView *v : live)
                nodes << v->node;
            cmp.findings.append({ViewFinding::Kind::DcDisagreement, false, nodes,
                                 tr("The nodes disagree about the DC: %1")
                                     .arg(parts.join(QStringLiteral("; ")))});
        }
    }

    // Quorum.
    QStringList withQuorum, withoutQuorum;
    for (const NodeView *v : live)
        (v->status->summary.quorum ? withQuorum : withoutQuorum) << v->node;
    if (!withQuorum.isEmpty() && !withoutQuorum.isEmpty()) {
        cmp.findings.append({ViewFinding::Kind::QuorumDisagreement, false, withoutQuorum + withQuorum,
                             tr("%1 has quorum, %2 has not")
                                 .arg(withQuorum.join(QStringLiteral(", ")),
                                      withoutQuorum.join(QStringLiteral(", ")))});
    } else if (withQuorum.isEmpty() && !withoutQuorum.isEmpty()) {
        cmp.findings.append({ViewFinding::Kind::NoQuorum, true, withoutQuorum,
                             tr("No node has quorum: resources are stopped (no-quorum-policy)")});
    }

    // Heartbeat links, from corosync: crm_mon never shows a single dead link.
    for (const NodeView &v : views) {
        if (!v.links)
            continue;
        QList<int> peerIds;
        for (const CorosyncLink &l : v.links->links) {
            for (auto it = l.peers.cbegin(); it != l.peers.cend(); ++it) {
                if (it.key() != v.links->localNodeId && !peerIds.contains(it.key()))
                    peerIds.append(it.key());
            }
        }
        for (int peer : std::as_const(peerIds)) {
            const QList<int> down = v.links->linksDownTo(peer);
            if (down.isEmpty())
                continue;
            const QString peerName = nodeNameForId(views, peer);
            QStringList ids;
            for (int d : down)
                ids << QString::number(d);
            const bool all = down.size() == v.links->links.size();
            cmp.findings.append(
                {ViewFinding::Kind::HeartbeatLinkDown, all, {v.node, peerName},
                 all ? tr("All heartbeat links from %1 to %2 are down").arg(v.node, peerName)
                     : tr("Heartbeat link %1 from %2 to %3 is down; the cluster runs on the "
                          "remaining link without redundancy")
                           .arg(ids.join(QStringLiteral(", ")), v.node, peerName)});
        }
    }

    std::stable_sort(cmp.findings.begin(), cmp.findings.end(),
                     [](const ViewFinding &a, const ViewFinding &b) { return a.critical && !b.critical; });
    return cmp;
}

} // namespace ha
