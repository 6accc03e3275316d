#pragma once
// The fixed set of commands the console may run on a node. Every function validates its
// arguments (core/ssh/validators.h) and returns an InvalidInput error naming the bad one; on
// success the RemoteCommand carries the template name, the argv and the quoted command line.
// Adding a command to the console means adding a function here, nothing else.

#include "remotecommand.h"
#include "util/result.h"

#include <QStringList>
#include <optional>

namespace ha {

struct JournalQuery
{
    QStringList units; // -u per unit (validate::unitName)
    QString since;     // validate::timestamp; empty: not given
    QString until;
    QString grep;        // free text; quoted, never rejected for its content
    bool json = false;   // -o json
    bool follow = false; // -f (use NodeSession::stream)
    int lines = -1;      // -n N when >= 0 (max 1000000)
};

class CommandTemplates
{
public:
    // crm_mon
    static RemoteCommand crmMonXml();       // crm_mon -1 --output-as=xml --inactive
    static RemoteCommand crmMonXmlLegacy(); // crm_mon -1 --as-xml --inactive (2.0)
    static Result<RemoteCommand> crmMonTextWatch(int intervalMs); // stream: change trigger
    // cibadmin
    static RemoteCommand cibQuery();            // cibadmin -Q
    static RemoteCommand cibQueryConstraints(); // cibadmin -Q -o constraints
    static RemoteCommand cibQueryResources();   // cibadmin -Q -o resources (fencing check)
    // crm_resource
    static Result<RemoteCommand> resourceMove(const QString &resource, const QString &node,
                                              const QString &lifetime = {});
    static Result<RemoteCommand> resourceBan(const QString &resource, const QString &node,
                                             const QString &lifetime = {});
    static Result<RemoteCommand> resourceClear(const QString &resource, const QString &node = {});
    static Result<RemoteCommand> resourceCleanup(const QString &resource = {},
                                                 const QString &node = {});
    static Result<RemoteCommand> resourceLocate(const QString &resource);
    // crm_attribute: a node attribute when node is given, else a cluster property
    static Result<RemoteCommand> attributeQuery(const QString &name, const QString &node = {});
    static Result<RemoteCommand> attributeUpdate(const QString &name, const QString &value,
                                                 const QString &node = {});
    static Result<RemoteCommand> attributeDelete(const QString &name, const QString &node = {});
    static Result<RemoteCommand> standby(const QString &node, bool on);
    static Result<RemoteCommand> standbyQuery(const QString &node);
    // crm_node
    static RemoteCommand nodeList(); // crm_node -l
    static RemoteCommand nodeName(); // crm_node -n
    // corosync
    static RemoteCommand corosyncLinkStatus(); // corosync-cfgtool -s
    static RemoteCommand corosyncNodeLinks();  // corosync-cfgtool -n
    static RemoteCommand corosyncQuorum();     // corosync-quorumtool -s
    static RemoteCommand corosyncConf();       // cat /etc/corosync/corosync.conf
    // logs
    static Result<RemoteCommand> journal(const JournalQuery &query);
    static Result<RemoteCommand> tailLog(const QString &path, int lines, bool follow);
    // One round trip: node clock, UTC offset and zone, journald with cluster entries, which of
    // `paths` can be tailed (logtemplates.cpp).
    static Result<RemoteCommand> logProbe(const QStringList &paths);
    // fencing
    static Result<RemoteCommand> stonithList(const QString &node);
    static Result<RemoteCommand> stonithHistory(const QString &node = {}); // empty: all nodes
    static Result<RemoteCommand> stonithQuery(const QString &device);
    // offline simulation on a CIB file already on the node
    static Result<RemoteCommand> simulate(const QString &cibFile, const QString &failNode = {});
    // node facts
    static RemoteCommand hostName(); // uname -n
    static RemoteCommand clock();    // date +%s.%N (clock offset)
    // cluster operations (core/ops)
    // Runs `change` (a crm_resource/crm_attribute template) against a private copy of the live
    // CIB (cibadmin -Q into mktemp, CIB_file=<copy>), then `crm_simulate -x <copy> -S`, and
    // removes the copy. The live cluster is not touched. Refuses any other template.
    static Result<RemoteCommand> simulateChange(const RemoteCommand &change);
    static Result<RemoteCommand> resourceWait(int timeoutSeconds); // crm_resource --wait -T Ns
    // crm_resource --meta: target-role (Started|Stopped) and is-managed (true|false) only.
    static Result<RemoteCommand> resourceMeta(const QString &resource, const QString &name,
                                              const QString &value);

private:
    static RemoteCommand make(const char *name, QStringList argv, bool privileged = true);
};

} // namespace ha
