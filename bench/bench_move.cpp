// Move round trip on the real lab cluster (issue 4, "Benchmark"). Prints figures; asserts nothing.
//
// Moves the service group to the other node again and again, alternating direction, by three
// methods in rotation (so each method moves in both directions equally often):
//   ours        core MoveOperation: prepare() (crm_simulate plan, checks) is done first and not
//               timed; the clock starts at execute() — the operator's "confirm".
//   hand-ssh    what an operator does today: `tests/lab/lab ssh NODE …` (a new OpenSSH connection
//               per command): `crm resource move GROUP NODE` (crmsh; `crm_resource --move` when
//               crmsh is missing), `crm_resource --wait`, `crm resource clear GROUP`.
//   hand-open   the same commands over one already open OpenSSH connection (ControlMaster),
//               like an operator typing into a shell that is logged in already.
// For every move the same in-process poller (a TCP connect to VIP:port every --interval-ms,
// overlapping, each reading the MySQL greeting) gives "service back": the end of the first
// greeting from a probe started after the last failed one, counted from the first command.
// The cluster's own time comes from the nodes' pacemaker.log (millisecond stamps, same clock as
// this process: all nodes share this machine's kernel): from the transition's start (the first
// "Initiating … operation" of a member) to the service back ("init→back"), and to "Result of
// start operation for <last member> …: ok" ("init→started"; the mysql agent returns seconds
// after the server already greets). "confirm→init" is what the tool itself adds before the
// cluster acts; "done" is until the tool has finished (constraint cleared; ours also verified).
//
// CHANGES THE LAB: run under the lab lock, e.g.
//   flock -o -w 1800 /run/haconsole-lab.lock build/bench/bench_move [--rounds=N]
// It leaves the group on the node where it found it, with no cli-* constraint.

#include "benchutil.h"

#include "audit/auditlog.h"
#include "cluster/crmmonparser.h"
#include "monitor/nodewatcher.h"
#include "ops/moveoperation.h"
#include "ops/servicecheck.h"
#include "profile/profilestore.h"
#include "ssh/commandtemplates.h"
#include "ssh/nodesession.h"
#include "util/shellquote.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <map>
#include <vector>

using namespace ha;
using namespace ha::bench;

namespace {

const QString kLab = labScript();

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// ---- the service poller ---------------------------------------------------------------------

// A ServiceCheck (TCP connect + MySQL greeting, 1.5 s timeout) every intervalMs, not waiting for
// the previous probe (a SYN to an address nobody holds hangs for a second; waiting for it would
// blur the figure). Unlike ServiceOutageMeter it keeps every probe with epoch stamps, to set
// against pacemaker.log.
class GreetingPoller : public QObject
{
public:
    struct Probe
    {
        qint64 startMs; // epoch ms
        qint64 endMs;
        bool up;
    };

    GreetingPoller(QString host, quint16 port, int intervalMs)
        : m_host(std::move(host))
        , m_port(port)
    {
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &GreetingPoller::probe);
    }
    void start()
    {
        m_probes.clear();
        m_timer.start();
        probe();
    }
    void stop() { m_timer.stop(); }
    int inFlight() const { return m_inFlight; }

    // Start of the first failed probe at or after `fromMs`; -1 when none failed.
    qint64 firstDown(qint64 fromMs) const
    {
        qint64 best = -1;
        for (const Probe &p : m_probes) {
            if (!p.up && p.startMs >= fromMs && (best < 0 || p.startMs < best))
                best = p.startMs;
        }
        return best;
    }
    // End of the first greeting from a probe started after the last failed probe; -1: none yet.
    qint64 backUp() const
    {
        qint64 lastDown = -1;
        for (const Probe &p : m_probes) {
            if (!p.up)
                lastDown = std::max(lastDown, p.startMs);
        }
        qint64 best = -1;
        for (const Probe &p : m_probes) {
            if (p.up && p.startMs > lastDown && (best < 0 || p.endMs < best))
                best = p.endMs;
        }
        return best;
    }
    // Consecutive successful probes (by start time) at the end.
    int upStreak() const
    {
        std::vector<Probe> v = m_probes;
        std::sort(v.begin(), v.end(), [](const Probe &a, const Probe &b) { return a.startMs < b.startMs; });
        int n = 0;
        for (auto it = v.rbegin(); it != v.rend() && it->up; ++it)
            ++n;
        return n;
    }

private:
    void probe()
    {
        auto *check = new ServiceCheck(m_host, m_port, 1500, this);
        const qint64 started = nowMs();
        ++m_inFlight;
        connect(check, &ServiceCheck::finished, this,
                [this, check, started](const ServiceAnswer &a) {
                    --m_inFlight;
                    m_probes.push_back({started, nowMs(), a.up});
                    check->deleteLater();
                });
        check->start();
    }

