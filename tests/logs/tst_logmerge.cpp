// Merging per-node streams: skewed clocks corrected, each stream's order kept, ties stable.
#include "logs/logfile.h"
#include "logs/logmerge.h"

#include <QTest>

using namespace ha::logs;

namespace {

LogEntry entry(const char *node, qint64 timeUs, const char *msg)
{
    LogEntry e;
    e.node = QString::fromLatin1(node);
    e.timeUs = timeUs;
    e.setRaw(QByteArray(msg), 0);
    return e;
}

QStringList messages(const std::vector<LogEntry> &v)
{
    QStringList out;
    for (const LogEntry &e : v)
        out << e.message();
    return out;
}

} // namespace

class TestLogMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skewedClocks()
    {
        // node2's clock runs 2.5 s ahead. By its own clock its fencing request looks later than
        // node1's "lost" message; corrected it happened before.
        MergeInput n1;
        n1.entries = {entry("node1", 10'000'000, "n1 lost node2"), entry("node1", 12'000'000, "n1 fenced")};
        MergeInput n2;
        n2.clockOffsetUs = 2'500'000;
        n2.entries = {entry("node2", 11'000'000, "n2 token timeout"),  // real 8.5 s
                      entry("node2", 13'000'000, "n2 request fencing"), // real 10.5 s
                      entry("node2", 14'600'000, "n2 done")};           // real 12.1 s
        std::vector<MergeInput> in;
        in.push_back(std::move(n1));
        in.push_back(std::move(n2));
        const std::vector<LogEntry> out = mergeStreams(std::move(in));
        QCOMPARE(messages(out), (QStringList{QStringLiteral("n2 token timeout"), QStringLiteral("n1 lost node2"),
                                             QStringLiteral("n2 request fencing"), QStringLiteral("n1 fenced"),
                                             QStringLiteral("n2 done")}));
        QCOMPARE(out[0].timeUs, qint64(8'500'000)); // times are on the workstation's clock now
        QCOMPARE(out[4].timeUs, qint64(12'100'000));
    }

    void equalTimesAreStableAndStreamOrderKept()
    {
        MergeInput a;
        a.entries = {entry("a", 5, "a1"), entry("a", 5, "a2"), entry("a", 3, "a3 clock stepped back")};
        MergeInput b;
        b.entries = {entry("b", 5, "b1"), entry("b", 5, "b2")};
        std::vector<MergeInput> in;
        in.push_back(std::move(a));
        in.push_back(std::move(b));
        const std::vector<LogEntry> out = mergeStreams(std::move(in));
        // Input order breaks ties; a file is never reordered even where its clock went back.
        QCOMPARE(messages(out), (QStringList{QStringLiteral("a1"), QStringLiteral("a2"),
                                             QStringLiteral("a3 clock stepped back"), QStringLiteral("b1"),
                                             QStringLiteral("b2")}));
    }

    void batchesCoverEverythingInOrder()
    {
        MergeInput a, b;
        for (int i = 0; i < 1000; ++i) {
            a.entries.push_back(entry("a", i * 2, "a"));
            b.entries.push_back(entry("b", i * 2 + 1, "b"));
        }
        std::vector<MergeInput> in;
        in.push_back(std::move(a));
        in.push_back(std::move(b));
        qint64 last = -1;
        qsizetype total = 0, batches = 0;
        mergeStreams(std::move(in), 300, [&](std::vector<LogEntry> &&batch) {
            QVERIFY(batch.size() <= 300);
            ++batches;
            for (const LogEntry &e : batch) {
                QVERIFY(e.timeUs > last);
                last = e.timeUs;
                ++total;
            }
        });
        QCOMPARE(total, qsizetype(2000));
        QCOMPARE(batches, qsizetype(7));
    }

    void fixtureFilesFromTwoNodes()
    {
        // The real pacemaker.log and corosync.log of one node, plus the same corosync.log as a
        // "node2" whose clock is 1 s behind: everything lands in one ordered timeline.
        QList<FileSource> files;
        files.append({QStringLiteral("node1"), QStringLiteral(HA_LOGS_DATA "/pacemaker.log"),
                      NodeClock{QTimeZone::utc(), 0, QDate(2026, 11, 25)}, LogFormat::Unknown});
        files.append({QStringLiteral("node1"), QStringLiteral(HA_LOGS_DATA "/corosync.log"),
                      NodeClock{QTimeZone::utc(), 0, QDate(2026, 11, 25)}, LogFormat::Unknown});
        files.append({QStringLiteral("node2"), QStringLiteral(HA_LOGS_DATA "/corosync.log"),
                      NodeClock{QTimeZone::utc(), -1'000'000, QDate(2026, 11, 25)}, LogFormat::Unknown});
        ha::Result<std::vector<MergeInput>> inputs = loadFiles(files);
        QVERIFY(inputs.ok());
        const std::vector<LogEntry> out = mergeStreams(std::move(inputs.value()));
        QCOMPARE(out.size(), size_t(371 + 52 + 52));
        for (size_t i = 1; i < out.size(); ++i)
            QVERIFY(out[i - 1].timeUs <= out[i].timeUs);
        // node2's first corosync line is its node1 twin plus the 1 s correction.
        auto firstOf = [&out](const char *node) {
            return std::find_if(out.cbegin(), out.cend(), [node](const LogEntry &e) {
                return e.node == QLatin1String(node) && e.source == QLatin1String("corosync");
            });
        };
        QCOMPARE(firstOf("node2")->timeUs - firstOf("node1")->timeUs, qint64(1'000'000));
    }
};

QTEST_GUILESS_MAIN(TestLogMerge)
#include "tst_logmerge.moc"
