// `haconsole-cli [--profile NAME] power NODE status|on|off|soft|reset|cycle [--yes]` and
// `sensors NODE [--sel]`: a node's BMC over IPMI (RMCP+), through the same PowerControl the
// console uses. Actions that take a node down say exactly what they will do and to which BMC,
// and need --yes (or the node's name typed on a terminal).

#include "cli.h"

#include "audit/auditlog.h"
#include "ipmi/openipmipowercontrol.h"
#include "profile/profilestore.h"
#include "profile/secretstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

int exitFor(const Error &e)
{
    switch (e.code) {
    case ErrorCode::Unreachable:
    case ErrorCode::AuthFailed:
    case ErrorCode::Timeout:
        return Unreachable;
    case ErrorCode::InvalidInput:
    case ErrorCode::Unsupported:
    case ErrorCode::NotFound:
        return BadInput;
    default:
        return Failed;
    }
}

// Everything a BMC command needs, set up once: profile, node, password, the control.
struct BmcSession
{
    ClusterProfile profile;
    const NodeProfile *node = nullptr;
    std::unique_ptr<OpenIpmiPowerControl> control;
};

int resolveNode(Context &ctx, const QString &nodeName, BmcSession &s)
{
    Result<ClusterProfile> profile = loadProfile(ctx.profile);
    if (!profile)
        return profileError(ctx, profile.error());
    s.profile = std::move(profile).value();
    s.node = s.profile.node(nodeName);
    if (!s.node) {
        QStringList names;
        for (const NodeProfile &n : std::as_const(s.profile.nodes))
            names << n.name;
        ctx.err << tr("There is no node \"%1\" in profile %2 (nodes: %3).\n")
                       .arg(nodeName, s.profile.name, names.join(QStringLiteral(", ")));
        return Usage;
    }
    if (!s.node->bmc.isConfigured()) {
        ctx.err << tr("No BMC is configured for node %1 in profile %2.\n").arg(nodeName, s.profile.name);
        return BadInput;
    }
    return Ok;
}

// Reads the password (file or keyring) and builds the control; the password copy is wiped.
int connectBmc(Context &ctx, BmcSession &s)
{
    SecretStore secrets;
    QEventLoop loop;
    std::optional<Error> failure;
    secrets.readBmcPassword(s.profile, s.node->name, &loop, [&](Result<QByteArray> pw) {
        if (!pw)
            failure = pw.error();
        else
            s.control = std::make_unique<OpenIpmiPowerControl>(s.node->name, s.node->bmc, pw.value());
        if (pw)
            SecretStore::wipe(pw.value());
        loop.quit();
    });
    loop.exec();
    if (failure) {
        ctx.err << tr("The BMC password of %1 is not available: %2\n").arg(s.node->name, failure->message);
        return failure->code == ErrorCode::KeyringUnavailable ? Unreachable : BadInput;
    }
    return Ok;
}

// Closes the session and lets OpenIPMI shut down before the program exits (bounded).
void disconnect(BmcSession &s)
{
    s.control.reset();
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(3000);
    OpenIpmiPowerControl::whenLibraryIdle(&loop, [&loop] { loop.quit(); });
    loop.exec();
}

