// The bounded histories behind the charts: the ring keeps a fixed amount and drops the oldest;
// the outage detector turns samples into intervals; the group timeline finds failovers in the
// monitor's location feed and gives each the probe outage that overlaps it.

#include "cluster/crmmonparser.h"
#include "probe/grouptimeline.h"
#include "probe/outagedetector.h"
#include "probe/ringbuffer.h"
#include "probe/servicehealth.h"

#include <QSignalSpy>
#include <QTest>

using namespace ha;

namespace {

ProbeSample up(qint64 t, float latency = 1.5f)
{
    return ProbeSample{t, latency, ProbeFailure::None, true};
}
ProbeSample down(qint64 t, ProbeFailure f = ProbeFailure::Timeout)
{
    return ProbeSample{t, 1000.f, f, false};
}

} // namespace

class TstProbeSeries : public QObject
{
    Q_OBJECT
private slots:
    void ringKeepsOrderBeforeFull();
    void ringEvictsOldest();
    void ringSixHoursIsFixedMemory();
    void ringCapacityAtLeastOne();
    void outageFirstFailureToFirstSuccess();
    void outageAtStartAndOngoing();
    void outagesAreBounded();
    void outageOverlapping();
    void timelineFailoverThroughGap();
    void timelineDirectChangeAndReturn();
    void timelineSameNodeRestartIsNoFailover();
    void downtimeFromOverlappingOutage();
    void downtimeWaitsForOutageEnd();
    void moveWithoutOutageStaysUnmeasured();
    void groupLocationFromCrmMon_data();
    void groupLocationFromCrmMon();
    void serviceHealthAnnouncesMeasuredFailover();
};

void TstProbeSeries::ringKeepsOrderBeforeFull()
{
    RingBuffer<int> r(5);
    QVERIFY(r.isEmpty());
    for (int i = 0; i < 3; ++i)
        r.append(i);
    QCOMPARE(r.size(), 3);
    QVERIFY(!r.isFull());
    QCOMPARE(r.first(), 0);
    QCOMPARE(r.last(), 2);
    QCOMPARE(r.evicted(), 0);
}

void TstProbeSeries::ringEvictsOldest()
{
    RingBuffer<int> r(4);
    for (int i = 0; i < 11; ++i)
        r.append(i);
    QCOMPARE(r.size(), 4);
    QVERIFY(r.isFull());
    QCOMPARE(r.evicted(), 7);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(r.at(i), 7 + i);
    r.at(0) = 100;
    QCOMPARE(r.first(), 100);
    r.clear();
    QCOMPARE(r.size(), 0);
    r.append(42);
    QCOMPARE(r.first(), 42);
    QCOMPARE(r.capacity(), 4);
}

void TstProbeSeries::ringSixHoursIsFixedMemory()
{
    // A day of 1 Hz samples through a 6-hour ring: it holds exactly the newest 6 hours.
    static_assert(sizeof(ProbeSample) <= 16, "history samples must stay compact");
    RingBuffer<ProbeSample> r(kDefaultHistorySamples);
    QCOMPARE(r.capacity(), 21600);
    const qint64 t0 = 1'700'000'000'000;
    const int day = 24 * 3600;
    for (int i = 0; i < day; ++i)
        r.append(up(t0 + i * 1000LL, float(i % 7)));
    QCOMPARE(r.size(), 21600);
    QCOMPARE(r.capacity(), 21600);
    QCOMPARE(r.evicted(), qint64(day - 21600));
    QCOMPARE(r.first().timeMs, t0 + (day - 21600) * 1000LL);
    QCOMPARE(r.last().timeMs, t0 + (day - 1) * 1000LL);
    for (qsizetype i = 1; i < r.size(); ++i)
        QVERIFY(r.at(i).timeMs == r.at(i - 1).timeMs + 1000);
}

void TstProbeSeries::ringCapacityAtLeastOne()
{
    RingBuffer<int> r(0);
    QCOMPARE(r.capacity(), 1);
    r.append(1);
    r.append(2);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.first(), 2);
}

void TstProbeSeries::outageFirstFailureToFirstSuccess()
{
    OutageDetector d;
    QVERIFY(!d.isUp().has_value());
    QCOMPARE(d.feed(up(1000)), OutageDetector::Change::None);
    QCOMPARE(d.feed(up(2000)), OutageDetector::Change::None);
    QCOMPARE(d.feed(down(3000, ProbeFailure::Refused)), OutageDetector::Change::Started);
    QCOMPARE(d.feed(down(4000)), OutageDetector::Change::None);
    QCOMPARE(d.feed(down(5000)), OutageDetector::Change::None);
    QVERIFY(d.current().has_value());
    QCOMPARE(d.current()->lengthMs(5500), 2500);
    QCOMPARE(*d.isUp(), false);
    QCOMPARE(d.feed(up(6000, 2.4f)), OutageDetector::Change::Ended);
    QVERIFY(!d.current().has_value());
    QCOMPARE(d.finished().size(), 1);
    const Outage o = d.finished().first();
    QCOMPARE(o.startMs, 3000);
    QCOMPARE(o.endMs, 6002); // the greeting arrived 2.4 ms after the probe started
    QCOMPARE(o.lengthMs(0), 3002);
    QCOMPARE(o.failedProbes, 3);
    QCOMPARE(o.firstFailure, ProbeFailure::Refused); // the first reason, not the last
    QCOMPARE(d.feed(up(7000)), OutageDetector::Change::None);
    QCOMPARE(d.finished().size(), 1);
}

