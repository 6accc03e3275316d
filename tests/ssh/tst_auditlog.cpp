// The audit log file (append-only JSON Lines, mode 0600, default path rules) and its model
// (loads the tail, appends with rowsInserted, stays bounded by removing the oldest rows).

#include "audit/auditlog.h"
#include "audit/auditlogmodel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace ha;

class TstAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void defaultPathFollowsEnvironment();
    void appendWritesOneJsonLinePerRecordWithMode0600();
    void readTailSkipsBrokenLinesAndKeepsTheLast();
    void modelLoadsTailAndAppendsIncrementally();
    void modelStaysBounded();
};

namespace {

AuditRecord record(int i)
{
    AuditRecord r;
    r.time = QDateTime::fromMSecsSinceEpoch(1700000000000 + i, Qt::UTC);
    r.node = QStringLiteral("node%1").arg(i % 2 + 1);
    r.user = QStringLiteral("root");
    r.localUser = QStringLiteral("operator");
    r.templateName = QStringLiteral("crm_mon.xml");
    r.commandLine = QStringLiteral("crm_mon -1 --output-as=xml --inactive # %1").arg(i);
    r.exitCode = i % 3;
    r.durationMs = 100 + i;
    if (i % 5 == 4) {
        r.error = QStringLiteral("timeout");
        r.errorMessage = QStringLiteral("did not finish");
    }
    return r;
}

} // namespace

void TstAuditLog::defaultPathFollowsEnvironment()
{
    qputenv("HACONSOLE_STATE_DIR", "/x/state");
    QCOMPARE(AuditLog::defaultPath(), QStringLiteral("/x/state/audit.jsonl"));
    qunsetenv("HACONSOLE_STATE_DIR");
    qputenv("XDG_STATE_HOME", "/y");
    QCOMPARE(AuditLog::defaultPath(), QStringLiteral("/y/haconsole/audit.jsonl"));
    qunsetenv("XDG_STATE_HOME");
    QCOMPARE(AuditLog::defaultPath(),
             QDir::homePath() + QStringLiteral("/.local/state/haconsole/audit.jsonl"));
}

void TstAuditLog::appendWritesOneJsonLinePerRecordWithMode0600()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/sub/audit.jsonl");
    AuditLog log(path);
    QSignalSpy spy(&log, &AuditLog::appended);
    QVERIFY(log.append(record(0)).ok());
    QVERIFY(log.append(record(4)).ok());
    QCOMPARE(spy.count(), 2);

    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // two records and the empty rest after the last newline
    QVERIFY(lines.at(2).isEmpty());
    const auto first = AuditRecord::fromJson(lines.at(0));
    QVERIFY(first.has_value());
    QCOMPARE(first->node, QStringLiteral("node1"));
    QCOMPARE(first->commandLine, record(0).commandLine);
    QCOMPARE(first->time, record(0).time);
    QVERIFY(lines.at(0).contains("\"time\":\"2023-11-14T22:13:20.000Z\""));
    QVERIFY(!lines.at(0).contains("\"error\""));
    const auto second = AuditRecord::fromJson(lines.at(1));
    QCOMPARE(second->error, QStringLiteral("timeout"));
    QCOMPARE(second->durationMs, 104);

    // Append-only: a new AuditLog on the same file adds, never truncates.
    AuditLog again(path);
    QVERIFY(again.append(record(1)).ok());
    QCOMPARE(AuditLog::readTail(path, 100).value().size(), 3);
}

void TstAuditLog::readTailSkipsBrokenLinesAndKeepsTheLast()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/audit.jsonl");
    AuditLog log(path);
    for (int i = 0; i < 10; ++i)
        QVERIFY(log.append(record(i)).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write("{not json\n{\"time\":\"garbage\"}\n");
    f.close();
    QVERIFY(log.append(record(10)).ok());

    const auto tail = AuditLog::readTail(path, 3);
    QVERIFY(tail.ok());
    QCOMPARE(tail->size(), 3);
    QCOMPARE(tail->at(0).commandLine, record(8).commandLine);
    QCOMPARE(tail->at(2).commandLine, record(10).commandLine);
    QVERIFY(AuditLog::readTail(dir.path() + QStringLiteral("/missing"), 3)->isEmpty());
}

void TstAuditLog::modelLoadsTailAndAppendsIncrementally()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/audit.jsonl");
    AuditLog log(path);
    for (int i = 0; i < 5; ++i)
        QVERIFY(log.append(record(i)).ok());

    AuditLogModel model(&log, 100);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
    QCOMPARE(model.data(model.index(4, AuditLogModel::Command)).toString(), record(4).commandLine);
    QCOMPARE(model.data(model.index(4, AuditLogModel::Error)).toString(),
             QStringLiteral("timeout"));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(log.append(record(5)).ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 5);
    QCOMPARE(inserted.at(0).at(2).toInt(), 5);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.data(model.index(5, AuditLogModel::Node)).toString(), record(5).node);
}

void TstAuditLog::modelStaysBounded()
{
    QTemporaryDir dir;
    AuditLog log(dir.path() + QStringLiteral("/audit.jsonl"));
    for (int i = 0; i < 8; ++i)
        QVERIFY(log.append(record(i)).ok());
    AuditLogModel model(&log, 5);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.record(0).commandLine, record(3).commandLine);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(log.append(record(8)).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.record(0).commandLine, record(4).commandLine);
    QCOMPARE(model.record(4).commandLine, record(8).commandLine);
}

QTEST_GUILESS_MAIN(TstAuditLog)
#include "tst_auditlog.moc"
