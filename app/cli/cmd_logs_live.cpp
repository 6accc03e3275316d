// `haconsole-cli --profile NAME logs ...` without --file: the nodes' own logs over SSH, through
// the same monitor sessions and log controller the desktop console uses.
#include "cli.h"

#include "audit/auditlog.h"
#include "logs/logexport.h"
#include "logsource/logcontroller.h"
#include "monitor/clustermonitor.h"
#include "monitor/nodewatcher.h"
#include "profile/secretstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>

namespace ha::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

constexpr int kConnectSeconds = 20;

void printEntries(Context &ctx, std::vector<logs::LogEntry> entries, const logs::LogMatcher &matcher)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const logs::LogEntry &a, const logs::LogEntry &b) { return a.timeUs < b.timeUs; });
    for (const logs::LogEntry &e : entries) {
        if (matcher.matches(e))
            ctx.out << QString::fromUtf8(logs::formatEntryLine(e)) << u'\n';
    }
    ctx.out.flush();
}

} // namespace

int logsLive(Context &ctx, const logs::LogMatcher &matcher, qint64 sinceUs, bool follow)
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

    logsource::LogController logs;
    const qint64 nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    logs.setWindowSeconds(static_cast<int>(std::clamp<qint64>((nowUs - sinceUs) / 1000000 + 1, 1, 366LL * 86400)));
    logs.setFollow(follow);
    // Lines of both nodes that arrive close together are printed in time order.
    logs.setHoldMs(400, 2000);
    logs.attach(&monitor);
    QObject::connect(&logs, &logsource::LogController::sourceStatus, &loop,
                     [&](const QString &node, const QString &source, const QString &status, bool problem) {
                         if (!problem || status.isEmpty())
                             return;
                         ctx.err << (source.isEmpty() ? tr("%1: %2\n").arg(node, status)
                                                      : tr("%1 %2: %3\n").arg(node, source, status));
                     });

    int exitCode = Ok;
    if (!follow) {
        QObject::connect(&logs, &logsource::LogController::completed, &loop, &QEventLoop::quit);
        // Nodes that never answer: give up on them after the connect time, with what is known.
        QTimer giveUp;
        giveUp.setSingleShot(true);
        QObject::connect(&giveUp, &QTimer::timeout, &loop, [&] {
            exitCode = Unreachable;
            loop.quit();
        });
        monitor.start();
        logs.start();
        giveUp.start(kConnectSeconds * 1000 + 60000);
        loop.exec();
        std::vector<logs::LogEntry> all;
        const logs::LogStore *store = logs.store();
        all.reserve(static_cast<size_t>(store->size()));
        for (qsizetype i = 0; i < store->size(); ++i)
            all.push_back(store->at(i));
        printEntries(ctx, std::move(all), matcher);
        for (const QString &node : logs.unreachable()) {
            ctx.err << tr("%1: not reachable; its log is missing from the output.\n").arg(node);
            exitCode = Unreachable;
        }
        logs.stop();
        monitor.stop();
        return exitCode;
    }

    // Follow: print each batch as the controller appends it, until interrupted.
    QObject::connect(logs.store(), &logs::LogStore::appended, &loop, [&](qsizetype first, qsizetype last) {
        std::vector<logs::LogEntry> batch;
        for (qsizetype i = first; i <= last; ++i)
            batch.push_back(logs.store()->at(i));
        printEntries(ctx, std::move(batch), matcher);
    });
    monitor.start();
    logs.start();
    loop.exec();
    return Ok;
}

} // namespace ha::cli