void TstProbeSeries::outageAtStartAndOngoing()
{
    OutageDetector d;
    QCOMPARE(d.feed(down(100)), OutageDetector::Change::Started);
    QCOMPARE(d.outages().size(), 1);
    QVERIFY(d.outages().first().ongoing());
    QCOMPARE(d.feed(up(900, 0)), OutageDetector::Change::Ended);
    QCOMPARE(d.feed(down(1000)), OutageDetector::Change::Started);
    const QList<Outage> all = d.outages();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).lengthMs(0), 800);
    QVERIFY(all.at(1).ongoing());
    d.clear();
    QVERIFY(d.outages().isEmpty());
}

void TstProbeSeries::outagesAreBounded()
{
    OutageDetector d(3);
    for (int i = 0; i < 10; ++i) {
        d.feed(down(i * 100));
        d.feed(up(i * 100 + 50, 0));
    }
    QCOMPARE(d.finished().size(), 3);
    QCOMPARE(d.finished().first().startMs, 700);
    QCOMPARE(d.lastFinished()->startMs, 900);
}

void TstProbeSeries::outageOverlapping()
{
    OutageDetector d;
    d.feed(down(1000));
    d.feed(up(2000, 0));
    d.feed(down(5000));
    d.feed(up(6000, 0));
    d.feed(down(9000)); // ongoing
    QCOMPARE(d.overlapping(0, 999).size(), 0);
    QCOMPARE(d.overlapping(0, 1000).size(), 1);
    QCOMPARE(d.overlapping(2001, 4999).size(), 0);
    QCOMPARE(d.overlapping(1500, 5500).size(), 2);
    const QList<Outage> late = d.overlapping(10000, 20000);
    QCOMPARE(late.size(), 1);
    QVERIFY(late.first().ongoing());
}

void TstProbeSeries::timelineFailoverThroughGap()
{
    GroupTimeline t;
    QVERIFY(t.observe(1000, QStringLiteral("node1")));
    QVERIFY(!t.observe(2000, QStringLiteral("node1")));
    QVERIFY(t.observe(3000, QString()));       // stopping on node1
    QVERIFY(!t.observe(3500, QString()));
    QVERIFY(t.observe(6000, QStringLiteral("node2")));
    QCOMPARE(t.changes().size(), 3);
    QCOMPARE(t.failovers().size(), 1);
    const FailoverEvent e = t.failovers().first();
    QCOMPARE(e.from, QStringLiteral("node1"));
    QCOMPARE(e.to, QStringLiteral("node2"));
    QCOMPARE(e.leftMs, 3000);
    QCOMPARE(e.arrivedMs, 6000);
    QCOMPARE(e.clusterGapMs(), 3000);
    QVERIFY(!e.measured());
    QCOMPARE(*t.current(), QStringLiteral("node2"));
}

void TstProbeSeries::timelineDirectChangeAndReturn()
{
    GroupTimeline t;
    t.observe(0, QStringLiteral("node1"));
    t.observe(10000, QStringLiteral("node2")); // the monitor missed the gap
    t.observe(20000, QString());
    t.observe(21000, QStringLiteral("node1"));
    QCOMPARE(t.failovers().size(), 2);
    QCOMPARE(t.failovers().at(0).leftMs, 10000);
    QCOMPARE(t.failovers().at(0).arrivedMs, 10000);
    QCOMPARE(t.failovers().at(1).from, QStringLiteral("node2"));
    QCOMPARE(t.failovers().at(1).to, QStringLiteral("node1"));
    QCOMPARE(t.failovers().at(1).leftMs, 20000);
}

void TstProbeSeries::timelineSameNodeRestartIsNoFailover()
{
    GroupTimeline t;
    t.observe(0, QStringLiteral("node1"));
    t.observe(1000, QString());  // mysql failed, being recovered in place
    t.observe(4000, QStringLiteral("node1"));
    QCOMPARE(t.changes().size(), 3);
    QCOMPARE(t.failovers().size(), 0);
    // Later failover: leaving is counted from the latest departure, not the earlier one.
    t.observe(8000, QString());
    t.observe(9000, QStringLiteral("node2"));
    QCOMPARE(t.failovers().size(), 1);
    QCOMPARE(t.failovers().first().leftMs, 8000);
}