    QString m_host;
    quint16 m_port;
    QTimer m_timer;
    std::vector<Probe> m_probes;
    int m_inFlight = 0;
};

// ---- the cluster's own time, from pacemaker.log ----------------------------------------------

struct LogLine
{
    qint64 ms; // epoch ms
    QString node;
    QString text;
};

QString labDir()
{
    const QByteArray d = qgetenv("HA_LAB_DIR");
    return d.isEmpty() ? QStringLiteral("/run/haconsole-lab") : QString::fromLocal8Bit(d);
}

QString pacemakerLog(const QString &node)
{
    return labDir() + QLatin1Char('/') + node + QStringLiteral("/log/pacemaker/pacemaker.log");
}

qint64 logSize(const QString &node)
{
    return QFileInfo(pacemakerLog(node)).size();
}

bool g_msStamps = false; // whether the log has millisecond stamps (libqb %T)

// "Nov 26 09:30:01.123 node1 pacemaker-controld  [612] (fn)  notice: text"
std::vector<LogLine> readLog(const QString &node, qint64 from)
{
    std::vector<LogLine> lines;
    QFile f(pacemakerLog(node));
    if (!f.open(QIODevice::ReadOnly) || !f.seek(from))
        return lines;
    static const QRegularExpression re(
        QStringLiteral(R"(^(\w{3}) +(\d+) (\d\d):(\d\d):(\d\d)(?:\.(\d{3}))? +\S+ +(.*)$)"));
    static const QString months = QStringLiteral("JanFebMarAprMayJunJulAugSepOctNovDec");
    const int year = QDate::currentDate().year();
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const auto m = re.match(QString::fromUtf8(raw));
        if (!m.hasMatch())
            continue;
        const qsizetype at = months.indexOf(m.captured(1));
        if (at < 0 || at % 3)
            continue;
        const int mon = static_cast<int>(at / 3) + 1;
        if (!m.captured(6).isEmpty())
            g_msStamps = true;
        const QDateTime dt(QDate(year, mon, m.captured(2).toInt()),
                           QTime(m.captured(3).toInt(), m.captured(4).toInt(),
                                 m.captured(5).toInt(), m.captured(6).toInt()));
        lines.push_back({dt.toMSecsSinceEpoch(), node, m.captured(7)});
    }
    return lines;
}

struct ClusterTimes
{
    qint64 initiateMs = -1; // first "Initiating … operation" of a member (transition start)
    qint64 startedMs = -1;  // "Result of start operation for <last member> on <target>: ok"
};

ClusterTimes clusterTimes(const QMap<QString, qint64> &offsets, qint64 t0, const QStringList &members,
                          const QString &target)
{
    ClusterTimes c;
    std::vector<LogLine> all;
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it) {
        auto l = readLog(it.key(), it.value());
        all.insert(all.end(), l.begin(), l.end());
    }
    std::sort(all.begin(), all.end(), [](const LogLine &a, const LogLine &b) { return a.ms < b.ms; });
    const QString last = members.isEmpty() ? QString() : members.last();
    // Stamps of one-second resolution would sit up to 999 ms before t0.
    const qint64 from = t0 - (g_msStamps ? 0 : 1000);
    for (const LogLine &l : all) {
        if (l.ms < from)
            continue;
        if (c.initiateMs < 0 && l.text.contains(QLatin1String("Initiating "))) {
            for (const QString &m : members) {
                if (l.text.contains(QStringLiteral(" operation %1_").arg(m))) {
                    c.initiateMs = l.ms;
                    break;
                }
            }
        }
        if (c.startedMs < 0 && !last.isEmpty()
            && l.text.contains(QStringLiteral("Result of start operation for %1 on %2: ok").arg(last, target)))
            c.startedMs = l.ms;
    }
    return c;
}

