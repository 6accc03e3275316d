// Power-status round trip: in-process OpenIpmiPowerControl on one reused RMCP+ session (N=200)
// versus one `ipmitool -I lanplus -C 3 ... chassis power status` process per query (N=20),
// both against the same ipmi_sim on loopback. Prints figures; asserts nothing.

#include "ipmi/openipmipowercontrol.h"
#include "simbmc.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ha;

namespace {

void report(QTextStream &out, const char *label, std::vector<double> ms, int failures)
{
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    auto pct = [&ms](double p) {
        return ms.empty() ? 0.0 : ms[std::min(ms.size() - 1, static_cast<size_t>(p * static_cast<double>(ms.size())))];
    };
    out << QString::asprintf("%-34s n=%-4zu mean %7.2f ms  p50 %7.2f ms  p95 %7.2f ms  failures %d\n",
                             label, ms.size(), ms.empty() ? 0.0 : sum / static_cast<double>(ms.size()),
                             pct(0.50), pct(0.95), failures);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QByteArray password = QByteArrayLiteral("bench-pw-1234");
    SimBmc sim(QStringLiteral("bench1"), password);
    QString error;
    if (!sim.start(&error)) {
        out << "cannot start ipmi_sim: " << error << '\n';
        return 1;
    }

    BmcConfig cfg;
    cfg.address = QStringLiteral("127.0.0.1");
    cfg.port = sim.port();
    cfg.user = QStringLiteral("admin");
    cfg.cipherSuite = 3;
    cfg.timeoutMs = 1000;
    int failures = 0;
    double firstMs = 0;
    std::vector<double> inProcess;
    {
        OpenIpmiPowerControl pc(QStringLiteral("bench1"), cfg, password);
        QEventLoop loop;
        for (int i = 0; i < 201; ++i) {
            QElapsedTimer t;
            t.start();
            bool ok = false;
            pc.powerStatus(&pc, [&](Result<PowerState> r) {
                ok = r.ok();
                loop.quit();
            });
            loop.exec();
            const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
            if (!ok)
                ++failures;
            if (i == 0)
                firstMs = ms; // includes opening the session
            else
                inProcess.push_back(ms);
        }
    }
    out << QString::asprintf("in-process first call (session setup + status): %.2f ms\n", firstMs);
    report(out, "in-process, one session", inProcess, failures);

    std::vector<double> tool;
    int toolFailures = 0;
    for (int i = 0; i < 20; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IPMI_PASSWORD"), QString::fromLatin1(password)); // -E: not on argv
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral("ipmitool"),
                {QStringLiteral("-I"), QStringLiteral("lanplus"), QStringLiteral("-C"),
                 QStringLiteral("3"), QStringLiteral("-H"), QStringLiteral("127.0.0.1"),
                 QStringLiteral("-p"), QString::number(sim.port()), QStringLiteral("-U"),
                 QStringLiteral("admin"), QStringLiteral("-E"), QStringLiteral("chassis"),
                 QStringLiteral("power"), QStringLiteral("status")});
        const bool finished = p.waitForFinished(30000);
        tool.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!finished || p.exitCode() != 0 || !p.readAllStandardOutput().contains("is on"))
            ++toolFailures;
    }
    report(out, "ipmitool -I lanplus -C 3 (process)", tool, toolFailures);

    QEventLoop idle;
    OpenIpmiPowerControl::whenLibraryIdle(&idle, [&idle] { idle.quit(); });
    idle.exec();
    return 0;
}