void TstProbeSeries::downtimeFromOverlappingOutage()
{
    // A crash: clients lose the service at 10 s, the cluster notices late and shows the group
    // leave node1 at 17 s and arrive on node2 at 19 s; clients get it back at 18.5 s.
    OutageDetector d;
    d.feed(up(1000));
    d.feed(down(2500));
    d.feed(up(3000, 0)); // an unrelated blip long before
    d.feed(up(9000));
    d.feed(down(10000));
    for (int s = 11; s <= 18; ++s)
        d.feed(down(s * 1000));
    d.feed(up(18500, 0));
    GroupTimeline t;
    t.observe(0, QStringLiteral("node1"));
    t.observe(17000, QString());
    t.observe(19000, QStringLiteral("node2"));
    QCOMPARE(t.attachDowntimes(d), 1);
    const FailoverEvent e = t.failovers().first();
    QVERIFY(e.measured());
    QCOMPARE(e.downtimeMs, 8500);
    QCOMPARE(e.outageStartMs, 10000);
    QCOMPARE(e.outageEndMs, 18500);
    QCOMPARE(t.attachDowntimes(d), 0); // settled
}

void TstProbeSeries::downtimeWaitsForOutageEnd()
{
    OutageDetector d;
    d.feed(up(0));
    d.feed(down(1000));
    GroupTimeline t;
    t.observe(0, QStringLiteral("node1"));
    t.observe(1500, QStringLiteral("node2"));
    QCOMPARE(t.attachDowntimes(d), 0); // still down: length unknown
    QVERIFY(!t.failovers().first().measured());
    d.feed(down(2000));
    d.feed(up(3000, 0));
    QCOMPARE(t.attachDowntimes(d), 1);
    QCOMPARE(t.failovers().first().downtimeMs, 2000);
}

void TstProbeSeries::moveWithoutOutageStaysUnmeasured()
{
    OutageDetector d;
    d.feed(down(1000));
    d.feed(up(2000, 0)); // long before the move
    GroupTimeline t;
    t.observe(0, QStringLiteral("node1"));
    t.observe(60000, QStringLiteral("node2"));
    QCOMPARE(t.attachDowntimes(d), 0);
    QVERIFY(!t.failovers().first().measured());
}

void TstProbeSeries::groupLocationFromCrmMon_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("known");
    QTest::newRow("healthy") << QStringLiteral("healthy-crm_mon-node1.xml") << QStringLiteral("node2") << true;
    QTest::newRow("standby node2") << QStringLiteral("standby-node2-crm_mon.xml") << QStringLiteral("node1") << true;
    QTest::newRow("crashed, seen by survivor") << QStringLiteral("node-crashed-crm_mon-node1.xml")
                                               << QStringLiteral("node1") << true;
    QTest::newRow("pacemaker stopped") << QStringLiteral("pacemaker-stopped-crm_mon-node2.xml")
                                       << QString() << false;
}

void TstProbeSeries::groupLocationFromCrmMon()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QFETCH(bool, known);
    const Result<ClusterStatus> s =
        CrmMonParser::parseFile(QStringLiteral(HA_CORPUS_DIR "/lab-samples/") + file);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    const std::optional<QString> where = groupLocation(*s, QStringLiteral("db-group"));
    QCOMPARE(where.has_value(), known);
    if (known)
        QCOMPARE(*where, expected);
    QVERIFY(!groupLocation(*s, QStringLiteral("no-such-group")).has_value());
}

void TstProbeSeries::serviceHealthAnnouncesMeasuredFailover()
{
    // Replayed data, no sockets: the model wires detector and timeline together.
    ServiceHealth h({ProbeTarget{ServiceHealth::serviceTargetName(), QStringLiteral("192.0.2.1"),
                                 3306, ProbeKind::Mysql}},
                    QStringLiteral("db-group"), ProbeTiming{}, 100);
    QSignalSpy moved(&h, &ServiceHealth::groupMoved);
    QSignalSpy measured(&h, &ServiceHealth::failoverMeasured);
    auto feed = [&h](qint64 t, bool isUp) {
        ProbeResult r;
        r.target = ServiceHealth::serviceTargetName();
        r.timeMs = t;
        r.up = isUp;
        r.failure = isUp ? ProbeFailure::None : ProbeFailure::Timeout;
        h.record(r);
    };
    h.observeGroupLocation(0, QStringLiteral("node1"));
    feed(1000, true);
    feed(2000, false);
    h.observeGroupLocation(2500, QString());
    feed(3000, false);
    h.observeGroupLocation(4200, QStringLiteral("node2"));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(measured.count(), 0);
    feed(4000, false);
    feed(5000, true);
    QCOMPARE(measured.count(), 1);
    const FailoverEvent e = measured.at(0).at(0).value<FailoverEvent>();
    QCOMPARE(e.downtimeMs, 3000);
    QCOMPARE(h.timeline().failovers().first().downtimeMs, 3000);
    QCOMPARE(h.series(ServiceHealth::serviceTargetName())->samples.size(), 5);
}

QTEST_GUILESS_MAIN(TstProbeSeries)
#include "tst_probe_series.moc"