template<typename T>
Result<T> run(std::function<void(PowerControl::Done<T>)> call)
{
    QEventLoop loop;
    std::optional<Result<T>> out;
    call([&](Result<T> r) {
        out = std::move(r);
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

bool confirm(Context &ctx, const BmcSession &s, PowerAction action, bool yes)
{
    const BmcConfig &b = s.node->bmc;
    ctx.out << tr("About to run on node %1:\n  %2\n  through its BMC %3:%4 (user %5, cipher suite %6).\n")
                   .arg(s.node->name, describeAction(action), b.address)
                   .arg(b.port)
                   .arg(b.user)
                   .arg(b.cipherSuite);
    ctx.out.flush();
    if (yes)
        return true;
    if (!stdinIsTerminal()) {
        ctx.err << tr("Refusing: \"power %1\" is dangerous and stdin is not a terminal. Add --yes "
                      "to confirm. Nothing was done.\n").arg(powerActionName(action));
        return false;
    }
    ctx.out << tr("Type the node's name (%1) to confirm: ").arg(s.node->name);
    ctx.out.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed();
    if (answer != s.node->name) {
        ctx.err << tr("Not confirmed. Nothing was done.\n");
        return false;
    }
    return true;
}

void audit(const BmcSession &s, PowerAction action, const Result<void> &r, qint64 ms)
{
    AuditRecord rec;
    rec.time = QDateTime::currentDateTimeUtc();
    rec.node = s.node->name;
    rec.user = s.node->bmc.user;
    rec.localUser = qEnvironmentVariable("USER");
    rec.templateName = QStringLiteral("ipmi.power.") + powerActionName(action);
    rec.commandLine = QStringLiteral("ipmi chassis power %1 (BMC %2:%3)")
                          .arg(powerActionName(action), s.node->bmc.address)
                          .arg(s.node->bmc.port);
    rec.exitCode = r.ok() ? 0 : 1;
    rec.durationMs = ms;
    if (!r.ok()) {
        rec.error = errorCodeName(r.error().code);
        rec.errorMessage = r.error().message;
    }
    AuditLog log;
    (void)log.append(rec); // the action already happened; a failed audit write must not hide it
}

} // namespace

int cmdPower(Context &ctx)
{
    QStringList args = ctx.args;
    const bool yes = takeFlag(args, QStringLiteral("--yes"));
    PowerAction action = PowerAction::On;
    const bool isStatus = args.size() == 2 && args.at(1) == QLatin1String("status");
    if (args.size() != 2 || (!isStatus && !powerActionFromName(args.at(1), &action))) {
        ctx.err << tr("Usage: haconsole-cli [--profile NAME] power NODE "
                      "status|on|off|soft|reset|cycle [--yes]\n");
        return Usage;
    }
    BmcSession s;
    if (const int rc = resolveNode(ctx, args.at(0), s); rc != Ok)
        return rc;
    if (!isStatus && isDangerous(action) && !confirm(ctx, s, action, yes))
        return NeedsConfirmation;
    if (const int rc = connectBmc(ctx, s); rc != Ok)
        return rc;

    int rc = Ok;
    if (isStatus) {
        const Result<PowerState> r = run<PowerState>(
            [&](auto done) { s.control->powerStatus(s.control.get(), done); });
        if (r)
            ctx.out << tr("%1: power is %2\n").arg(s.node->name, powerStateName(r.value()));
        else
            ctx.err << r.error().message << '\n';
        rc = r ? Ok : exitFor(r.error());
    } else {
        QElapsedTimer t;
        t.start();
        const Result<void> r = run<void>(
            [&](auto done) { s.control->power(action, s.control.get(), done); });
        audit(s, action, r, t.elapsed());
        if (r)
            ctx.out << tr("%1: \"power %2\" accepted by the BMC.\n").arg(s.node->name, powerActionName(action));
        else
            ctx.err << r.error().message << '\n';
        rc = r ? Ok : exitFor(r.error());
    }
    disconnect(s);
    return rc;
}

int cmdSensors(Context &ctx)
{
    QStringList args = ctx.args;
    const bool withSel = takeFlag(args, QStringLiteral("--sel"));
    if (args.size() != 1) {
        ctx.err << tr("Usage: haconsole-cli [--profile NAME] sensors NODE [--sel]\n");
        return Usage;
    }
    BmcSession s;
    if (const int rc = resolveNode(ctx, args.at(0), s); rc != Ok)
        return rc;
    if (const int rc = connectBmc(ctx, s); rc != Ok)
        return rc;

    int rc = Ok;
    const Result<QList<SensorReading>> sensors = run<QList<SensorReading>>(
        [&](auto done) { s.control->readSensors(s.control.get(), done); });
    if (!sensors) {
        ctx.err << sensors.error().message << '\n';
        rc = exitFor(sensors.error());
    } else {
        for (const SensorReading &r : sensors.value()) {
            const QString value = r.hasValue ? QString::number(r.value, 'g', 6) : QStringLiteral("-");
            ctx.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                           .arg(r.name.leftJustified(16), value.rightJustified(10),
                                r.unit.leftJustified(10), r.type.leftJustified(12), r.state);
        }
    }
    if (rc == Ok && withSel) {
        const Result<QList<SelEntry>> sel = run<QList<SelEntry>>(
            [&](auto done) { s.control->readSel(s.control.get(), done); });
        if (!sel) {
            ctx.err << sel.error().message << '\n';
            rc = exitFor(sel.error());
        } else {
            ctx.out << QCoreApplication::translate("cli", "Event log (%n entries):\n", nullptr,
                                                   static_cast<int>(sel->size()));
            for (const SelEntry &e : sel.value()) {
                const QString when = e.time.isValid() ? e.time.toString(Qt::ISODate)
                                                      : tr("(before clock set)");
                ctx.out << QStringLiteral("%1  %2  %3  %4\n")
                               .arg(QString::number(e.recordId).rightJustified(5), when.leftJustified(20),
                                    e.sensor.leftJustified(16), e.event);
            }
        }
    }
    disconnect(s);
    return rc;
}

} // namespace ha::cli
