// The log controller against the real lab cluster: a failover shows in the merged timeline in
// order and within 2 s, and a node whose sshd is killed mid-tail loses no line and repeats none.
#include "audit/auditlog.h"
#include "labcontrol.h"
#include "logsource/logcontroller.h"
#include "monitor/clustermonitor.h"
#include "monitor/nodewatcher.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ha;
using namespace ha::logsource;

class TstLogSourceLab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void bothNodesProbed();
    void failoverAppearsInOrderWithinTwoSeconds();
    void reconnectMidTailLosesNothingAndDuplicatesNothing();
    void cliPrintsBothNodesInTimeOrder();

private:
    QString groupLocation();
    qsizetype find(const QRegularExpression &re, const QString &node, qsizetype from = 0) const;
    void writeMarkers(const QString &node, int from, int to);

    QTemporaryDir m_dir;
    AuditLog *m_audit = nullptr;
    ClusterMonitor *m_monitor = nullptr;
    LogController *m_logs = nullptr;
    QHash<qint64, qint64> m_arrivalUs; // absolute index -> when it reached the store
    const QString m_stamp = QString::number(QDateTime::currentSecsSinceEpoch()); // this run's markers
};

void TstLogSourceLab::initTestCase()
{
    Result<ClusterProfile> p = test::labProfile();
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    m_audit = new AuditLog(m_dir.filePath(QStringLiteral("audit.jsonl")), this);
    m_monitor = new ClusterMonitor(p.value(), m_audit, nullptr, this);
    m_monitor->start();
    m_logs = new LogController(this);
    m_logs->setWindowSeconds(600);
    connect(m_logs->store(), &logs::LogStore::appended, this, [this](qsizetype first, qsizetype last) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;
        for (qsizetype r = first; r <= last; ++r)
            m_arrivalUs.insert(m_logs->store()->firstIndex() + r, now);
    });
    m_logs->attach(m_monitor);
    m_logs->start();
}

void TstLogSourceLab::cleanupTestCase()
{
    if (m_logs)
        m_logs->stop();
    if (m_monitor)
        m_monitor->stop();
}

QString TstLogSourceLab::groupLocation()
{
    const test::LabRun r = test::labExec(QStringLiteral("node1"),
                                         QStringLiteral("crm_resource --resource db-group --locate"));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("running on: (\\S+)")).match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1) : QString();
}

qsizetype TstLogSourceLab::find(const QRegularExpression &re, const QString &node, qsizetype from) const
{
    const logs::LogStore *s = m_logs->store();
    for (qsizetype i = from; i < s->size(); ++i) {
        if ((node.isEmpty() || s->at(i).node == node) && re.match(s->at(i).message()).hasMatch())
            return i;
    }
    return -1;
}

