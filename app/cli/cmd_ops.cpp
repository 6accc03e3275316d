// `haconsole-cli [--profile NAME] move|ban|clear|cleanup|standby|online|maintenance ...`:
// the console's cluster operations for scripts. Each prints what will run and Pacemaker's own
// plan first, asks (or needs --yes when stdin is not a terminal), runs, and prints the report.

#include "audit/auditlog.h"
#include "cli.h"
#include "monitor/nodewatcher.h"
#include "ops/moveoperation.h"
#include "ops/resourceoperations.h"
#include "profile/profilestore.h"
#include "ssh/nodesession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace ha::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

std::unique_ptr<Operation> makeOperation(const QString &name, QStringList args,
                                         const OpsContext &ctx, QString *usage)
{
    QString lifetime;
    const bool hasLifetime = takeOption(args, QStringLiteral("--lifetime"), &lifetime);
    const bool keep = takeFlag(args, QStringLiteral("--keep-constraint"));
    for (const QString &a : args) {
        if (a.startsWith(QLatin1String("--"))) {
            *usage = tr("Unknown option %1").arg(a);
            return nullptr;
        }
    }
    if (name == QLatin1String("move") && args.size() == 2) {
        MoveOperation::Options o;
        o.lifetime = lifetime;
        o.keepConstraint = keep;
        return std::make_unique<MoveOperation>(ctx, args.at(0), args.at(1), o);
    }
    if (name == QLatin1String("ban") && args.size() == 2)
        return std::make_unique<BanOperation>(ctx, args.at(0), args.at(1), lifetime);
    if (hasLifetime || keep) {
        *usage = tr("--lifetime and --keep-constraint apply to move and ban only.");
        return nullptr;
    }
    if (name == QLatin1String("clear") && args.size() <= 2)
        return std::make_unique<ClearOperation>(ctx, args.value(0), args.value(1));
    if (name == QLatin1String("cleanup") && args.size() <= 2)
        return std::make_unique<CleanupOperation>(ctx, args.value(0), args.value(1));
    if (name == QLatin1String("standby") && args.size() == 1)
        return std::make_unique<StandbyOperation>(ctx, args.at(0), true);
    if (name == QLatin1String("online") && args.size() == 1)
        return std::make_unique<StandbyOperation>(ctx, args.at(0), false);
    if (name == QLatin1String("maintenance") && (args.size() == 1 || args.size() == 2) &&
        (args.at(0) == QLatin1String("on") || args.at(0) == QLatin1String("off")))
        return std::make_unique<MaintenanceOperation>(ctx, args.at(0) == QLatin1String("on"),
                                                      args.value(1));
    *usage = tr("Usage: move RESOURCE NODE [--lifetime ISO8601] [--keep-constraint] [--yes] | "
                "ban RESOURCE NODE [--lifetime ISO8601] | clear [RESOURCE [NODE]] | "
                "cleanup [RESOURCE [NODE]] | standby NODE | online NODE | "
                "maintenance on|off [NODE]");
    return nullptr;
}

void printPreview(QTextStream &out, const Operation &op)
{
    out << op.description() << '\n';
    if (op.plan()) {
        out << tr("Pacemaker's plan (crm_simulate on a copy of the live CIB):") << '\n';
        if (op.plan()->isEmpty())
            out << "  " << tr("no resource action") << '\n';
        for (const PlannedAction &a : op.plan()->actions)
            out << "  " << a.describe() << '\n';
        for (const QString &l : op.plan()->unparsed)
            out << "  " << l << '\n';
    }
    const auto preview = op.preview();
    if (!preview.isEmpty())
        out << tr("Commands:") << '\n';
    for (const PreviewCommand &c : preview)
        out << "  " << c.node << ": " << c.commandLine << "   # " << c.purpose << '\n';
    for (const QString &w : op.warnings())
        out << tr("WARNING: %1").arg(w) << '\n';
    for (const QString &b : op.blockers())
        out << tr("REFUSED: %1").arg(b) << '\n';
    out.flush();
}

