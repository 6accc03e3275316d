// Figures for the log viewer's core at the scale of the issue: 1,000,000 lines from two nodes
// (pacemaker.log and corosync.log each), loaded, parsed, merged into the store; a text and a
// regex filter; peak RSS; and grep over the same files for comparison. Prints, asserts nothing.
// Targets (issue 6): load <= 2 s, a filter <= 100 ms, <= 400 MB.
#include "logs/logfile.h"
#include "logs/logfilterrunner.h"
#include "logs/logmerge.h"
#include "logs/logstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <time.h>

#include <cstdio>

using namespace ha::logs;

namespace {

const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

QByteArray bsdTime(qint64 ms)
{
    // Year-less local time as both daemons write it; starts 25 Nov 00:00.
    const qint64 base = daysFromCivil(2026, 11, 25) * 86400000LL;
    const qint64 t = base + ms;
    int y = 0, mo = 0, d = 0;
    civilFromDays(t / 86400000LL, &y, &mo, &d);
    const qint64 sod = t % 86400000LL;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s %02d %02d:%02d:%02d.%03d", kMonths[mo - 1], d,
                  static_cast<int>(sod / 3600000), static_cast<int>(sod / 60000 % 60),
                  static_cast<int>(sod / 1000 % 60), static_cast<int>(sod % 1000));
    return QByteArray(buf);
}

QByteArray pacemakerLine(const QByteArray &node, qint64 ms, int i)
{
    static const char *const resources[] = {"db-lvm-p", "db-fs-p", "nova-ip-p", "db-mysql-p"};
    const QByteArray rsc(resources[i % 4]);
    const QByteArray n = QByteArray::number(i);
    QByteArray prefix = bsdTime(ms) + ' ' + node + ' ';
    switch (i % 6) {
    case 0:
        return prefix + "pacemaker-controld  [1432] (do_state_transition) \tnotice: State transition "
                        "S_IDLE -> S_POLICY_ENGINE | input=I_PE_CALC cause=C_FSA_INTERNAL origin=abort_transition_graph";
    case 1:
        return prefix + "pacemaker-controld  [1432] (execute_rsc_action) \tnotice: Initiating monitor operation "
            + rsc + "_monitor_10000 locally on " + node + " | action " + n;
    case 2:
        return prefix + "pacemaker-controld  [1432] (log_executor_event) \tnotice: Result of monitor operation for "
            + rsc + " on " + node + ": ok | CIB update " + n + ", graph action unconfirmed; call=" + n
            + " key=" + rsc + "_monitor_10000 rc=0";
    case 3:
        return prefix + "pacemaker-based     [1427] (cib_perform_op) \tinfo: +  /cib:  @num_updates=" + n;
    case 4:
        return prefix + "pacemaker-schedulerd[1431] (unpack_config) \tnotice: On loss of quorum: Stop ALL resources";
    default:
        return prefix + "pacemaker-attrd     [1430] (attrd_peer_update) \tinfo: Setting last-lrm-refresh[" + node
            + "] in instance_attributes: (unset) -> " + n + " | from " + node;
    }
}

QByteArray corosyncLine(const QByteArray &node, qint64 ms, int i)
{
    QByteArray prefix = bsdTime(ms) + " [1201] " + node + " corosync ";
    switch (i % 4) {
    case 0: return prefix + "notice  [TOTEM ] A new membership (1." + QByteArray::number(i, 16) + ") was formed. Members joined: 2";
    case 1: return prefix + "info    [KNET  ] link: host: 2 link: 1 is down";
    case 2: return prefix + "notice  [QUORUM] Sync members[2]: 1 2";
    default: return prefix + "info    [KNET  ] pmtud: Global data MTU changed to: 1397";
    }
}

