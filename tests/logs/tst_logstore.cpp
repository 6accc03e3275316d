// The bounded store and its table model: evictions at the head, appends at the end, both as
// incremental row signals (never a reset), checked by QAbstractItemModelTester.
#include "logs/logmodel.h"
#include "logs/logstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ha::logs;

namespace {

std::vector<LogEntry> batch(int first, int count)
{
    std::vector<LogEntry> out;
    for (int i = first; i < first + count; ++i) {
        LogEntry e;
        e.timeUs = i;
        e.node = QStringLiteral("node1");
        e.source = QStringLiteral("corosync");
        e.severity = Severity::Notice;
        const QByteArray msg = "line " + QByteArray::number(i);
        e.setRaw(msg, 0);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace

class TestLogStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultCapacityIsOneMillion()
    {
        LogStore store;
        QCOMPARE(store.capacity(), qsizetype(1000000));
    }

    void evictsAtTheHead()
    {
        LogStore store(10);
        QSignalSpy aboutEvict(&store, &LogStore::aboutToEvict);
        QSignalSpy appended(&store, &LogStore::appended);
        store.append(batch(0, 6));
        QCOMPARE(aboutEvict.count(), 0);
        QCOMPARE(appended.takeFirst(), (QVariantList{qsizetype(0), qsizetype(5)}));
        store.append(batch(6, 7)); // 13 > 10: the 3 oldest go first
        QCOMPARE(aboutEvict.takeFirst(), QVariantList{qsizetype(3)});
        QCOMPARE(appended.takeFirst(), (QVariantList{qsizetype(3), qsizetype(9)}));
        QCOMPARE(store.size(), qsizetype(10));
        QCOMPARE(store.firstIndex(), qint64(3));
        QCOMPARE(store.at(0).message(), QStringLiteral("line 3"));
        QCOMPARE(store.at(9).message(), QStringLiteral("line 12"));
        QCOMPARE(store.entry(12).message(), QStringLiteral("line 12")); // absolute index
    }

    void batchLargerThanCapacityKeepsNewest()
    {
        LogStore store(5);
        store.append(batch(0, 3));
        store.append(batch(3, 8));
        QCOMPARE(store.size(), qsizetype(5));
        QCOMPARE(store.at(0).message(), QStringLiteral("line 6"));
        QCOMPARE(store.at(4).message(), QStringLiteral("line 10"));
    }

    void manyBlocksAndSnapshotsSurviveEviction()
    {
        LogStore store(20000);
        store.append(batch(0, 15000));
        const LogSnapshot snap = store.snapshot();
        store.append(batch(15000, 30000)); // evicts everything the snapshot covers
        QCOMPARE(store.firstIndex(), qint64(25000));
        QCOMPARE(store.at(0).message(), QStringLiteral("line 25000"));
        // The snapshot still reads its own entries (blocks are shared, freed when it goes).
        QCOMPARE(snap.size(), qsizetype(15000));
        QCOMPARE(snap.at(0).message(), QStringLiteral("line 0"));
        QCOMPARE(snap.at(14999).message(), QStringLiteral("line 14999"));
    }

    void shrinkingCapacityEvicts()
    {
        LogStore store(10);
        store.append(batch(0, 10));
        QSignalSpy evicted(&store, &LogStore::evicted);
        store.setCapacity(4);
        QCOMPARE(evicted.takeFirst(), QVariantList{qsizetype(6)});
        QCOMPARE(store.at(0).message(), QStringLiteral("line 6"));
    }

    void modelFollowsIncrementally()
    {
        LogStore store(8);
        LogModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        store.append(batch(0, 5));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4);
        QCOMPARE(removed.count(), 0);

        store.append(batch(5, 6)); // 11 > 8: rows 0..2 removed, then 5..10 inserted at 5..7
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), 2);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 2);
        QCOMPARE(inserted.at(1).at(2).toInt(), 7);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 8);

        QCOMPARE(model.data(model.index(0, LogModel::MessageColumn)).toString(), QStringLiteral("line 3"));
        QCOMPARE(model.data(model.index(0, LogModel::TimeColumn)).toString(),
                 QStringLiteral("1970-01-01T00:00:00.000003Z"));
        QCOMPARE(model.data(model.index(0, LogModel::NodeColumn)).toString(), QStringLiteral("node1"));
        QCOMPARE(model.data(model.index(0, LogModel::SourceColumn)).toString(), QStringLiteral("corosync"));
        QCOMPARE(model.data(model.index(0, LogModel::SeverityColumn)).toString(), QStringLiteral("notice"));
        QCOMPARE(model.data(model.index(0, 0), LogModel::SeverityRole).toInt(), int(Severity::Notice));
        QCOMPARE(model.data(model.index(7, 0), LogModel::AbsoluteIndexRole).toLongLong(), qint64(10));
        QCOMPARE(model.data(model.index(7, 0), LogModel::TimeUsRole).toLongLong(), qint64(10));
    }

    void flagsRoleCarriesHighlights()
    {
        LogStore store;
        LogModel model(&store);
        std::vector<LogEntry> b = batch(0, 1);
        b[0].flags = Fencing | Membership;
        store.append(std::move(b));
        QCOMPARE(model.data(model.index(0, 0), LogModel::FlagsRole).toInt(), int(Fencing | Membership));
    }
};

QTEST_GUILESS_MAIN(TestLogStore)
#include "tst_logstore.moc"