// ---- cluster state through the console's own sessions ---------------------------------------

struct Lab
{
    ClusterProfile profile;
    QList<NodeSession *> sessions;
    QString group;

    OpsContext ctx() const { return OpsContext{profile, sessions}; }

    std::optional<ClusterSnapshot> snapshot() const
    {
        NodeSession *s = ctx().runner();
        if (!s)
            return std::nullopt;
        QByteArray status, constraints;
        bool gotA = false, gotB = false;
        quint64 a = 0, b = 0;
        QObject guard;
        QObject::connect(s, &NodeSession::finished, &guard,
                         [&](quint64 id, const CommandResult &r) {
                             if (id == a) {
                                 status = r.stdOut;
                                 gotA = true;
                             } else if (id == b) {
                                 constraints = r.stdOut;
                                 gotB = true;
                             }
                         });
        a = s->run(CommandTemplates::crmMonXml());
        b = s->run(CommandTemplates::cibQueryConstraints());
        if (!waitFor([&] { return gotA && gotB; }, 30000))
            return std::nullopt;
        auto st = CrmMonParser::parse(status);
        auto cli = parseCliConstraints(constraints);
        if (!st.ok() || !cli.ok())
            return std::nullopt;
        return ClusterSnapshot{st.value(), cli.value()};
    }

    // The one node the group runs on in `s` (empty: stopped, split or unknown).
    QString groupNode(const std::optional<ClusterSnapshot> &s, QStringList *members = nullptr) const
    {
        const Resource *r = s ? s->status.resource(group) : nullptr;
        if (r && members) {
            members->clear();
            for (const Resource &c : r->children)
                *members << c.id;
        }
        return r && r->active && r->nodes.size() == 1 ? r->nodes.first() : QString();
    }
    QString groupNode() const { return groupNode(snapshot()); }

    QString other(const QString &node) const
    {
        for (const NodeProfile &n : profile.nodes) {
            if (n.name != node)
                return n.name;
        }
        return {};
    }
};

// ---- the methods -----------------------------------------------------------------------------

enum class Method
{
    Ours,
    HandSsh,
    HandOpen
};

const char *methodName(Method m)
{
    switch (m) {
    case Method::Ours:
        return "ours";
    case Method::HandSsh:
        return "hand-ssh";
    case Method::HandOpen:
        return "hand-open";
    }
    return "?";
}

struct MoveRun
{
    Method method = Method::Ours;
    QString from, to;
    bool ok = false;
    QString note;
    qint64 t0 = 0;         // epoch ms of the first command ("confirm")
    qint64 backMs = -1;    // service answering again, from t0
    qint64 doneMs = -1;    // method finished (constraint cleared), from t0
    qint64 outageMs = -1;  // first failed probe → back
    qint64 prepareMs = -1; // ours: prepare() before confirm
    qint64 ownMeterMs = -1; // ours: MoveOperation's own measurement
    ClusterTimes cluster;
    QList<QPair<QString, qint64>> steps; // step/command and its ms
};

struct Ssh
{
    QString key, knownHosts, controlPath;
    std::map<QString, QString> address; // node -> address
    QProcess master;

    QStringList baseArgs() const
    {
        return {QStringLiteral("-i"), key,
                QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + knownHosts,
                QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                QStringLiteral("-o"), QStringLiteral("ConnectTimeout=5"),
                QStringLiteral("-F"), QStringLiteral("/dev/null")};
    }
};

// Runs a program, keeping the event loop (and so the poller) running. Returns exit code, -1 on
// failure to run or timeout.
int runProcess(const QString &program, const QStringList &args, QByteArray *output,
               int timeoutMs = 180000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return -1;
    const bool ok = waitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs);
    if (!ok) {
        p.kill();
        p.waitForFinished(2000);
        return -1;
    }
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// `lab ssh NODE CMD`: a new OpenSSH connection. sshd hands CMD to the remote shell, so the
// callers build it with shellJoin().
int labSsh(const QString &node, const QString &command, QByteArray *output)
{
    return runProcess(kLab, {QStringLiteral("ssh"), node, command}, output);
}

