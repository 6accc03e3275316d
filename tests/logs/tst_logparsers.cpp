// Every parser on its fixture (real Pacemaker/Corosync/MariaDB output, hand-written journald and
// syslog in the documented formats), format detection, and what happens to lines that match no
// format or fall near New Year.
#include "logs/logfile.h"
#include "logs/logparser.h"
#include "logs/logstream.h"

#include <QFile>
#include <QTest>

using namespace ha::logs;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(HA_LOGS_DATA "/") + QLatin1String(name);
}

qint64 utcUs(int y, int mo, int d, int h, int mi, int s, int us = 0)
{
    return daysFromCivil(y, mo, d) * 86400 * kUsPerSecond
        + (h * 3600 + mi * 60 + s) * kUsPerSecond + us;
}

LoadedFile load(const char *name, const QString &node = QStringLiteral("node1"),
                QDate reference = QDate(2026, 11, 25), QTimeZone zone = QTimeZone::utc())
{
    StreamOptions o;
    o.node = node;
    o.clock.referenceDate = reference;
    o.clock.zone = zone;
    ha::Result<LoadedFile> r = loadLogFile(fixture(name), o);
    if (!r.ok())
        qFatal("cannot load fixture %s", name);
    return std::move(r.value());
}

qsizetype countLines(const char *name)
{
    QFile f(fixture(name));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    qsizetype n = 0;
    while (!f.atEnd()) {
        if (!f.readLine().trimmed().isEmpty())
            ++n;
    }
    return n;
}

} // namespace

class TestLogParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsEachFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::newRow("pacemaker") << "pacemaker.log" << int(LogFormat::PacemakerLog);
        QTest::newRow("corosync") << "corosync.log" << int(LogFormat::CorosyncLog);
        QTest::newRow("mariadb") << "mariadb-error.log" << int(LogFormat::MariaDbLog);
        QTest::newRow("journal-json") << "journal.json" << int(LogFormat::JournalJson);
        QTest::newRow("journal-short") << "journal-short.log" << int(LogFormat::JournalShortIso);
        QTest::newRow("3164") << "syslog3164.log" << int(LogFormat::Syslog3164);
        QTest::newRow("5424") << "syslog5424.log" << int(LogFormat::Syslog5424);
    }
    void detectsEachFixture()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        const LoadedFile f = load(file.toUtf8().constData());
        QCOMPARE(int(f.format), format);
        // Never drops a line: one entry per non-empty line.
        QCOMPARE(qsizetype(f.entries.size()), countLines(file.toUtf8().constData()));
        // Sequence numbers are 1..n in file order.
        for (size_t i = 0; i < f.entries.size(); ++i)
            QCOMPARE(f.entries[i].sequence, quint32(i + 1));
    }

    void pacemakerLog()
    {
        const LoadedFile f = load("pacemaker.log", QString());
        for (const LogEntry &e : f.entries)
            QVERIFY2(e.parsed, qPrintable(e.raw())); // real Pacemaker 2.1.5 output: all parse
        const LogEntry &first = f.entries.front();
        QCOMPARE(first.timeUs, utcUs(2026, 11, 25, 9, 0, 51, 65000));
        QCOMPARE(first.node, QStringLiteral("node1")); // from the line when no node is given
        QCOMPARE(first.source, QStringLiteral("pacemakerd"));
        QCOMPARE(first.severity, Severity::Info);
        QCOMPARE(first.message(), QStringLiteral("Changed active directory to /var/lib/pacemaker/cores"));

        // A 20-character daemon name touches the "[pid]".
        auto sched = std::find_if(f.entries.cbegin(), f.entries.cend(), [](const LogEntry &e) {
            return e.source == QLatin1String("pacemaker-schedulerd");
        });
        QVERIFY(sched != f.entries.cend());
        QVERIFY(!sched->message().startsWith(u'['));

        auto find = [&f](const char *text) {
            return std::find_if(f.entries.cbegin(), f.entries.cend(), [text](const LogEntry &e) {
                return e.message().contains(QLatin1String(text));
            });
        };
        auto start = find("Result of start operation for db-lvm-p on node1: ok");
        QVERIFY(start != f.entries.cend());
        QCOMPARE(start->source, QStringLiteral("pacemaker-controld"));
        QCOMPARE(start->severity, Severity::Notice);
        QVERIFY(start->flags & ResourceStart);
        QVERIFY(!(start->flags & ResourceFail));
        auto failed = find("Result of asyncmon operation for db-lvm-p on node1: error");
        QVERIFY(failed != f.entries.cend());
        QVERIFY(failed->flags & ResourceFail);
        auto probe = find("Result of probe operation for db-lvm-p on node1: not running");
        QVERIFY(probe != f.entries.cend());
        QVERIFY(!(probe->flags & ResourceFail)); // a probe finding nothing is not a failure
        auto stop = find("Initiating stop operation db-lvm-p_stop_0");
        QVERIFY(stop != f.entries.cend() && (stop->flags & ResourceStop));
        auto transition = find("State transition S_IDLE -> S_POLICY_ENGINE");
        QVERIFY(transition != f.entries.cend() && (transition->flags & Transition));
        auto quorum = find("Quorum acquired");
        QVERIFY(quorum != f.entries.cend() && (quorum->flags & Quorum));
        auto member = find("Node node1 state is now member");
        QVERIFY(member != f.entries.cend() && (member->flags & Membership));
    }

    void corosyncLog()
    {
        const LoadedFile f = load("corosync.log");
        for (const LogEntry &e : f.entries)
            QVERIFY2(e.parsed, qPrintable(e.raw()));
        const LogEntry &w = f.entries[2];
        QCOMPARE(w.timeUs, utcUs(2026, 11, 25, 9, 0, 49, 37000));
        QCOMPARE(w.source, QStringLiteral("corosync"));
        QCOMPARE(w.severity, Severity::Warning);
        QVERIFY(w.message().startsWith(QLatin1String("[MAIN  ] Could not increase RLIMIT_MEMLOCK")));
        const bool membership = std::any_of(f.entries.cbegin(), f.entries.cend(), [](const LogEntry &e) {
            return (e.flags & Membership) && e.message().contains(QLatin1String("[TOTEM ]"));
        });
        QVERIFY(membership);
    }

    void mariadbLog()
    {
        // The server writes local time: Europe/Berlin is UTC+1 in November.
        const LoadedFile f = load("mariadb-error.log", QStringLiteral("node1"), QDate(2026, 11, 25),
                                  QTimeZone("Europe/Berlin"));
        const LogEntry &first = f.entries.front();
        QCOMPARE(first.severity, Severity::Info); // [Note]
        QCOMPARE(first.timeUs, utcUs(2026, 11, 25, 8, 12, 9)); // " 9:12:09" local
        QCOMPARE(first.source, QStringLiteral("mariadb"));
        QVERIFY(first.message().startsWith(QLatin1String("Starting MariaDB 10.11.19")));
        auto version = std::find_if(f.entries.cbegin(), f.entries.cend(), [](const LogEntry &e) {
            return e.raw().startsWith(QLatin1String("Version: "));
        });
        QVERIFY(version != f.entries.cend());
        QVERIFY(!version->parsed);
        QCOMPARE(version->severity, Severity::Unknown);
        QCOMPARE(version->timeUs, (version - 1)->timeUs); // the previous entry's time
        QCOMPARE(version->message(), version->raw());
        auto safe = std::find_if(f.entries.cbegin(), f.entries.cend(), [](const LogEntry &e) {
            return e.source == QLatin1String("mysqld_safe");
        });
        QVERIFY(safe != f.entries.cend());
        QCOMPARE(safe->timeUs, utcUs(2026, 11, 25, 8, 14, 1));
        QCOMPARE(f.entries.back().severity, Severity::Info); // [Note]
        QCOMPARE((f.entries.end() - 2)->severity, Severity::Error);
    }

    void journalJson()
    {
        StreamOptions o; // no node given: _HOSTNAME is used
        ha::Result<LoadedFile> r = loadLogFile(fixture("journal.json"), o);
        QVERIFY(r.ok());
        const auto &e = r->entries;
        QCOMPARE(e.size(), size_t(6));
        QCOMPARE(e[0].timeUs, qint64(1795597283093123));
        QCOMPARE(e[0].node, QStringLiteral("node1"));
        QCOMPARE(e[0].source, QStringLiteral("pacemaker-controld"));
        QCOMPARE(e[0].severity, Severity::Notice);
        QCOMPARE(e[0].message(), QStringLiteral("Initiating start operation db-fs-p_start_0 locally on node1"));
        QVERIFY(e[0].raw().startsWith(QLatin1String("{\"__CURSOR\"")));
        QCOMPARE(e[1].source, QStringLiteral("corosync")); // from _SYSTEMD_UNIT corosync.service
        QVERIFY(e[1].flags & LinkDown);
        QCOMPARE(e[2].source, QStringLiteral("kernel"));
        QVERIFY(e[2].flags & LinkDown);
        // MESSAGE as a byte array (not UTF-8): the bytes are kept.
        QCOMPARE(e[3].messageBytes(), QByteArrayView("InnoDB: bad byte \xff!"));
        QCOMPARE(e[3].severity, Severity::Error);
        // A truncated JSON line is kept as raw text with the previous time.
        QVERIFY(!e[4].parsed);
        QCOMPARE(e[4].timeUs, e[3].timeUs);
        QCOMPARE(e[5].source, QStringLiteral("sshd"));
        QCOMPARE(e[5].severity, Severity::Warning);

        // The stream remembers the cursor of the last entry for --after-cursor.
        LogStream stream(StreamOptions{QStringLiteral("node1"), {}, LogFormat::JournalJson, {}});
        QFile f(fixture("journal.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            stream.parseLine(line);
        }
        QVERIFY(stream.lastCursor().contains(QLatin1String("i=1a34")));
    }

    void journalShortIso()
    {
        const LoadedFile f = load("journal-short.log");
        const auto &e = f.entries;
        QCOMPARE(e[0].timeUs, utcUs(2026, 11, 25, 9, 1, 23, 93123));
        QCOMPARE(e[0].severity, Severity::Notice); // Pacemaker's "notice: " prefix
        QCOMPARE(e[0].message(), QStringLiteral("Initiating start operation db-lvm-p_start_0 locally on node1"));
        QCOMPARE(e[1].timeUs, utcUs(2026, 11, 25, 9, 1, 23, 117456)); // +01:00 in the line
        QCOMPARE(e[2].source, QStringLiteral("corosync"));
        QVERIFY(e[2].flags & LinkDown);
        QCOMPARE(e[3].source, QStringLiteral("kernel"));
        QVERIFY(!e[4].parsed); // "-- Boot ... --"
        QCOMPARE(e[4].timeUs, e[3].timeUs);
        QCOMPARE(e[4].source, QStringLiteral("kernel"));
        QCOMPARE(e[5].source, QStringLiteral("sshd"));
    }

    void syslog3164()
    {
        const LoadedFile f = load("syslog3164.log", QString());
        const auto &e = f.entries;
        QCOMPARE(e[0].severity, Severity::Notice); // <29> = daemon.notice
        QCOMPARE(e[0].timeUs, utcUs(2026, 11, 25, 9, 1, 23));
        QCOMPARE(e[0].message(), QStringLiteral("State transition S_IDLE -> S_POLICY_ENGINE"));
        QCOMPARE(e[1].severity, Severity::Unknown); // no PRI, no level word
        QVERIFY(e[1].flags & Membership);
        QCOMPARE(e[2].node, QStringLiteral("node2"));
        QCOMPARE(e[2].severity, Severity::Error);
        QVERIFY(e[2].flags & Fencing);
        QCOMPARE(e[3].timeUs, utcUs(2026, 11, 5, 9, 1, 25)); // "Nov  5"
        QVERIFY(e[3].flags & LinkUp);
        QVERIFY(!e[4].parsed);
        QCOMPARE(e[5].source, QStringLiteral("systemd"));
    }

    void syslog5424()
    {
        const LoadedFile f = load("syslog5424.log", QString());
        const auto &e = f.entries;
        QCOMPARE(e[0].timeUs, utcUs(2026, 11, 25, 9, 1, 23, 93123));
        QCOMPARE(e[0].severity, Severity::Notice);
        QCOMPARE(e[0].source, QStringLiteral("pacemaker-controld"));
        QCOMPARE(e[1].node, QStringLiteral("node2"));
        QCOMPARE(e[1].severity, Severity::Notice); // 165 = local4.notice
        QCOMPARE(e[1].timeUs, utcUs(2026, 11, 25, 9, 1, 23, 500000));
        QVERIFY(e[1].message().startsWith(QLatin1String("[TOTEM ] A processor failed")));
        QCOMPARE(e[2].timeUs, utcUs(2026, 11, 25, 9, 1, 24));
        QCOMPARE(e[2].severity, Severity::Error);
        QCOMPARE(e[2].message(), QStringLiteral("InnoDB: Unable to lock ./ibdata1 error: 11")); // BOM and SD gone
        QVERIFY(!e[3].parsed); // NILVALUE timestamp: kept, previous time
        QCOMPARE(e[3].timeUs, e[2].timeUs);
    }

    void yearlessLinesAcrossNewYear()
    {
        // Written on 2 January 2027: December lines are from 2026, the January ones from 2027.
        const QByteArray text =
            "Dec 31 23:59:59.900 node1 pacemaker-controld  [32] (do_state_transition) \tnotice: a\n"
            "Jan 01 00:00:00.100 node1 pacemaker-controld  [32] (do_state_transition) \tnotice: b\n"
            "Jan 02 08:00:00.000 node1 pacemaker-controld  [32] (do_state_transition) \tnotice: c\n";
        StreamOptions o;
        o.clock.referenceDate = QDate(2027, 1, 2);
        const LoadedFile f = parseLogText(text, o);
        QCOMPARE(f.entries[0].timeUs, utcUs(2026, 12, 31, 23, 59, 59, 900000));
        QCOMPARE(f.entries[1].timeUs, utcUs(2027, 1, 1, 0, 0, 0, 100000));
        QCOMPARE(f.entries[2].timeUs, utcUs(2027, 1, 2, 8, 0, 0));

        // Read on 25 November: a "Dec" line cannot be from the future, so it is last year's.
        o.clock.referenceDate = QDate(2026, 11, 25);
        const LoadedFile g = parseLogText(
            "Dec 24 10:00:00.000 [14] node1 corosync notice  [MAIN  ] old line\n", o);
        QCOMPARE(g.entries[0].timeUs, utcUs(2025, 12, 24, 10, 0, 0));
    }

    void nodeTimezone()
    {
        // New York is UTC-5 in November: the same wall clock is five hours later in UTC.
        StreamOptions o;
        o.clock.referenceDate = QDate(2026, 11, 25);
        o.clock.zone = QTimeZone("America/New_York");
        const LoadedFile f = parseLogText(
            "Nov 25 09:00:49.021 [14] node1 corosync notice  [MAIN  ] Corosync Cluster Engine\n", o);
        QCOMPARE(f.entries[0].timeUs, utcUs(2026, 11, 25, 14, 0, 49, 21000));
    }

    void malformedLinesAreKept()
    {
        // Continuation lines and garbage between pacemaker lines keep their place and text.
        const QByteArray text =
            "Nov 25 09:01:23.117 node1 pacemaker-controld  [32] (execute_rsc_action) \tnotice: Initiating start\n"
            "    continuation of a multi-line message\n"
            "\x01\x02 binary junk \xff\n"
            "Nov 25 09:01:23.141 node1 pacemaker-controld  [32] (log_executor_event) \tnotice: Result ok\n";
        StreamOptions o;
        o.node = QStringLiteral("node1");
        o.clock.referenceDate = QDate(2026, 11, 25);
        const LoadedFile f = parseLogText(text, o);
        QCOMPARE(f.format, LogFormat::PacemakerLog);
        QCOMPARE(f.entries.size(), size_t(4));
        QVERIFY(!f.entries[1].parsed);
        QCOMPARE(f.entries[1].raw(), QStringLiteral("    continuation of a multi-line message"));
        QCOMPARE(f.entries[1].severity, Severity::Unknown);
        QCOMPARE(f.entries[1].timeUs, f.entries[0].timeUs);
        QCOMPARE(f.entries[1].source, QStringLiteral("pacemaker-controld"));
        QCOMPARE(f.entries[1].node, QStringLiteral("node1"));
        QCOMPARE(f.entries[2].rawBytes(), QByteArrayView("\x01\x02 binary junk \xff"));
        QVERIFY(f.entries[3].parsed);
    }

    void unknownFormatKeepsEverything()
    {
        StreamOptions o;
        o.defaultSource = QStringLiteral("notes.txt");
        const LoadedFile f = parseLogText("hello\nworld\n", o);
        QCOMPARE(f.format, LogFormat::Unknown);
        QCOMPARE(f.entries.size(), size_t(2));
        QCOMPARE(f.entries[1].message(), QStringLiteral("world"));
        QCOMPARE(f.entries[1].source, QStringLiteral("notes.txt"));
    }

    void labLogs()
    {
        // Real logs of the two-node lab (Pacemaker 2.1.5, corosync 3.1.7 without hires
        // timestamps, MariaDB via mysqld_safe) around a failover with both links of node2 down.
        const LoadedFile pcmk = load("lab-node1-pacemaker.log");
        QCOMPARE(pcmk.format, LogFormat::PacemakerLog);
        for (const LogEntry &e : pcmk.entries)
            QVERIFY2(e.parsed, qPrintable(e.raw()));
        QVERIFY(std::any_of(pcmk.entries.cbegin(), pcmk.entries.cend(),
                            [](const LogEntry &e) { return e.flags & Fencing; }));

        const LoadedFile coro = load("lab-node2-corosync.log", QStringLiteral("node2"));
        QCOMPARE(coro.format, LogFormat::CorosyncLog);
        for (const LogEntry &e : coro.entries)
            QVERIFY2(e.parsed, qPrintable(e.raw()));
        auto down = std::find_if(coro.entries.cbegin(), coro.entries.cend(), [](const LogEntry &e) {
            return e.message() == QLatin1String("[KNET  ] link: host: 1 link: 0 is down");
        });
        QVERIFY(down != coro.entries.cend());
        QVERIFY(down->flags & LinkDown);
        QCOMPARE(down->timeUs % kUsPerSecond, qint64(0)); // whole seconds: no fraction written
        auto up = std::find_if(coro.entries.cbegin(), coro.entries.cend(), [](const LogEntry &e) {
            return e.message().endsWith(QLatin1String("link: 0 is up"));
        });
        QVERIFY(up != coro.entries.cend() && (up->flags & LinkUp));
        QVERIFY(std::any_of(coro.entries.cbegin(), coro.entries.cend(), [](const LogEntry &e) {
            return (e.flags & Membership) && e.message().contains(QLatin1String("Members left"));
        }));

        const LoadedFile db = load("lab-node1-mysql-error.log");
        QCOMPARE(db.format, LogFormat::MariaDbLog);
        QCOMPARE(db.entries.front().source, QStringLiteral("mysqld_safe"));
        const auto parsed = std::count_if(db.entries.cbegin(), db.entries.cend(),
                                          [](const LogEntry &e) { return e.parsed; });
        QVERIFY(parsed >= qsizetype(db.entries.size()) - 3); // "Version: ..." lines stay raw
    }

    void formatNamesRoundTrip()
    {
        for (LogFormat fmt : {LogFormat::JournalJson, LogFormat::JournalShortIso, LogFormat::Syslog3164,
                              LogFormat::Syslog5424, LogFormat::PacemakerLog, LogFormat::CorosyncLog,
                              LogFormat::MariaDbLog})
            QCOMPARE(formatFromName(formatName(fmt)), fmt);
    }
};

QTEST_GUILESS_MAIN(TestLogParsers)
#include "tst_logparsers.moc"
