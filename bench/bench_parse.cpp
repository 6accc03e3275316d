// Parse throughput of CrmMonParser on every corpus document (generated here with the installed
// crm_mon), compared in the same run with `xmllint --noout` on the same files; then a synthetic
// 32-node x 5,000-resource document: parse time and model update times.
// Prints figures only. Targets (issue 3): corpus >= 50 MB/s, synthetic update <= 50 ms.

#include "cluster/crmmonparser.h"
#include "cluster/failuremodel.h"
#include "cluster/nodemodel.h"
#include "cluster/resourcemodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ha;

namespace {

QStringList generateCorpus(const QTemporaryDir &dir)
{
    QStringList cibs;
    for (const char *sub : {"pacemaker-scheduler-cibs", "pacemaker-cli-cibs"}) {
        QDir d(QStringLiteral(HA_CORPUS_DIR "/") + QLatin1String(sub));
        for (const QString &f : d.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name))
            cibs << d.filePath(f);
    }
    QFile list(dir.filePath(QStringLiteral("list")));
    if (!list.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < cibs.size(); ++i)
        list.write(QStringLiteral("%1 %2\n").arg(i).arg(cibs.at(i)).toUtf8());
    list.close();
    QProcess p;
    p.start(QStringLiteral("bash"),
            {QStringLiteral("-c"),
             QStringLiteral("cd \"$1\" && xargs -P2 -L1 sh -c 'CIB_file=\"$1\" crm_mon -1 "
                            "--output-as=xml --inactive > \"$0.xml\" 2>/dev/null; true' < list"),
             QStringLiteral("gen"), dir.path()});
    p.waitForFinished(600000);
    QStringList outs;
    for (int i = 0; i < cibs.size(); ++i)
        outs << dir.filePath(QStringLiteral("%1.xml").arg(i));
    return outs;
}

