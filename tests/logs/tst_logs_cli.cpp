// `haconsole-cli logs` on the fixture files: merged output lines, each filter option, and the
// errors an operator can make.
#include "cli.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ha::cli;

namespace {

struct Run
{
    int rc = -1;
    QStringList out;
    QString err;
};

Run runLogs(const QStringList &args, const QString &profile = QString())
{
    QString out, err;
    QTextStream o(&out), e(&err);
    Context ctx{profile, args, o, e};
    Run r;
    r.rc = cmdLogs(ctx);
    o.flush();
    e.flush();
    r.out = out.split(u'\n', Qt::SkipEmptyParts);
    r.err = err;
    return r;
}

QString data(const char *name)
{
    return QStringLiteral(HA_LOGS_DATA "/") + QLatin1String(name);
}

} // namespace

class TestLogsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesTwoNodes()
    {
        const Run r = runLogs({QStringLiteral("--file"), QStringLiteral("node1=") + data("pacemaker.log"),
                               QStringLiteral("--file=node2=") + data("corosync.log")});
        QCOMPARE(r.rc, int(Ok));
        QCOMPARE(r.out.size(), 371 + 52);
        // ISO time with µs, node, source, severity, message.
        QCOMPARE(r.out.first(), QStringLiteral("2026-11-25T09:00:49.021000Z node2 corosync notice "
                                               "[MAIN  ] Corosync Cluster Engine 3.1.7 starting up"));
        QCOMPARE(r.out.filter(QStringLiteral("Z node1 pacemakerd info Changed active directory")).size(), 1);
        QStringList sorted = r.out;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const QString &a, const QString &b) { return a.left(27) < b.left(27); });
        QCOMPARE(sorted, r.out); // already in time order
        QVERIFY(r.out.filter(QStringLiteral(" node2 corosync ")).size() == 52);
    }

    void filters()
    {
        const QString f1 = QStringLiteral("node1=") + data("pacemaker.log");
        const QString f2 = QStringLiteral("node2=") + data("corosync.log");
        Run r = runLogs({QStringLiteral("--file"), f1, QStringLiteral("--file"), f2,
                         QStringLiteral("--node"), QStringLiteral("node2")});
        QCOMPARE(r.out.size(), 52);

        r = runLogs({QStringLiteral("--file"), f1, QStringLiteral("--grep"), QStringLiteral("^Result of (start|stop) operation")});
        QCOMPARE(r.rc, int(Ok));
        QVERIFY(!r.out.isEmpty());
        for (const QString &l : std::as_const(r.out))
            QVERIFY2(l.contains(QLatin1String(" notice Result of st")), qPrintable(l));

        r = runLogs({QStringLiteral("--file"), f1, QStringLiteral("--source"), QStringLiteral("pacemaker-schedulerd"),
                     QStringLiteral("--severity"), QStringLiteral("notice")});
        QVERIFY(!r.out.isEmpty());
        static const QRegularExpression notable(QStringLiteral(" pacemaker-schedulerd (notice|warning|err|crit|alert|emerg) "));
        for (const QString &l : std::as_const(r.out))
            QVERIFY2(notable.match(l).hasMatch(), qPrintable(l));

        r = runLogs({QStringLiteral("--file"), f1, QStringLiteral("--file"), f2, QStringLiteral("--since"),
                     QStringLiteral("2026-11-25T09:01:29Z"), QStringLiteral("--until"),
                     QStringLiteral("2026-11-25 09:01:29.9")});
        QVERIFY(!r.out.isEmpty());
        for (const QString &l : std::as_const(r.out))
            QVERIFY2(l.startsWith(QLatin1String("2026-11-25T09:01:29.")), qPrintable(l));

        r = runLogs({QStringLiteral("--file"), f1, QStringLiteral("--resource"), QStringLiteral("db-lvm-p")});
        QVERIFY(!r.out.isEmpty());
        for (const QString &l : std::as_const(r.out))
            QVERIFY(l.contains(QLatin1String("db-lvm-p")));
    }

    void clockOffsetAndZone()
    {
        // node2 is told to be 3600 s ahead: its lines move one hour back.
        Run r = runLogs({QStringLiteral("--file"), QStringLiteral("node2=") + data("corosync.log"),
                         QStringLiteral("--offset"), QStringLiteral("node2=3600")});
        QVERIFY(r.out.first().startsWith(QLatin1String("2026-11-25T08:00:49.021000Z node2 corosync notice")));
        r = runLogs({QStringLiteral("--file"), QStringLiteral("db=") + data("mariadb-error.log"),
                     QStringLiteral("--tz"), QStringLiteral("db=Europe/Berlin")});
        QVERIFY(r.out.first().startsWith(QLatin1String("2026-11-25T08:12:09.000000Z db mariadb info Starting MariaDB")));
        // The unparsable "Version:" line is printed too, marked with "?".
        QCOMPARE(r.out.filter(QStringLiteral(" db mariadb ? Version: ")).size(), 1);
    }

    void unknownProfileIsAUsageError()
    {
        // Without --file the nodes are read over SSH: that needs a profile that exists.
        const QTemporaryDir empty;
        qputenv("HACONSOLE_CONFIG_DIR", empty.path().toUtf8());
        Run r = runLogs({}, QStringLiteral("prod"));
        QCOMPARE(r.rc, int(Usage));
        QVERIFY2(r.err.contains(QLatin1String("prod")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = runLogs({});
        QCOMPARE(r.rc, int(Usage));
        QVERIFY2(r.err.contains(QLatin1String("No cluster profile")), qPrintable(r.err));
        qunsetenv("HACONSOLE_CONFIG_DIR");
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("rc");
        QTest::newRow("file without node") << QStringList{QStringLiteral("--file"), data("corosync.log")} << int(Usage);
        QTest::newRow("bad regex") << QStringList{QStringLiteral("--file"), QStringLiteral("n=") + data("corosync.log"),
                                                  QStringLiteral("--grep"), QStringLiteral("(")} << int(Usage);
        QTest::newRow("bad time") << QStringList{QStringLiteral("--file"), QStringLiteral("n=") + data("corosync.log"),
                                                 QStringLiteral("--since"), QStringLiteral("yesterday-ish")} << int(Usage);
        QTest::newRow("bad zone") << QStringList{QStringLiteral("--file"), QStringLiteral("n=") + data("corosync.log"),
                                                 QStringLiteral("--tz"), QStringLiteral("n=Mars/Olympus")} << int(Usage);
        QTest::newRow("stray") << QStringList{QStringLiteral("--file"), QStringLiteral("n=") + data("corosync.log"),
                                              QStringLiteral("extra")} << int(Usage);
        QTest::newRow("missing file") << QStringList{QStringLiteral("--file"), QStringLiteral("n=/nonexistent/x.log")}
                                      << int(BadInput);
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, rc);
        const Run r = runLogs(args);
        QCOMPARE(r.rc, rc);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogsCli)
#include "tst_logs_cli.moc"
