// Filters: each kind on its own, the worker run and its cancellation, the filtered proxy's
// incremental updates (live appends, eviction) and the text export.
#include "logs/filteredlogmodel.h"
#include "logs/logexport.h"
#include "logs/logfilterrunner.h"
#include "logs/logmodel.h"
#include "logs/logstore.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace ha::logs;

namespace {

LogEntry make(qint64 t, const char *node, const char *source, Severity sev, const char *msg)
{
    LogEntry e;
    e.timeUs = t;
    e.node = QString::fromLatin1(node);
    e.source = QString::fromLatin1(source);
    e.severity = sev;
    e.parsed = true;
    const QByteArray m(msg);
    e.setRaw(m, 0);
    e.flags = classifyMessage(e.messageBytes());
    return e;
}

std::vector<LogEntry> sample()
{
    return {
        make(100, "node1", "pacemaker-controld", Severity::Notice, "Initiating start operation db-fs-p_start_0 locally on node1"),
        make(200, "node2", "corosync", Severity::Warning, "[KNET  ] link: host: 1 link: 0 is down"),
        make(300, "node1", "pacemaker-schedulerd", Severity::Error, "Unexpected result (error) was recorded for monitor of db-fs-p2 on node1"),
        make(400, "node2", "pacemaker-fenced", Severity::Critical, "Operation 'reboot' targeting node1 by node2: Timer expired"),
        make(500, "node1", "mariadb", Severity::Info, "InnoDB: Buffer pool(s) load completed"),
        make(600, "node2", "kernel", Severity::Unknown, "garbage line kept as raw: db-fs-p."),
        make(700, "node1", "pacemaker-controld", Severity::Notice, "Result of stop operation for x-db-fs-p on node1: ok"),
        make(800, "node2", "pacemaker-controld", Severity::Notice, "Result of start operation for db-fs-p:0 on node2: ok"),
    };
}

QList<qint64> run(const LogFilterSpec &spec)
{
    LogStore store;
    store.append(sample());
    const LogMatcher m(spec);
    return *filterRange(store.snapshot(), m, store.firstIndex(), store.endIndex());
}

} // namespace

Q_DECLARE_METATYPE(ha::logs::LogFilterSpec)

class TestLogFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachFilterKind_data()
    {
        QTest::addColumn<LogFilterSpec>("spec");
        QTest::addColumn<QList<qint64>>("expected");
        LogFilterSpec s;
        QTest::newRow("empty matches all") << s << QList<qint64>{0, 1, 2, 3, 4, 5, 6, 7};
        s = {};
        s.nodes = {QStringLiteral("node2")};
        QTest::newRow("node") << s << QList<qint64>{1, 3, 5, 7};
        s = {};
        s.sources = {QStringLiteral("corosync"), QStringLiteral("mariadb")};
        QTest::newRow("sources") << s << QList<qint64>{1, 4};
        s = {};
        s.minSeverity = Severity::Error;
        QTest::newRow("min severity err (unknown excluded)") << s << QList<qint64>{2, 3};
        s = {};
        s.text = QStringLiteral("INNODB: buffer");
        QTest::newRow("text, any case") << s << QList<qint64>{4};
        s = {};
        s.text = QStringLiteral("COMPLETED"); // letters only, at the very end of the message
        QTest::newRow("text at end, letters only") << s << QList<qint64>{4};
        s = {};
        s.text = QStringLiteral("Timer Expired");
        QTest::newRow("text mixed case") << s << QList<qint64>{3};
        s = {};
        s.text = QStringLiteral("db-fs-p2 on node1 and more");
        QTest::newRow("text longer than any match") << s << QList<qint64>{};
        s = {};
        s.resource = QStringLiteral("mariadb"); // only as a source, never in a message
        QTest::newRow("resource without a dash") << s << QList<qint64>{};
        s = {};
        s.regex = QStringLiteral("^Result of (start|stop) operation");
        QTest::newRow("regex") << s << QList<qint64>{6, 7};
        s = {};
        s.regex = QStringLiteral("result of");
        QTest::newRow("regex is case-sensitive") << s << QList<qint64>{};
        s = {};
        s.resource = QStringLiteral("db-fs-p");
        // Not db-fs-p2 nor x-db-fs-p; yes to db-fs-p_start_0, "db-fs-p." and the clone db-fs-p:0.
        QTest::newRow("resource as a word") << s << QList<qint64>{0, 5, 7};
        s = {};
        s.fromUs = 300;
        s.toUs = 500;
        QTest::newRow("time range inclusive") << s << QList<qint64>{2, 3, 4};
        s = {};
        s.nodes = {QStringLiteral("node1")};
        s.minSeverity = Severity::Notice;
        s.text = QStringLiteral("operation");
        QTest::newRow("combined") << s << QList<qint64>{0, 6};
        s = {};
        s.regex = QStringLiteral("([unclosed");
        QTest::newRow("bad regex matches nothing") << s << QList<qint64>{};
    }
    void eachFilterKind()
    {
        QFETCH(LogFilterSpec, spec);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(run(spec), expected);
    }

    void regexLiteralPrecheck_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QByteArray>("literal");
        QTest::newRow("leading words") << QStringLiteral("Result of \\w+ operation for (db-lvm|nova-ip)-p")
                                       << QByteArray("Result of ");
        QTest::newRow("anchored") << QStringLiteral("^Result of (start|stop)") << QByteArray("Result of ");
        QTest::newRow("optional last char") << QStringLiteral("fence?d") << QByteArray("fenc");
        QTest::newRow("starred last char") << QStringLiteral("abcd*e") << QByteArray("abc");
        QTest::newRow("counted last char") << QStringLiteral("abcd{0,2}") << QByteArray("abc");
        QTest::newRow("top-level alternation") << QStringLiteral("Result of|fenced") << QByteArray();
        QTest::newRow("alternation in a class is not one") << QStringLiteral("Result[|] of") << QByteArray("Result");
        QTest::newRow("escape first") << QStringLiteral("\\d+ lines") << QByteArray();
        QTest::newRow("inline flags") << QStringLiteral("(?i)result") << QByteArray();
        QTest::newRow("too short") << QStringLiteral("ab.*") << QByteArray();
        QTest::newRow("non-ASCII stops") << QStringLiteral("Grüße") << QByteArray("Gr");
    }
    void regexLiteralPrecheck()
    {
        QFETCH(QString, pattern);
        QFETCH(QByteArray, literal);
        const QByteArray got = regexRequiredLiteral(pattern);
        QCOMPARE(got, literal.size() >= 3 ? literal : QByteArray());
    }
    void regexWithPrecheckMatchesLikeTheRegex()
    {
        // The pre-check may only skip lines the regex rejects too.
        LogStore store;
        std::vector<LogEntry> b;
        const QByteArray lines[] = {"fencd node2", "fenced node2", "Result of start", "xResult of stop",
                                    "abce", "abcdde", "Result| of", "Resul t of"};
        qint64 t = 0;
        for (const QByteArray &l : lines) {
            LogEntry e;
            e.timeUs = ++t;
            e.setRaw(l, 0);
            b.push_back(e);
        }
        store.append(std::move(b));
        for (const QString &p : {QStringLiteral("fence?d"), QStringLiteral("Result of (start|stop)"),
                                 QStringLiteral("abcd*e"), QStringLiteral("Result[|] of")}) {
            LogFilterSpec spec;
            spec.regex = p;
            const LogMatcher m(spec);
            const QRegularExpression re(p);
            for (qsizetype i = 0; i < store.size(); ++i) {
                const QString msg = store.at(i).message();
                QVERIFY2(m.matches(store.at(i)) == re.match(msg).hasMatch(), qPrintable(p + QStringLiteral(" on ") + msg));
            }
        }
    }

    void badRegexSaysWhy()
    {
        LogFilterSpec s;
        s.regex = QStringLiteral("([unclosed");
        const LogMatcher m(s);
        QVERIFY(!m.isValid());
        QVERIFY(!m.errorString().isEmpty());
    }

    void nonAsciiText()
    {
        LogStore store;
        std::vector<LogEntry> b;
        b.push_back(make(1, "n", "s", Severity::Info, "Größe überschritten"));
        b.push_back(make(2, "n", "s", Severity::Info, "size exceeded"));
        store.append(std::move(b));
        LogFilterSpec s;
        s.text = QStringLiteral("GRÖSSE");
        QCOMPARE(*filterRange(store.snapshot(), LogMatcher(s), 0, 2), QList<qint64>{});
        s.text = QStringLiteral("ÜBER");
        QCOMPARE(*filterRange(store.snapshot(), LogMatcher(s), 0, 2), QList<qint64>{0});
        s.text.clear();
        s.regex = QStringLiteral("^Grö");
        QCOMPARE(*filterRange(store.snapshot(), LogMatcher(s), 0, 2), QList<qint64>{0});
    }

    void cancelledRangeDeliversNothing()
    {
        LogStore store;
        store.append(sample());
        std::atomic<bool> cancel{true};
        QVERIFY(!filterRange(store.snapshot(), LogMatcher(), 0, 8, &cancel).has_value());
        cancel = false;
        QVERIFY(filterRange(store.snapshot(), LogMatcher(), 0, 8, &cancel).has_value());
    }

    void staleRunIsNeverDelivered()
    {
        LogStore store;
        for (int i = 0; i < 20; ++i)
            store.append(sample());
        LogFilterRunner runner;
        QSignalSpy finished(&runner, &LogFilterRunner::finished);
        LogFilterSpec first;
        first.regex = QStringLiteral("operation");
        LogFilterSpec second;
        second.nodes = {QStringLiteral("node2")};
        const quint64 stale = runner.start(store.snapshot(), std::make_shared<const LogMatcher>(first), 0, 160);
        const quint64 current = runner.start(store.snapshot(), std::make_shared<const LogMatcher>(second), 0, 160);
        QVERIFY(current != stale);
        QVERIFY(finished.wait(10000));
        QTest::qWait(50); // let a (wrongly) delivered stale result arrive too
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toULongLong(), current);
        QCOMPARE(finished.at(0).at(1).value<QList<qint64>>().size(), 80);
        QVERIFY(!runner.isRunning());
    }

    void filteredModelIsIncremental()
    {
        LogStore store(12);
        LogModel model(&store);
        FilteredLogModel filtered(&model);
        QAbstractItemModelTester tester(&filtered, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.append(sample());
        QCOMPARE(filtered.rowCount(), 8); // no filter: everything

        QSignalSpy done(&filtered, &FilteredLogModel::filteringFinished);
        LogFilterSpec s;
        s.nodes = {QStringLiteral("node2")};
        filtered.setFilter(s);
        QVERIFY(done.wait(10000));
        QCOMPARE(filtered.rowCount(), 4);
        QCOMPARE(filtered.absoluteIndex(0), qint64(1));
        QCOMPARE(filtered.data(filtered.index(0, LogModel::MessageColumn)).toString(),
                 QStringLiteral("[KNET  ] link: host: 1 link: 0 is down"));
        QCOMPARE(filtered.mapToSource(filtered.index(1, 0)).row(), 3);
        QCOMPARE(filtered.mapFromSource(model.index(5, 2)).row(), 2);
        QVERIFY(!filtered.mapFromSource(model.index(0, 0)).isValid());

        // A live append is matched at once: only its node2 rows are inserted, at the end.
        QSignalSpy inserted(&filtered, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&filtered, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&filtered, &QAbstractItemModel::modelReset);
        std::vector<LogEntry> live;
        live.push_back(make(900, "node1", "corosync", Severity::Notice, "node1 line"));
        live.push_back(make(1000, "node2", "corosync", Severity::Notice, "node2 line"));
        store.append(std::move(live)); // 10 entries, cap 12: no eviction yet
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 4);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4);
        QCOMPARE(filtered.data(filtered.index(4, LogModel::MessageColumn)).toString(), QStringLiteral("node2 line"));

        // Six more (16 > 12) evict the oldest four (absolute 0..3): node2 rows 1 and 3 go.
        std::vector<LogEntry> more;
        for (int i = 0; i < 6; ++i)
            more.push_back(make(1100 + i, "node1", "corosync", Severity::Notice, "filler"));
        store.append(std::move(more));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), 1);
        QCOMPARE(filtered.rowCount(), 3);
        QCOMPARE(filtered.absoluteIndex(0), qint64(5));
        QCOMPARE(reset.count(), 0);

        QCOMPARE(filtered.rowAtOrAfter(700), 1); // absolute 7 (t=800) is the first at/after 700
        QCOMPARE(filtered.rowAtOrAfter(5000), -1);
    }

    void exportWritesTheShownRows()
    {
        LogStore store;
        LogModel model(&store);
        FilteredLogModel filtered(&model);
        store.append(sample());
        QSignalSpy done(&filtered, &FilteredLogModel::filteringFinished);
        LogFilterSpec s;
        s.resource = QStringLiteral("db-fs-p");
        filtered.setFilter(s);
        QVERIFY(done.wait(10000));
        QBuffer buf;
        QVERIFY(buf.open(QIODevice::WriteOnly));
        QCOMPARE(filtered.exportText(&buf), qint64(3));
        const QList<QByteArray> lines = buf.data().split('\n');
        QCOMPARE(lines.size(), 4); // three lines and the empty rest after the last newline
        QCOMPARE(lines.at(0), QByteArray("1970-01-01T00:00:00.000100Z node1 pacemaker-controld notice "
                                         "Initiating start operation db-fs-p_start_0 locally on node1"));
        QCOMPARE(lines.at(1), QByteArray("1970-01-01T00:00:00.000600Z node2 kernel ? garbage line kept as raw: db-fs-p."));
    }
};

QTEST_GUILESS_MAIN(TestLogFilter)
#include "tst_logfilter.moc"
