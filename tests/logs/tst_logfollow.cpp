// Following a log across reconnects: a replayed overlap is dropped, nothing new is lost, and the
// resume point and follow commands say where to pick up.
#include "logs/logfollow.h"

#include <QTest>

using namespace ha::logs;

namespace {

QList<QByteArray> lines(int from, int to) // [from, to)
{
    QList<QByteArray> out;
    for (int i = from; i < to; ++i)
        out << "Nov 25 09:12:" + QByteArray::number(i).rightJustified(2, '0') + ".000 [14] node1 corosync notice  [TOTEM ] line " + QByteArray::number(i);
    return out;
}

} // namespace

class TestLogFollow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reconnectReplayingOverlapLosesAndDuplicatesNothing()
    {
        TailDeduplicator dedup(64);
        QList<QByteArray> delivered;
        delivered += dedup.feed(lines(0, 10));
        delivered += dedup.feed(lines(10, 20));
        // The connection drops; `tail -n 8 -F` on reconnect replays lines 12..19, then new ones.
        dedup.reconnected();
        delivered += dedup.feed(lines(12, 17));    // only overlap so far: held back, nothing out
        QCOMPARE(delivered.size(), 20);
        delivered += dedup.feed(lines(17, 25));    // rest of the overlap and 5 new lines
        delivered += dedup.feed(lines(25, 30));
        QCOMPARE(delivered, lines(0, 30));
        QCOMPARE(dedup.droppedLines(), qint64(8));
    }

    void replayLongerThanTheWindow()
    {
        // 64 lines remembered, but a restart replays the last 200 lines of the file (tail -n 200):
        // the cut is after the last place the whole remembered window occurs.
        TailDeduplicator dedup(64);
        dedup.setReplayLines(200);
        QList<QByteArray> delivered = dedup.feed(lines(0, 300));
        dedup.reconnected();
        // Written while away: 300..339. The replay is 140..339 (200 lines), then live 340..349.
        delivered += dedup.feed(lines(140, 250));
        QCOMPARE(delivered.size(), 300); // still inside the replay: held
        delivered += dedup.feed(lines(250, 350));
        QCOMPARE(delivered, lines(0, 350));
        QCOMPARE(dedup.droppedLines(), qint64(160));
    }

    void shortReplayResolvedByFlush()
    {
        // The file has fewer lines than the replay asks for: it ends inside the window.
        TailDeduplicator dedup(64);
        dedup.setReplayLines(200);
        QList<QByteArray> delivered = dedup.feed(lines(0, 30));
        dedup.reconnected();
        delivered += dedup.feed(lines(0, 35)); // the whole file again, 5 lines written meanwhile
        QCOMPARE(delivered.size(), 30);
        delivered += dedup.flush();            // quiet: the replay is complete
        QCOMPARE(delivered, lines(0, 35));
        // Nothing recognisable (rotated file): everything is new.
        dedup.reconnected();
        delivered += dedup.feed({QByteArray("fresh 1"), QByteArray("fresh 2")});
        delivered += dedup.flush();
        QCOMPARE(delivered.size(), 37);
        QCOMPARE(delivered.last(), QByteArray("fresh 2"));
    }

    void reconnectWithoutOverlapDeliversEverything()
    {
        TailDeduplicator dedup;
        QList<QByteArray> delivered = dedup.feed(lines(0, 5));
        dedup.reconnected();
        delivered += dedup.feed(lines(5, 9)); // resumed exactly at the offset: nothing replayed
        QCOMPARE(delivered, lines(0, 9));
        QCOMPARE(dedup.droppedLines(), qint64(0));
    }

    void repeatedIdenticalLinesAreNotMistakenForOverlap()
    {
        // The tail ends in "A A"; the replay is "A A" then a new "A" and "B": exactly one new A.
        TailDeduplicator dedup;
        const QByteArray a("A"), b("B"), x("X");
        QList<QByteArray> delivered = dedup.feed({x, a, a});
        dedup.reconnected();
        delivered += dedup.feed({a, a, a, b});
        QCOMPARE(delivered, (QList<QByteArray>{x, a, a, a, b}));
    }

    void heldLinesAreReleasedByFlushOrNextReconnect()
    {
        TailDeduplicator dedup;
        QList<QByteArray> delivered = dedup.feed(lines(0, 5));
        dedup.reconnected();
        delivered += dedup.feed(lines(3, 5)); // looks like a full overlap: dropped
        QCOMPARE(delivered, lines(0, 5));
        dedup.reconnected();
        delivered += dedup.feed(lines(2, 4)); // matches, but not up to the end: ambiguous, held
        QCOMPARE(delivered.size(), 5);
        delivered += dedup.flush();           // no more data came: they were real new lines
        QCOMPARE(delivered, lines(0, 5) + lines(2, 4));
    }

    void resumePointTracksOffsetAndLastLine()
    {
        TailDeduplicator dedup;
        ResumePoint start;
        start.byteOffset = 1000;
        start.inode = 4242;
        start.lastLine = lines(9, 10).first();
        start.nextSequence = 10;
        dedup.restore(start);
        // Resuming replays the last delivered line on purpose (to check the offset): dropped.
        const QList<QByteArray> out = dedup.feed(lines(9, 12));
        QCOMPARE(out, lines(10, 12));
        const ResumePoint p = dedup.resumePoint();
        QCOMPARE(p.byteOffset, qint64(1000 + lines(10, 11).first().size() + 1 + lines(11, 12).first().size() + 1));
        QCOMPARE(p.lastLine, lines(11, 12).first());
        QCOMPARE(p.nextSequence, quint64(12));
        QCOMPARE(p.inode, quint64(4242));
    }

    void followCommands()
    {
        ResumePoint none;
        QCOMPARE(fileFollowCommand(QStringLiteral("/var/log/pacemaker/pacemaker.log"), none, 200),
                 QStringLiteral("exec tail -n 200 -F -- /var/log/pacemaker/pacemaker.log"));
        ResumePoint r;
        r.byteOffset = 500;
        r.inode = 77;
        r.lastLine = QByteArray(99, 'x'); // 100 bytes with its newline: starts at byte 401
        const QString cmd = fileFollowCommand(QStringLiteral("/var/log/it's.log"), r, 200);
        QVERIFY(cmd.contains(QLatin1String("= 77 ]")));
        QVERIFY(cmd.contains(QLatin1String("tail -c +401 -F -- '/var/log/it'\\''s.log'")));
        QVERIFY(cmd.contains(QLatin1String("-ge 500 ]")));

        ResumePoint j;
        QCOMPARE(journalFollowCommand({QStringLiteral("corosync"), QStringLiteral("pacemaker")}, j),
                 QStringLiteral("journalctl --no-pager -o json -f --since=-1h -u corosync -u pacemaker"));
        j.cursor = QStringLiteral("s=6a1c;i=1a2f;b=0c1d");
        QCOMPARE(journalFollowCommand({}, j),
                 QStringLiteral("journalctl --no-pager -o json -f '--after-cursor=s=6a1c;i=1a2f;b=0c1d'"));
    }

    void journalCursorDeduplication()
    {
        JournalDeduplicator dedup(3);
        QVERIFY(dedup.accept(QStringLiteral("c1")));
        QVERIFY(dedup.accept(QStringLiteral("c2")));
        QVERIFY(!dedup.accept(QStringLiteral("c1"))); // replayed after a reconnect with --since
        QVERIFY(dedup.accept(QStringLiteral("c3")));
        QCOMPARE(dedup.resumePoint().cursor, QStringLiteral("c3"));
        QVERIFY(dedup.accept(QString())); // nothing to key on: never dropped
    }
};

QTEST_GUILESS_MAIN(TestLogFollow)
#include "tst_logfollow.moc"