void TstLogSourceLab::bothNodesProbed()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_logs->nodeInfos().size(), 2, 30000);
    for (const NodeLogInfo &i : m_logs->nodeInfos()) {
        QVERIFY(!i.journal); // no systemd in the lab
        QVERIFY2(i.files.contains(QStringLiteral("/var/log/pacemaker/pacemaker.log")), qPrintable(i.files.join(u' ')));
        QVERIFY(i.files.contains(QStringLiteral("/var/log/corosync/corosync.log")));
        QVERIFY(i.clockKnown);
        // One kernel, one clock: the measured offset is within the measurement error, so the
        // console does not "correct" timestamps by noise.
        QVERIFY2(!i.offsetApplied(), qPrintable(QStringLiteral("%1 ± %2 us").arg(i.clockOffsetUs).arg(i.roundTripUs / 2)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_logs->store()->size() > 0, 20000);
}

void TstLogSourceLab::failoverAppearsInOrderWithinTwoSeconds()
{
    const QString from = groupLocation();
    QVERIFY(!from.isEmpty());
    const QString to = from == QLatin1String("node1") ? QStringLiteral("node2") : QStringLiteral("node1");
    const qsizetype start = m_logs->store()->size();
    HA_LAB_OK(test::labExec(from, QStringLiteral("crm_resource --resource db-group --move --node ") + to));
    const QRegularExpression stopRe(QStringLiteral("Result of stop operation for db-mysql-p on ") + from);
    const QRegularExpression startRe(QStringLiteral("Result of start operation for db-mysql-p on ") + to);
    QTRY_VERIFY_WITH_TIMEOUT(find(startRe, QString(), start) >= 0, 40000);
    HA_LAB_OK(test::labExec(from, QStringLiteral("crm_resource --resource db-group --clear")));
    const qsizetype stop = find(stopRe, QString(), start);
    const qsizetype started = find(startRe, QString(), start);
    QVERIFY(stop >= 0);
    QVERIFY2(stop < started, "the stop on the old node comes before the start on the new one");
    for (qsizetype i : {stop, started}) {
        const qint64 idx = m_logs->store()->firstIndex() + i;
        const qint64 lagUs = m_arrivalUs.value(idx) - m_logs->store()->at(i).timeUs;
        qInfo("%s: in the timeline %lld ms after it was written", qPrintable(m_logs->store()->at(i).message()),
              lagUs / 1000);
        QVERIFY(lagUs <= 2000000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(groupLocation(), to, 30000);
}

void TstLogSourceLab::writeMarkers(const QString &node, int from, int to)
{
    // pacemaker.log format, written the way pacemakerd would (append).
    HA_LAB_OK(test::labExec(node, QStringLiteral(
        "for i in $(seq %1 %2); do printf '%s %s pacemaker-controld  [1] (logtest) \\tnotice: logtest %3 marker %s\\n' "
        "\"$(date '+%b %d %H:%M:%S.%N' | cut -c1-19)\" \"$(uname -n)\" \"$i\" >> /var/log/pacemaker/pacemaker.log; done")
        .arg(from).arg(to - 1).arg(m_stamp)));
}

void TstLogSourceLab::reconnectMidTailLosesNothingAndDuplicatesNothing()
{
    const QString node = QStringLiteral("node2");
    writeMarkers(node, 0, 50);
    const QRegularExpression any(QStringLiteral("^logtest %1 marker \\d+$").arg(m_stamp));
    HA_LAB_OK(test::labExec(node, QStringLiteral("pkill -x sshd")));
    writeMarkers(node, 50, 150);
    HA_LAB_OK(test::lab({QStringLiteral("start-node"), node}));
    NodeSession *s = m_monitor->watcher(node)->session();
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), NodeSession::State::Connected, 30000);
    writeMarkers(node, 150, 200);
    auto count = [&] {
        QHash<int, int> seen;
        for (qsizetype i = 0; i < m_logs->store()->size(); ++i) {
            const auto &e = m_logs->store()->at(i);
            const QString m = e.message();
            if (e.node == node && any.match(m).hasMatch())
                ++seen[m.section(u' ', 3).toInt()];
        }
        return seen;
    };
    QTRY_COMPARE_WITH_TIMEOUT(count().size(), 200, 30000);
    QTest::qWait(2000);
    const QHash<int, int> seen = count();
    for (int i = 0; i < 200; ++i)
        QVERIFY2(seen.value(i) == 1, qPrintable(QStringLiteral("marker %1 seen %2 times").arg(i).arg(seen.value(i))));
}

void TstLogSourceLab::cliPrintsBothNodesInTimeOrder()
{
    // Written alternately on the two nodes, a moment apart: the CLI must interleave them.
    const QString tag = QStringLiteral("cli%1").arg(m_stamp);
    for (const auto &[node, n] : {std::pair{QStringLiteral("node1"), 1}, {QStringLiteral("node2"), 2},
                                  {QStringLiteral("node1"), 3}, {QStringLiteral("node2"), 4}}) {
        HA_LAB_OK(test::labExec(node, QStringLiteral(
            "printf '%s %s pacemaker-controld  [1] (logtest) \\tnotice: %1 step %2\\n' "
            "\"$(date '+%b %d %H:%M:%S.%N' | cut -c1-19)\" \"$(uname -n)\" >> /var/log/pacemaker/pacemaker.log")
            .arg(tag).arg(n)));
        QTest::qWait(300);
    }
    QProcess cli;
    cli.start(QStringLiteral(HA_CLI_BINARY),
              {QStringLiteral("--profile"), QStringLiteral("lab"), QStringLiteral("logs"), QStringLiteral("--since"),
               QStringLiteral("-5m"), QStringLiteral("--grep"), tag});
    QVERIFY(cli.waitForFinished(90000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == 0, qPrintable(err));
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(lines.at(i).contains(QStringLiteral(" node%1 ").arg(i % 2 + 1)), qPrintable(out));
        QVERIFY2(lines.at(i).endsWith(QStringLiteral("%1 step %2").arg(tag).arg(i + 1)), qPrintable(out));
    }
    // Without a profile's nodes reachable the exit code says so: covered by unit tests; here the
    // secrets must not leak into what the CLI printed.
    QVERIFY(!err.contains(QLatin1String("password"), Qt::CaseInsensitive));
}

QTEST_GUILESS_MAIN(TstLogSourceLab)
#include "tst_logsource_lab.moc"
