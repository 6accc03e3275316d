#pragma once
// Plain data describing what a cluster reports about itself (crm_mon), the way one node sees it.
// No Qt object machinery here: these are values that parsers fill, models read and tests compare.

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ha {

enum class NodeType { Member, Remote, Ping, Unknown };

struct NodeState
{
    QString name;
    QString id;
    NodeType type = NodeType::Member;
    bool online = false;
    bool standby = false;
    bool standbyOnFail = false;
    bool maintenance = false;
    bool pending = false;
    bool unclean = false;
    bool shutdown = false;
    bool expectedUp = false;
    bool isDc = false;
    int resourcesRunning = 0;
    QString health;                       // "green" / "yellow" / "red" when reported
    QMap<QString, QString> attributes;    // node attributes (crm_mon --show-node-attributes)

    bool operator==(const NodeState &o) const;
    bool operator!=(const NodeState &o) const { return !(*this == o); }
};

enum class ResourceType { Primitive, Group, Clone, Bundle };

struct Resource
{
    QString id;
    ResourceType type = ResourceType::Primitive;
    QString agent;          // primitives: "ocf:heartbeat:IPaddr2", "stonith:fence_ipmilan"
    QString role;           // "Started", "Stopped", "Promoted", "Unpromoted", ...
    QString targetRole;     // empty when not set
    bool active = false;
    bool orphaned = false;
    bool blocked = false;
    bool managed = true;
    bool failed = false;
    bool failureIgnored = false;
    bool disabled = false;  // groups/clones/bundles: "disabled" attribute (target-role Stopped)
    bool promotable = false; // clones only
    QStringList nodes;      // where it is active (for groups/clones: union of the children)
    QMap<QString, int> failcounts; // node name -> fail-count (needs crm_mon --failcounts)
    QList<Resource> children;

    bool operator==(const Resource &o) const;
    bool operator!=(const Resource &o) const { return !(*this == o); }
};

struct FailedAction
{
    QString opKey;          // "db-mysql-p_monitor_20000"
    QString resource;       // derived from opKey when the document has no "resource" attribute
    QString node;
    QString operation;      // "monitor", "start", ...
    int exitCode = 0;       // OCF exit code (7 = not running)
    QString exitStatus;     // "not running"
    QString exitReason;     // free text from the agent, may be empty
    QString status;         // execution status: "complete", "Timed Out", ...
    QString lastRcChange;   // as printed by crm_mon
    int interval = 0;       // ms
    int call = 0;

    bool operator==(const FailedAction &o) const;
    bool operator!=(const FailedAction &o) const { return !(*this == o); }
};

// A location constraint with a negative score that crm_mon reports in <bans>.
struct Ban
{
    QString id;
    QString resource;
    QString node;
    QString weight;         // "-1000000" or "-INFINITY"; kept as text
    bool promotedOnly = false;

    bool operator==(const Ban &o) const;
    bool operator!=(const Ban &o) const { return !(*this == o); }
};

struct FencingEvent
{
    QString action;         // "reboot", "off", "on"
    QString target;
    QString client;
    QString origin;
    QString delegate;
    QString status;         // "success", "failed", "pending"
    QString exitReason;
    QString completed;      // as printed by crm_mon; empty while pending

    bool operator==(const FencingEvent &o) const;
    bool operator!=(const FencingEvent &o) const { return !(*this == o); }
};

struct Ticket
{
    QString id;
    QString status;         // "granted" / "revoked"
    bool standby = false;
    QString lastGranted;

    bool operator==(const Ticket &o) const;
    bool operator!=(const Ticket &o) const { return !(*this == o); }
};

struct ClusterSummary
{
    QString stack;              // "corosync"
    QString pacemakerVersion;   // from the DC's version, e.g. "2.1.5-a3f44794f94"
    QString apiVersion;         // "2.25"; empty for legacy --as-xml
    bool dcPresent = false;
    QString dcName;
    QString dcId;
    QString dcVersion;
    bool quorum = false;
    QString lastUpdate;         // ignored by operator==: changes on every call
    QString lastChange;
    QString lastChangeUser;
    QString lastChangeClient;
    QString lastChangeOrigin;
    int nodesConfigured = 0;
    int resourcesConfigured = 0;
    int resourcesDisabled = 0;
    int resourcesBlocked = 0;
    bool maintenanceMode = false;
    bool stonithEnabled = false;
    bool stopAllResources = false;
    QString noQuorumPolicy;

    bool operator==(const ClusterSummary &o) const; // ignores lastUpdate
    bool operator!=(const ClusterSummary &o) const { return !(*this == o); }
};

struct ClusterStatus
{
    // False for the document crm_mon prints when Pacemaker is not running on the node it asked
    // (exit code 102, "Not connected"), or when crm_mon could not read the CIB (a document with
    // only <errors>). That is a state to show, not a parse error; pacemakerMessage says which.
    bool pacemakerRunning = true;
    QString pacemakerMessage;   // e.g. "Not connected: Could not connect to launcher: ..."
    QString pacemakerdState;    // "running", "shutting_down", ... when reported

    ClusterSummary summary;
    QList<NodeState> nodes;
    QList<Resource> resources;  // top level; groups/clones/bundles hold children
    QList<FailedAction> failures;
    QList<Ban> bans;
    QList<FencingEvent> fencing;
    QList<Ticket> tickets;

    const NodeState *node(const QString &name) const;
    // Depth-first search through the resource tree.
    const Resource *resource(const QString &id) const;

    bool operator==(const ClusterStatus &o) const; // ignores summary.lastUpdate
    bool operator!=(const ClusterStatus &o) const { return !(*this == o); }
};

QString nodeTypeName(NodeType t);          // "member", "remote", "ping", "unknown"
QString resourceTypeName(ResourceType t);  // "primitive", "group", "clone", "bundle"

} // namespace ha