bool askOnTerminal(QTextStream &out, const Operation &op)
{
    const QString text = op.confirmationText().isEmpty() ? op.description() + QLatin1Char('?')
                                                         : op.confirmationText();
    out << text << ' ' << tr("Type “yes” to go ahead: ");
    out.flush();
    char buf[64] = {};
    if (!std::fgets(buf, sizeof buf, stdin))
        return false;
    return QByteArray(buf).trimmed() == "yes";
}

} // namespace

int cmdOperation(const QString &name, Context &ctx)
{
    QStringList args = ctx.args;
    const bool yes = takeFlag(args, QStringLiteral("--yes"));
    const Result<ClusterProfile> profile = loadProfile(ctx.profile);
    if (!profile.ok())
        return profileError(ctx, profile.error());

    AuditLog audit;
    QObject owner;
    QList<NodeSession *> sessions;
    QEventLoop loop;
    for (const NodeProfile &n : profile->nodes) {
        auto *s =
            new NodeSession(n.name, NodeWatcher::endpointFor(profile.value(), n), &audit, &owner);
        refuseUnknownHostKeys(s, ctx.err, &loop);
        QObject::connect(s, &NodeSession::stateChanged, &loop, [&loop](NodeSession::State st) {
            if (st == NodeSession::State::Connected || st == NodeSession::State::Failed)
                loop.quit();
        });
        sessions << s;
    }
    auto settled = [&sessions] {
        for (NodeSession *s : sessions) {
            if (s->state() != NodeSession::State::Connected &&
                s->state() != NodeSession::State::Failed &&
                s->state() != NodeSession::State::Reconnecting)
                return false;
        }
        return true;
    };
    for (NodeSession *s : sessions)
        s->open();
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.start(15000);
    while (!settled() && deadline.isActive()) {
        QTimer::singleShot(500, &loop, &QEventLoop::quit);
        loop.exec();
    }
    int connected = 0;
    for (NodeSession *s : sessions) {
        if (s->state() == NodeSession::State::Connected)
            ++connected;
        else
            ctx.err << tr("%1: not connected (%2)\n")
                           .arg(s->nodeName(), s->lastError() ? s->lastError()->message
                                                              : sessionStateName(s->state()));
    }
    if (connected == 0) {
        ctx.err << tr("No node of cluster %1 could be reached.\n").arg(profile->name);
        return Unreachable;
    }

    QString usage;
    std::unique_ptr<Operation> op =
        makeOperation(name, args, OpsContext{profile.value(), sessions}, &usage);
    if (!op) {
        ctx.err << usage << '\n';
        return Usage;
    }
    // Fresh loops: timers of the connection wait above may still fire into the old one.
    QEventLoop prepareLoop;
    QObject::connect(op.get(), &Operation::prepared, &prepareLoop, &QEventLoop::quit);
    op->prepare();
    if (op->phase() == Operation::Phase::Preparing)
        prepareLoop.exec();
    printPreview(ctx.out, *op);
    if (op->phase() != Operation::Phase::Ready) {
        ctx.out << op->report().toText();
        return Failed;
    }
    if (!yes) {
        if (!stdinIsTerminal()) {
            ctx.err << tr("Not run: this changes the cluster; confirm with --yes.\n");
            return NeedsConfirmation;
        }
        if (!askOnTerminal(ctx.out, *op)) {
            ctx.err << tr("Not confirmed; nothing was changed.\n");
            return NeedsConfirmation;
        }
    }
    QEventLoop runLoop;
    QObject::connect(op.get(), &Operation::progress, &runLoop, [&ctx](const QString &step) {
        ctx.err << "… " << step << '\n';
        ctx.err.flush();
    });
    QObject::connect(op.get(), &Operation::finished, &runLoop, &QEventLoop::quit);
    op->execute();
    if (op->phase() != Operation::Phase::Done)
        runLoop.exec();
    ctx.out << op->report().toText();
    for (NodeSession *s : sessions)
        s->close();
    const StepStatus o = op->report().outcome();
    return o == StepStatus::Success || o == StepStatus::Warning ? Ok : Failed;
}

} // namespace ha::cli