bool writeFile(const QString &path, qint64 lines, qint64 startMs, const QByteArray &node, bool pacemaker)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray buf;
    for (qint64 i = 0; i < lines; ++i) {
        const qint64 ms = startMs + i * 40 + (i % 7);
        buf += pacemaker ? pacemakerLine(node, ms, static_cast<int>(i)) : corosyncLine(node, ms, static_cast<int>(i));
        buf += '\n';
        if (buf.size() > (1 << 22)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
    return true;
}

// CPU time next to wall time: on a shared, busy machine wall time says little.
double cpuMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

double grepMs(const QStringList &args, QString *count)
{
    QElapsedTimer t;
    t.start();
    rusage before{};
    getrusage(RUSAGE_CHILDREN, &before);
    QProcess p;
    p.start(QStringLiteral("grep"), args);
    p.waitForFinished(-1);
    // -c prints "path:count" per file: add them up.
    qint64 sum = 0;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const qsizetype colon = line.lastIndexOf(':');
        sum += line.mid(colon + 1).toLongLong();
    }
    rusage after{};
    getrusage(RUSAGE_CHILDREN, &after);
    const double cpu = (after.ru_utime.tv_sec - before.ru_utime.tv_sec + after.ru_stime.tv_sec
                        - before.ru_stime.tv_sec) * 1e3
        + (after.ru_utime.tv_usec - before.ru_utime.tv_usec + after.ru_stime.tv_usec
           - before.ru_stime.tv_usec) / 1e3;
    *count = QString::number(sum) + QStringLiteral(" matching lines; CPU %1 ms").arg(cpu);
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const qint64 total = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const qint64 perFile = total / 4;

    QTemporaryDir dir;
    QList<FileSource> files;
    const NodeClock clock{QTimeZone::utc(), 0, QDate(2026, 11, 30)};
    const struct { const char *node; const char *file; bool pacemaker; qint64 offsetMs; } spec[] = {
        {"node1", "node1-pacemaker.log", true, 0},
        {"node1", "node1-corosync.log", false, 13},
        {"node2", "node2-pacemaker.log", true, 7},
        {"node2", "node2-corosync.log", false, 29},
    };
    for (const auto &s : spec) {
        const QString path = dir.filePath(QLatin1String(s.file));
        if (!writeFile(path, perFile, s.offsetMs, s.node, s.pacemaker)) {
            out << "cannot write " << path << "\n";
            return 1;
        }
        files.append({QString::fromLatin1(s.node), path, clock, LogFormat::Unknown});
    }
    qint64 bytes = 0;
    for (const FileSource &f : files)
        bytes += QFile(f.path).size();
    out << "lines: " << perFile * 4 << " in 4 files (2 nodes), " << bytes / (1024 * 1024) << " MB\n";
    out << "RSS after generating: " << peakRssMb() << " MB\n";
    out.flush();

    LogStore store(LogStore::kDefaultCapacity);
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
    ha::Result<std::vector<MergeInput>> inputs = loadFiles(files);
    if (!inputs.ok()) {
        out << inputs.error().message << "\n";
        return 1;
    }
    const double parseMs = t.nsecsElapsed() / 1e6;
    out << "peak RSS after parse, before merge: " << peakRssMb() << " MB\n";
    mergeStreams(std::move(inputs.value()), 65536,
                 [&store](std::vector<LogEntry> &&b) { store.append(std::move(b)); });
    const double loadMs = t.nsecsElapsed() / 1e6;
    const double loadCpu = cpuMs(CLOCK_PROCESS_CPUTIME_ID) - cpu0;
    out << "load+parse (parallel per file): " << qRound(parseMs) << " ms; + merge into store: "
        << qRound(loadMs) << " ms total (target <= 2000; CPU " << qRound(loadCpu) << " ms), "
        << store.size() << " entries\n";
    out << "peak RSS after load: " << peakRssMb() << " MB (target <= 400)\n";
    out.flush();

    const LogSnapshot snap = store.snapshot();
    auto timeFilter = [&](const char *label, const LogFilterSpec &f) {
        const LogMatcher m(f);
        QElapsedTimer ft;
        ft.start();
        const double c0 = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        const auto rows = filterRange(snap, m, snap.firstIndex(), snap.endIndex());
        out << label << ": " << rows->size() << " matches in " << ft.nsecsElapsed() / 1000000.0
            << " ms (target <= 100; CPU " << cpuMs(CLOCK_THREAD_CPUTIME_ID) - c0 << " ms)\n";
        out.flush();
    };
    LogFilterSpec text;
    text.text = QStringLiteral("db-mysql-p");
    timeFilter("text filter 'db-mysql-p'", text);
    LogFilterSpec regex;
    regex.regex = QStringLiteral("Result of \\w+ operation for (db-lvm|nova-ip)-p");
    timeFilter("regex filter", regex);
    LogFilterSpec res;
    res.resource = QStringLiteral("nova-ip-p");
    timeFilter("resource filter 'nova-ip-p'", res);
    LogFilterSpec node;
    node.nodes = {QStringLiteral("node2")};
    node.minSeverity = Severity::Notice;
    timeFilter("node2 + severity>=notice", node);

    QStringList paths;
    for (const FileSource &f : files)
        paths << f.path;
    QString count;
    double ms = grepMs(QStringList{QStringLiteral("-c"), QStringLiteral("-i"), QStringLiteral("db-mysql-p")} + paths, &count);
    out << "grep -ci db-mysql-p: " << ms << " ms (" << count << ")\n";
    ms = grepMs(QStringList{QStringLiteral("-cE"), QStringLiteral("Result of [a-z]+ operation for (db-lvm|nova-ip)-p")} + paths, &count);
    out << "grep -cE regex: " << ms << " ms (" << count << ")\n";
    out << "peak RSS at end: " << peakRssMb() << " MB\n";
    return 0;
}
