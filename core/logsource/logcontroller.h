#pragma once
// Everything the log viewer needs from the cluster, per node over the sessions the monitor
// already holds: probe (journald or which files, clock offset), follow every source live, and
// append the entries to one bounded timeline (LogStore) in time order.
//
// Entries of all nodes are collected for a short moment and appended sorted by corrected time, so
// lines that two nodes wrote at about the same moment land in the right order even though they
// arrive over different connections.
#include "logs/filteredlogmodel.h"
#include "logs/logmodel.h"
#include "logs/logstore.h"
#include "logsource/logfollower.h"
#include "logsource/nodeprobe.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <vector>

namespace ha {
class ClusterMonitor;
}

namespace ha::logsource {

class LogController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultWindowSeconds = 3600;

    explicit LogController(QObject *parent = nullptr);
    ~LogController() override;

    // The sessions of the monitor's node watchers (the monitor must outlive this controller).
    void attach(ClusterMonitor *monitor);
    // One node; `candidates` are its log files to look for (empty: setCandidates()' list).
    void addSession(NodeSession *session, const QStringList &candidates = {});

    void setCandidates(const QStringList &paths) { m_candidates = paths; }
    void setWindowSeconds(int seconds) { m_windowSeconds = seconds; }
    void setBacklogLines(int lines) { m_backlogLines = lines; }
    void setHoldMs(int quietMs, int maxMs); // collection before appending (default 150 / 1000)
    // false: read the window once (files with tail, journald without -f) and stop; completed()
    // says when every reachable node's sources are read.
    void setFollow(bool follow) { m_follow = follow; }
    // Without follow: every session was probed, and every source of the nodes that answered is
    // read. Nodes that did not answer are in unreachable().
    bool isComplete() const;
    QStringList unreachable() const;

    void start();
    void stop();

    logs::LogStore *store() const { return m_store.get(); }
    logs::LogModel *model() const { return m_model.get(); }
    logs::FilteredLogModel *filtered() const { return m_filtered.get(); }

    QList<NodeLogInfo> nodeInfos() const;
    QList<LogFollower *> followers() const { return m_followers; }
    // Line count "node: N delivered, M duplicates dropped, K restarts" for status bars and tests.
    qint64 duplicatesDropped() const;

Q_SIGNALS:
    void nodeProbed(const ha::logsource::NodeLogInfo &info);
    // source empty: about the node (unreachable, nothing to read). problem: worth telling the
    // operator (not the routine "following").
    void sourceStatus(const QString &node, const QString &source, const QString &status, bool problem);
    void appended(qsizetype count);
    void completed();

private:
    void probe(NodeSession *session);
    void onProbed(NodeSession *session, const NodeLogInfo &info);
    void collect(const QList<logs::LogEntry> &entries);
    void flush();
    void checkComplete();
    void endInitialLoad();

    std::unique_ptr<logs::LogStore> m_store;
    std::unique_ptr<logs::LogModel> m_model;
    std::unique_ptr<logs::FilteredLogModel> m_filtered;
    QList<QPointer<NodeSession>> m_sessions;
    QHash<QString, NodeLogInfo> m_infos;
    QList<LogFollower *> m_followers;
    QStringList m_candidates;
    QHash<QString, QStringList> m_nodeCandidates; // per node, from the profile
    int m_windowSeconds = kDefaultWindowSeconds;
    int m_backlogLines = 5000;
    std::vector<logs::LogEntry> m_pending;
    QTimer m_quiet;
    QElapsedTimer m_oldestPending;
    int m_maxHoldMs = 1000;
    bool m_running = false;
    bool m_follow = true;
    // The first load of every source is appended as one sorted batch, so the window opens in
    // time order across nodes and files; live lines are sorted per hold period.
    bool m_initialLoad = true;
    QSet<LogFollower *> m_unsettled;
    QTimer m_initialCap;
};

} // namespace ha::logsource