QByteArray synthetic(int nodes, int resources, int changedIndex = -1)
{
    QByteArray x;
    x.reserve(resources * 400);
    x += "<pacemaker-result api-version=\"2.25\" request=\"crm_mon -1 --output-as=xml\">\n"
         "  <pacemakerd sys_from=\"pacemakerd\" state=\"running\" last_updated=\"now\"/>\n"
         "  <summary>\n    <stack type=\"corosync\"/>\n"
         "    <current_dc present=\"true\" version=\"2.1.5\" name=\"node1\" id=\"1\" with_quorum=\"true\"/>\n"
         "    <last_update time=\"now\"/>\n"
         "    <nodes_configured number=\"" + QByteArray::number(nodes) + "\"/>\n"
         "    <resources_configured number=\"" + QByteArray::number(resources) + "\" disabled=\"0\" blocked=\"0\"/>\n"
         "  </summary>\n  <nodes>\n";
    for (int n = 1; n <= nodes; ++n) {
        x += "    <node name=\"node" + QByteArray::number(n) + "\" id=\"" + QByteArray::number(n)
           + "\" online=\"true\" standby=\"false\" standby_onfail=\"false\" maintenance=\"false\" "
             "pending=\"false\" unclean=\"false\" health=\"green\" shutdown=\"false\" "
             "expected_up=\"true\" is_dc=\"" + (n == 1 ? "true" : "false")
           + "\" resources_running=\"" + QByteArray::number(resources / nodes) + "\" type=\"member\"/>\n";
    }
    x += "  </nodes>\n  <resources>\n";
    // Groups of five primitives, spread over the nodes.
    for (int r = 0; r < resources; ++r) {
        if (r % 5 == 0)
            x += "    <group id=\"grp" + QByteArray::number(r / 5) + "\" number_resources=\"5\" managed=\"true\" disabled=\"false\">\n";
        const int node = (r / 5) % nodes + 1 + (r == changedIndex ? 1 : 0);
        x += "      <resource id=\"rsc" + QByteArray::number(r)
           + "\" resource_agent=\"ocf:heartbeat:IPaddr2\" role=\"Started\" active=\"true\" "
             "orphaned=\"false\" blocked=\"false\" managed=\"true\" failed=\"false\" "
             "failure_ignored=\"false\" nodes_running_on=\"1\">\n        <node name=\"node"
           + QByteArray::number(node > nodes ? 1 : node) + "\" id=\"" + QByteArray::number(node)
           + "\" cached=\"true\"/>\n      </resource>\n";
        if (r % 5 == 4)
            x += "    </group>\n";
    }
    x += "  </resources>\n  <status code=\"0\" message=\"OK\"/>\n</pacemaker-result>\n";
    return x;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;

    // Figures from a shared, busy machine mean little alone: print the load with them, and
    // compare with xmllint measured in the same run.
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        std::printf("load average: %s", load.readLine().constData());
    std::printf("generating crm_mon output for the corpus ...\n");
    QElapsedTimer t;
    t.start();
    const QStringList files = generateCorpus(dir);
    std::printf("  %d documents in %.1f s\n", int(files.size()), double(t.elapsed()) / 1000);

    QList<QByteArray> docs;
    qint64 bytes = 0;
    for (const QString &f : files) {
        QFile in(f);
        if (in.open(QIODevice::ReadOnly))
            docs << in.readAll();
        bytes += docs.last().size();
    }
    const double mb = double(bytes) / (1024 * 1024);

    qint64 best = std::numeric_limits<qint64>::max();
    int failed = 0;
    for (int round = 0; round < 3; ++round) {
        t.restart();
        for (const QByteArray &d : std::as_const(docs)) {
            const auto r = CrmMonParser::parse(d);
            if (!r && round == 0)
                ++failed;
        }
        best = std::min(best, t.nsecsElapsed());
    }
    std::printf("corpus: %d documents, %.2f MB, %d failed\n", int(docs.size()), mb, failed);
    std::printf("  CrmMonParser (in memory, best of 3): %.1f ms  = %.1f MB/s\n", ms(best),
                mb / (double(best) / 1e9));

    // xmllint reads files itself; give it the same files in as few processes as possible.
    t.restart();
    for (qsizetype i = 0; i < files.size(); i += 200) {
        QProcess p;
        p.start(QStringLiteral("xmllint"), QStringList{QStringLiteral("--noout")} + files.mid(i, 200));
        p.waitForFinished(120000);
    }
    const qint64 xl = t.nsecsElapsed();
    std::printf("  xmllint --noout (files, %d processes): %.1f ms  = %.1f MB/s\n",
                int((files.size() + 199) / 200), ms(xl), mb / (double(xl) / 1e9));
    t.restart();
    for (const QString &f : files) {
        const auto r = CrmMonParser::parseFile(f);
        Q_UNUSED(r);
    }
    const qint64 pf = t.nsecsElapsed();
    std::printf("  CrmMonParser::parseFile (files): %.1f ms  = %.1f MB/s\n", ms(pf),
                mb / (double(pf) / 1e9));

    // Synthetic cluster.
    const int nodes = 32, resources = 5000;
    const QByteArray big = synthetic(nodes, resources);
    const QByteArray bigChanged = synthetic(nodes, resources, 2500);
    std::printf("synthetic: %d nodes x %d resources, %.2f MB\n", nodes, resources,
                double(big.size()) / (1024 * 1024));
    QList<qint64> parseTimes;
    ClusterStatus st, stChanged;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        auto r = CrmMonParser::parse(big);
        parseTimes << t.nsecsElapsed();
        st = *r;
    }
    stChanged = *CrmMonParser::parse(bigChanged);
    std::sort(parseTimes.begin(), parseTimes.end());
    std::printf("  parse: median %.1f ms\n", ms(parseTimes.at(2)));

    ResourceModel rm;
    NodeModel nm;
    FailureModel fm;
    t.restart();
    rm.update(st);
    nm.update(st);
    fm.update(st);
    std::printf("  model update, first fill: %.1f ms\n", ms(t.nsecsElapsed()));
    int changedSignals = 0;
    QObject::connect(&rm, &QAbstractItemModel::dataChanged, &rm, [&] { ++changedSignals; });
    QList<qint64> same, one;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        rm.update(st);
        nm.update(st);
        fm.update(st);
        same << t.nsecsElapsed();
        t.restart();
        rm.update(i % 2 == 0 ? stChanged : st);
        nm.update(i % 2 == 0 ? stChanged : st);
        fm.update(i % 2 == 0 ? stChanged : st);
        one << t.nsecsElapsed();
    }
    std::sort(same.begin(), same.end());
    std::sort(one.begin(), one.end());
    std::printf("  model update, nothing changed: median %.1f ms\n", ms(same.at(2)));
    std::printf("  model update, one resource moved: median %.1f ms (%d dataChanged over 5 updates)\n",
                ms(one.at(2)), changedSignals);
    std::printf("  parse + update for one refresh: %.1f ms (target <= 50 ms for the update)\n",
                ms(parseTimes.at(2) + one.at(2)));
    return 0;
}
