// `haconsole-cli [--profile NAME] status [--json]`: the live cluster over SSH, through the same
// monitor the desktop console uses.

#include "cli.h"

#include "audit/auditlog.h"
#include "cluster/statusjson.h"
#include "monitor/clustermonitor.h"
#include "monitor/nodewatcher.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace ha::cli {

void printStatusText(QTextStream &out, const ClusterStatus &status); // cmd_status.cpp
bool statusHealthy(const ClusterStatus &status);                     // cmd_status.cpp

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

bool settled(const NodeSnapshot &v)
{
    using S = NodeSession::State;
    if (v.connection == S::Failed || v.connection == S::Reconnecting
        || v.connection == S::Disconnected)
        return !v.connectionMessage.isEmpty();
    return v.status.has_value() || !v.statusError.isEmpty();
}

} // namespace

int statusLive(Context &ctx, bool json)
{
    const Result<ClusterProfile> profile = loadProfile(ctx.profile);
    if (!profile.ok())
        return profileError(ctx, profile.error());

    AuditLog audit;
    SecretStore secrets;
    ClusterMonitor monitor(profile.value(), &audit, &secrets);
    QEventLoop loop;
    for (NodeWatcher *w : monitor.watchers())
        refuseUnknownHostKeys(w->session(), ctx.err, &loop);
    auto check = [&] {
        for (const NodeWatcher *w : monitor.watchers()) {
            if (!settled(w->view()))
                return;
        }
        loop.quit();
    };
    QObject::connect(&monitor, &ClusterMonitor::changed, &loop, check);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    monitor.start();
    loop.exec();

    int reachable = 0;
    for (const NodeWatcher *w : monitor.watchers()) {
        const NodeSnapshot &v = w->view();
        if (v.reachable() && v.status) {
            ++reachable;
            continue;
        }
        QString why = !v.statusError.isEmpty() ? v.statusError : v.connectionMessage;
        if (why.isEmpty())
            why = tr("no answer within 15 s");
        ctx.err << tr("%1: %2\n").arg(v.node, why);
    }
    const NodeSnapshot *primary = monitor.primaryView();
    monitor.stop();
    if (!primary || !primary->status) {
        ctx.err << tr("No node of cluster %1 could be reached.\n").arg(profile->name);
        return Unreachable;
    }
    if (json)
        ctx.out << QString::fromUtf8(QJsonDocument(statusToJson(*primary->status)).toJson());
    else {
        ctx.out << "view: " << primary->node << '\n';
        printStatusText(ctx.out, *primary->status);
    }
    return statusHealthy(*primary->status) && reachable == monitor.watchers().size() ? Ok
                                                                                      : Failed;
}

} // namespace ha::cli