int handCommand(Method m, Ssh &ssh, const QString &node, const QString &command, QByteArray *output)
{
    if (m == Method::HandSsh)
        return labSsh(node, command, output);
    QStringList args = ssh.baseArgs();
    args << QStringLiteral("-o") << QStringLiteral("ControlMaster=no") << QStringLiteral("-o")
         << QStringLiteral("ControlPath=") + ssh.controlPath
         << QStringLiteral("root@") + ssh.address[node] << QStringLiteral("--") << command;
    return runProcess(QStringLiteral("ssh"), args, output);
}

void moveByHand(MoveRun &r, Ssh &ssh, const Lab &lab, bool crmsh, GreetingPoller &poller)
{
    // Commands run on the first node, as ours does (its runner is the first connected session).
    const QString on = lab.profile.nodes.first().name;
    // Argument vectors; shellJoin() quotes the group and node names for the remote shell.
    const auto w = [](const char *words) { return QString::fromLatin1(words).split(u' '); };
    const QList<QStringList> argvs =
        crmsh ? QList<QStringList>{w("crm resource move") << lab.group << r.to,
                                   w("crm_resource --wait --timeout=120s"),
                                   w("crm resource clear") << lab.group}
              : QList<QStringList>{w("crm_resource --move -r") << lab.group << w("-N") << r.to,
                                   w("crm_resource --wait --timeout=120s"),
                                   w("crm_resource --clear -r") << lab.group};
    poller.start();
    r.t0 = nowMs();
    r.ok = true;
    for (const QStringList &argv : argvs) {
        const QString c = shellJoin(argv);
        const qint64 s = nowMs();
        QByteArray o;
        const int rc = handCommand(r.method, ssh, on, c, &o);
        r.steps << qMakePair(argv.mid(0, 3).join(u' '), nowMs() - s);
        if (rc != 0) {
            r.ok = false;
            r.note = QStringLiteral("`%1` exit %2: %3").arg(c).arg(rc).arg(QString::fromUtf8(o.trimmed().left(200)));
            break;
        }
    }
    r.doneMs = nowMs() - r.t0;
}

void moveOurs(MoveRun &r, const Lab &lab, GreetingPoller &poller)
{
    MoveOperation op(lab.ctx(), lab.group, r.to, {});
    bool prepared = false, preparedOk = false, finished = false, finishedOk = false;
    QObject::connect(&op, &Operation::prepared, &op, [&](bool ok) {
        prepared = true;
        preparedOk = ok;
    });
    QObject::connect(&op, &Operation::finished, &op, [&](bool ok) {
        finished = true;
        finishedOk = ok;
    });
    const qint64 p0 = nowMs();
    op.prepare();
    if (!waitFor([&] { return prepared; }, 120000) || !preparedOk) {
        r.note = QStringLiteral("prepare refused: ") + op.blockers().join(u"; ");
        return;
    }
    r.prepareMs = nowMs() - p0;
    poller.start();
    const qsizetype firstStep = op.report().steps().size(); // steps before: prepare()
    r.t0 = nowMs();
    op.execute();
    waitFor([&] { return finished; }, 300000);
    r.doneMs = nowMs() - r.t0;
    r.ok = finished && finishedOk;
    r.ownMeterMs = op.serviceBackMs();
    for (qsizetype k = firstStep; k < op.report().steps().size(); ++k) {
        const ReportStep &s = op.report().steps().at(k);
        if (s.commandLine.isEmpty())
            continue;
        // "crm_resource --move", "crm_resource --wait", "crm_mon …", "cibadmin …"
        r.steps << qMakePair(s.commandLine.section(QLatin1Char(' '), 0, 1), s.durationMs);
    }
    if (!r.ok)
        r.note = op.report().summary();
}

QString fmtS(qint64 ms)
{
    return ms < 0 ? QStringLiteral("   -  ") : QString::asprintf("%6.2f", static_cast<double>(ms) / 1000.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int rounds = 4; // moves per method
    int intervalMs = 50;
    for (const QString &a : app.arguments().mid(1)) {
        if (a.startsWith(QLatin1String("--rounds=")))
            rounds = std::max(2, a.mid(9).toInt());
        else if (a.startsWith(QLatin1String("--interval-ms=")))
            intervalMs = std::max(10, a.mid(14).toInt());
        else {
            out() << "usage: bench_move [--rounds=N] [--interval-ms=MS]\n";
            return 2;
        }
    }
    rounds += rounds % 2; // even: each method moves in both directions equally often
    const std::vector<Method> methods{Method::Ours, Method::HandSsh, Method::HandOpen};

    QString load;
    {
        QFile f(QStringLiteral("/proc/loadavg"));
        if (f.open(QIODevice::ReadOnly))
            load = QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
    }
    out() << "bench_move " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
          << "  load average " << load << '\n';

    Lab lab;
    Result<ClusterProfile> p = ProfileStore().load(QStringLiteral("lab"));
    if (!p.ok()) {
        out() << "cannot load profile lab: " << p.error().message << '\n';
        return 1;
    }
    lab.profile = p.value();
    lab.group = lab.profile.serviceGroup.isEmpty() ? QStringLiteral("db-group") : lab.profile.serviceGroup;
    if (lab.profile.nodes.size() != 2) {
        out() << "needs a two-node lab (found " << lab.profile.nodes.size() << " nodes)\n";
        return 1;
    }
    QTemporaryDir dir;
    AuditLog audit(dir.filePath(QStringLiteral("audit.jsonl")));
    for (const NodeProfile &n : lab.profile.nodes) {
        auto *s = new NodeSession(n.name, NodeWatcher::endpointFor(lab.profile, n), &audit, &app);
        lab.sessions << s;
        s->open();
    }
    if (!waitFor([&] {
            return std::all_of(lab.sessions.cbegin(), lab.sessions.cend(), [](NodeSession *s) {
                return s->state() == NodeSession::State::Connected;
            });
        }, 30000)) {
        out() << "cannot connect to every node of the lab (is it up? `tests/lab/lab status`)\n";
        return 1;
    }
    QStringList members;
    const auto snap0 = lab.snapshot();
    const QString home = lab.groupNode(snap0, &members);
    if (home.isEmpty() || !snap0 || members.isEmpty()) {
        out() << "the group " << lab.group << " is not running on one node; not measuring\n";
        return 1;
    }
    if (!snap0->cliConstraintsFor(lab.group).isEmpty()) {
        out() << "a cli- constraint for " << lab.group << " exists already ("
              << snap0->cliConstraintsFor(lab.group).join(u", ") << "); not measuring\n";
        return 1;
    }

    Ssh ssh;
    const QString console = labDir() + QStringLiteral("/console");
    ssh.key = console + QStringLiteral("/id_lab");
    ssh.knownHosts = console + QStringLiteral("/known_hosts");
    ssh.controlPath = dir.filePath(QStringLiteral("cm"));
    for (const NodeProfile &n : lab.profile.nodes)
        ssh.address[n.name] = n.address;
    const QString first = lab.profile.nodes.first().name;
    ssh.master.start(QStringLiteral("ssh"),
                     ssh.baseArgs() << QStringLiteral("-M") << QStringLiteral("-N")
                                    << QStringLiteral("-o")
                                    << QStringLiteral("ControlPath=") + ssh.controlPath
                                    << QStringLiteral("root@") + ssh.address[first]);
    // Without the master's socket, ControlMaster=no falls back to a new connection per command:
    // hand-open would quietly measure hand-ssh.
    if (!waitFor([&] { return QFile::exists(ssh.controlPath); }, 10000)) {
        out() << "cannot open the shared ssh connection to " << first << "; not measuring\n";
        ssh.master.kill();
        ssh.master.waitForFinished(3000);
        return 1;
    }

    const bool crmsh = labSsh(first, QStringLiteral("command -v crm"), nullptr) == 0;
    out() << "group " << lab.group << " (" << members.join(u" → ") << ") on " << home
          << "; VIP " << lab.profile.serviceAddress << ':' << lab.profile.servicePort
          << "; by hand uses " << (crmsh ? "crmsh (`crm resource move/clear`)" : "crm_resource")
          << "; poller every " << intervalMs << " ms\n";
    out() << QString::asprintf("%d moves per method, %zu methods, directions alternate\n\n", rounds,
                               methods.size());
    out() << "  #  method     from   → to      back s  done s  confirm→init s  init→back s  "
             "init→started s  outage s  notes\n";
    out().flush();

    GreetingPoller poller(lab.profile.serviceAddress, lab.profile.servicePort, intervalMs);
    std::vector<MoveRun> runs;
    QString at = home;
    const int total = rounds * static_cast<int>(methods.size());
    for (int i = 0; i < total; ++i) {
        MoveRun r;
        r.method = methods[static_cast<size_t>(i) % methods.size()];
        r.from = at;
        r.to = lab.other(at);
        QMap<QString, qint64> offsets;
        for (const NodeProfile &n : lab.profile.nodes)
            offsets[n.name] = logSize(n.name);
        if (r.method == Method::Ours)
            moveOurs(r, lab, poller);
        else
            moveByHand(r, ssh, lab, crmsh, poller);
        // Keep polling until the service answered steadily (or 30 s): "back" needs it.
        waitFor([&] { return poller.backUp() >= 0 && poller.upStreak() >= 5; }, 30000);
        poller.stop();
        waitFor([&] { return poller.inFlight() == 0; }, 3000);
        if (r.t0 > 0) {
            const qint64 back = poller.backUp();
            r.backMs = back < 0 ? -1 : back - r.t0;
            const qint64 down = poller.firstDown(r.t0);
            r.outageMs = back >= 0 && down >= 0 ? back - down : -1;
        }
        pause(1500); // the logs catch up
        if (r.t0 > 0) // else nothing was started (prepare refused): no times to read
            r.cluster = clusterTimes(offsets, r.t0, members, r.to);
        const QString now = lab.groupNode();
        if (now != r.to && r.ok) {
            r.ok = false;
            r.note = QStringLiteral("group on %1 afterwards").arg(now.isEmpty() ? QStringLiteral("no node") : now);
        }
        if (!now.isEmpty())
            at = now;
        runs.push_back(r);
        const ClusterTimes &c = r.cluster;
        out() << QString::asprintf(
            "%3d  %-9s  %-6s → %-6s  %s  %s      %s       %s        %s    %s  %s\n", i + 1,
            methodName(r.method), qPrintable(r.from), qPrintable(r.to), qPrintable(fmtS(r.backMs)),
            qPrintable(fmtS(r.doneMs)),
            qPrintable(fmtS(c.initiateMs >= 0 ? c.initiateMs - r.t0 : -1)),
            qPrintable(fmtS(c.initiateMs >= 0 && r.backMs >= 0 ? r.t0 + r.backMs - c.initiateMs : -1)),
            qPrintable(fmtS(c.initiateMs >= 0 && c.startedMs >= 0 ? c.startedMs - c.initiateMs : -1)),
            qPrintable(fmtS(r.outageMs)),
            qPrintable((r.ok ? QString() : QStringLiteral("FAILED ")) + r.note
                       + (r.ownMeterMs >= 0 ? QStringLiteral("its own meter %1 s, prepare %2 s")
                                                  .arg(static_cast<double>(r.ownMeterMs) / 1000.0, 0, 'f', 2)
                                                  .arg(static_cast<double>(r.prepareMs) / 1000.0, 0, 'f', 2)
                                            : QString())));
        out().flush();
        pause(2000);
    }

    // Medians per method.
    out() << "\nmedians of the successful moves (s)   n    back    done  confirm→init  init→back  "
             "init→started  outage\n";
    std::map<Method, double> backMed, doneMed, preMed;
    for (Method m : methods) {
        std::vector<double> back, done, pre, clBack, clStarted, outage;
        for (const MoveRun &r : runs) {
            if (r.method != m || !r.ok || r.backMs < 0)
                continue;
            back.push_back(static_cast<double>(r.backMs) / 1000.0);
            done.push_back(static_cast<double>(r.doneMs) / 1000.0);
            if (r.outageMs >= 0)
                outage.push_back(static_cast<double>(r.outageMs) / 1000.0);
            const ClusterTimes &c = r.cluster;
            if (c.initiateMs >= 0) {
                pre.push_back(static_cast<double>(c.initiateMs - r.t0) / 1000.0);
                clBack.push_back(static_cast<double>(r.t0 + r.backMs - c.initiateMs) / 1000.0);
                if (c.startedMs >= 0)
                    clStarted.push_back(static_cast<double>(c.startedMs - c.initiateMs) / 1000.0);
            }
        }
        backMed[m] = median(back);
        doneMed[m] = median(done);
        preMed[m] = median(pre);
        out() << QString::asprintf("  %-34s  %2zu  %6.2f  %6.2f      %6.2f     %6.2f        %6.2f  %6.2f\n",
                                   methodName(m), back.size(), median(back), median(done), median(pre),
                                   median(clBack), median(clStarted), median(outage));
    }
    // Per-step medians.
    for (Method m : methods) {
        std::map<QString, std::vector<double>> steps;
        std::vector<QString> order;
        for (const MoveRun &r : runs) {
            if (r.method != m || !r.ok)
                continue;
            std::map<QString, int> seen; // a step run twice in one move: "#2" (ours' second wait)
            for (const auto &s : r.steps) {
                const int n = ++seen[s.first];
                const QString key = n == 1 ? s.first : s.first + QStringLiteral(" #%1").arg(n);
                if (!steps.count(key))
                    order.push_back(key);
                steps[key].push_back(static_cast<double>(s.second) / 1000.0);
            }
        }
        out() << "  steps of " << methodName(m) << " after confirm (median s, times per move):";
        for (const QString &k : order) {
            const double perMove = static_cast<double>(steps[k].size()) / std::max(1, rounds);
            out() << QString::asprintf("  %s %.2f ×%.1f;", qPrintable(k), median(steps[k]), perMove);
        }
        out() << '\n';
    }
    auto diff = [&](Method a, Method b, const std::map<Method, double> &med) {
        return med.at(a) >= 0 && med.at(b) >= 0 ? med.at(a) - med.at(b)
                                                : std::numeric_limits<double>::quiet_NaN();
    };
    out() << "\nours minus by hand (difference of medians; TARGET: ours adds <= 0.30 s)\n";
    for (Method h : {Method::HandSsh, Method::HandOpen}) {
        out() << QString::asprintf(
            "  vs %-9s  service back %+6.2f s   time before the cluster acts %+6.2f s   until done %+6.2f s\n",
            methodName(h), diff(Method::Ours, h, backMed), diff(Method::Ours, h, preMed),
            diff(Method::Ours, h, doneMed));
    }
    out() << QString::asprintf("  ours adds to the cluster's own time (confirm → first \"Initiating\"): %.2f s\n",
                               preMed[Method::Ours]);
    out() << "  (init: the first \"Initiating … operation\" of a member; started: \"Result of start "
             "operation for "
          << members.last() << " … ok\"; both from pacemaker.log, " << (g_msStamps ? "ms" : "1 s")
          << " stamps. back: a greeting from a probe started after the last failed one)\n";

    // Leave the lab as found.
    ssh.master.terminate();
    ssh.master.waitForFinished(3000);
    auto snapEnd = lab.snapshot();
    const QString end = lab.groupNode(snapEnd);
    if (snapEnd && !snapEnd->cliConstraintsFor(lab.group).isEmpty()) {
        labSsh(first, shellJoin({QStringLiteral("crm_resource"), QStringLiteral("--clear"),
                                 QStringLiteral("-r"), lab.group}),
               nullptr);
    }
    if (!end.isEmpty() && end != home) {
        MoveRun back;
        back.to = home;
        moveOurs(back, lab, poller);
        poller.stop();
    }
    snapEnd = lab.snapshot();
    const QString finalNode = lab.groupNode(snapEnd);
    out() << "\nlab afterwards: " << lab.group << " on " << (finalNode.isEmpty() ? QStringLiteral("no node") : finalNode)
          << " (started on " << home << "), cli- constraints: "
          << (snapEnd ? (snapEnd->cliConstraintsFor(lab.group).isEmpty() ? QStringLiteral("none")
                                                                          : snapEnd->cliConstraintsFor(lab.group).join(u", "))
                      : QStringLiteral("unknown"))
          << '\n';
    for (NodeSession *s : lab.sessions)
        s->close();
    return 0;
}
