// The chart widgets built from a recorded 20-minute history (replayed into the core model):
// a crash failover node1 -> node2 with a 17 s outage, a planned move back with a short one.
// Checks what is drawn against the model and saves screenshots to HA_ARTIFACT_DIR.

#include "charts/availabilitychart.h"
#include "charts/durationtext.h"
#include "charts/grouptimelinechart.h"
#include "charts/servicehealthpanel.h"
#include "probe/servicehealth.h"

#include <QApplication>
#include <QLegendMarker>
#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace ha;

namespace {

const QString kService = ServiceHealth::serviceTargetName();
const QString kNode1 = QStringLiteral("node1");
const QString kNode2 = QStringLiteral("node2");
const qint64 kT0 = QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
constexpr int kMinutes = 20;

ProbeResult sample(const QString &target, int second, bool up, ProbeFailure f = ProbeFailure::Timeout)
{
    ProbeResult r;
    r.target = target;
    r.timeMs = kT0 + second * 1000LL + 200;
    r.up = up;
    r.failure = up ? ProbeFailure::None : f;
    // A plausible latency curve: ~1-3 ms with a slow wave and a busy spell.
    r.latencyMs = up ? 1.0 + 0.8 * (1 + std::sin(second / 40.0)) + (second > 700 && second < 760 ? 4.0 : 0.0)
                     : 500.0;
    if (up && (second == 498 || second == 903))
        r.latencyMs = 1.0; // the first greeting after each outage
    r.serverVersion = up ? (target == kService ? QStringLiteral("10.11.19-MariaDB-0+deb12u1")
                                               : QStringLiteral("OpenSSH_9.2p1 Debian-2+deb12u10"))
                         : QString();
    return r;
}

void replay(ServiceHealth &h)
{
    h.observeGroupLocation(kT0, kNode1);
    for (int s = 0; s < kMinutes * 60; ++s) {
        const bool crashDown = s >= 481 && s <= 497;  // crash of node1 at ~480.5 s
        const bool moveDown = s >= 901 && s <= 902;   // planned move back at 900 s
        h.record(sample(kService, s, !crashDown && !moveDown));
        const bool node1Off = s >= 481 && s < 560;    // fenced and rebooted
        h.record(sample(kNode1, s, !node1Off, s < 494 ? ProbeFailure::Timeout : ProbeFailure::Refused));
        h.record(sample(kNode2, s, true));
        // What the monitor reported: the group stays "on node1" until the fence (~+13 s).
        if (s == 493)
            h.observeGroupLocation(kT0 + 493'600, QString());
        if (s == 498)
            h.observeGroupLocation(kT0 + 498'900, kNode2);
        if (s == 900)
            h.observeGroupLocation(kT0 + 900'500, QString());
        if (s == 903)
            h.observeGroupLocation(kT0 + 903'300, kNode1);
    }
}

QList<ProbeTarget> targets()
{
    return {ProbeTarget{kService, QStringLiteral("198.18.0.100"), 3306, ProbeKind::Mysql},
            ProbeTarget{kNode1, QStringLiteral("198.18.0.11"), 22, ProbeKind::Ssh},
            ProbeTarget{kNode2, QStringLiteral("198.18.0.12"), 22, ProbeKind::Ssh}};
}

QString artifact(const QString &name)
{
    const QString dir = qEnvironmentVariable("HA_ARTIFACT_DIR", QStringLiteral(HA_ARTIFACT_DIR));
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

} // namespace

class TstProbeCharts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void availabilityChartShowsOutages();
    void timelineShowsFailoversWithDowntime();
    void windowClipsHistory();
    void panelScreenshot();
    void ongoingOutageIsDown();
    void doubleClickAsksForTheLogOfThatMoment();

private:
    std::unique_ptr<ServiceHealth> m_health;
    const qint64 m_now = kT0 + kMinutes * 60'000LL;
};

void TstProbeCharts::initTestCase()
{
    m_health = std::make_unique<ServiceHealth>(targets(), QStringLiteral("db-group"), ProbeTiming{}, 3600);
    replay(*m_health);
    // The model's own figures, checked independently of the widgets.
    const ProbeSeries *s = m_health->series(kService);
    QCOMPARE(s->samples.size(), kMinutes * 60);
    QCOMPARE(s->outages.finished().size(), 2);
    QCOMPARE(s->outages.finished().at(0).lengthMs(0), 498'201 - 481'200);
    QCOMPARE(s->outages.finished().at(1).lengthMs(0), 903'201 - 901'200);
    QCOMPARE(m_health->timeline().failovers().size(), 2);
    QCOMPARE(m_health->timeline().failovers().at(0).downtimeMs, 17'001);
    QCOMPARE(m_health->timeline().failovers().at(1).downtimeMs, 2'001);
}

void TstProbeCharts::availabilityChartShowsOutages()
{
    AvailabilityChart chart;
    chart.setSeries(m_health->series(kService), QStringLiteral("Database 198.18.0.100:3306"));
    chart.setWindowMs(kMinutes * 60'000LL);
    chart.resize(1000, 420);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.refresh(m_now);
    QCOMPARE(chart.outageBands(), 2);
    QCOMPARE(chart.failedPoints(), 17 + 2);
    QCOMPARE(chart.upPoints(), kMinutes * 60 - 19);
    QVERIFY(qAbs(chart.availabilityPercent() - 100.0 * (1200 - 19) / 1200) < 1e-9);
    const QStringList labels = chart.labelTexts();
    QCOMPARE(labels, (QStringList{chartDurationText(17'001), chartDurationText(2'001)}));
    QCOMPARE(labels.first(), QStringLiteral("17.0 s"));
    QVERIFY(chart.chart()->title().contains(QLatin1String("98.42")));
    QVERIFY(chart.chart()->title().contains(QLatin1String("2 outage")));
    // One legend entry per kind of mark, not one per band or line segment.
    int shown = 0;
    const QList<QLegendMarker *> markers = chart.chart()->legend()->markers();
    for (QLegendMarker *m : markers)
        shown += m->series()->property("haHiddenFromLegend").toBool() ? 0 : 1;
    QCOMPARE(shown, 3);
    QVERIFY(chart.axisTimeVisible());
    QVERIFY(chart.grab().save(artifact(QStringLiteral("probe-availability.png"))));
}

void TstProbeCharts::timelineShowsFailoversWithDowntime()
{
    GroupTimelineChart chart;
    chart.setTimeline(&m_health->timeline(), QStringLiteral("db-group"), {kNode1, kNode2});
    chart.setWindowMs(kMinutes * 60'000LL);
    chart.resize(1000, 300);
    chart.refresh(m_now);
    QCOMPARE(chart.failoverMarkers(), 2);
    QCOMPARE(chart.labelTexts(),
             (QStringList{QStringLiteral("node1 → node2, downtime 17.0 s"),
                          QStringLiteral("node2 → node1, downtime 2.0 s")}));
    // 5 change points, each a vertical step (2 points) except the first, plus the end at "now".
    QCOMPARE(chart.stepPoints(), 1 + 4 * 2 + 1);
    QVERIFY(chart.grab().save(artifact(QStringLiteral("probe-group-timeline.png"))));
}

void TstProbeCharts::windowClipsHistory()
{
    // The last 5 minutes hold only the planned move.
    AvailabilityChart a;
    a.setSeries(m_health->series(kService), QStringLiteral("db"));
    a.setWindowMs(5 * 60'000LL);
    a.refresh(m_now);
    QCOMPARE(a.outageBands(), 1);
    QCOMPARE(a.labelTexts(), QStringList{chartDurationText(2'001)});
    GroupTimelineChart t;
    t.setTimeline(&m_health->timeline(), QStringLiteral("db-group"), {kNode1, kNode2});
    t.setWindowMs(5 * 60'000LL);
    t.refresh(m_now);
    QCOMPARE(t.failoverMarkers(), 1);
    // Starts at the left edge on node2 (where the group was then), two steps, ends at "now".
    QCOMPARE(t.stepPoints(), 1 + 2 * 2 + 1);
}

void TstProbeCharts::panelScreenshot()
{
    ServiceHealthPanel panel(m_health.get());
    panel.setWindowMs(kMinutes * 60'000LL);
    panel.resize(1200, 860);
    panel.show();
    panel.refresh(m_now);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString status = panel.statusText();
    QVERIFY(status.contains(QLatin1String("10.11.19-MariaDB")));
    QVERIFY(status.contains(QLatin1String("OpenSSH_9.2p1")));
    QVERIFY(!status.contains(QLatin1String("DOWN")));
    const QImage shot = panel.grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(artifact(QStringLiteral("probe-service-health.png"))));
}

void TstProbeCharts::ongoingOutageIsDown()
{
    ServiceHealth h(targets(), QStringLiteral("db-group"), ProbeTiming{}, 600);
    h.observeGroupLocation(kT0, kNode1);
    for (int s = 0; s < 120; ++s)
        h.record(sample(kService, s, s < 100, ProbeFailure::Refused));
    ServiceHealthPanel panel(&h);
    panel.setWindowMs(120'000);
    panel.resize(1000, 700);
    panel.refresh(kT0 + 120'000);
    QVERIFY(panel.statusText().contains(QLatin1String("DOWN")));
    QVERIFY(panel.statusText().contains(probeFailureText(ProbeFailure::Refused)));
    QVERIFY(panel.availabilityChart()->chart()->title().contains(QLatin1String("DOWN")));
    QCOMPARE(panel.availabilityChart()->outageBands(), 1);
    QVERIFY(panel.availabilityChart()->labelTexts().first().startsWith(QLatin1String("down ")));
    QVERIFY(panel.grab().save(artifact(QStringLiteral("probe-service-down.png"))));
}

void TstProbeCharts::doubleClickAsksForTheLogOfThatMoment()
{
    GroupTimelineChart chart;
    chart.setTimeline(&m_health->timeline(), QStringLiteral("db-group"), {kNode1, kNode2});
    chart.setWindowMs(kMinutes * 60'000LL);
    chart.resize(1000, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.refresh(m_now);
    QSignalSpy asked(&chart, &GroupTimelineChart::timeActivated);
    // The middle of the plot area is the middle of the window.
    const QRectF plot = chart.chart()->plotArea();
    const QPoint middle = chart.mapFromScene(chart.chart()->mapToScene(plot.center()));
    QTest::mouseDClick(chart.viewport(), Qt::LeftButton, {}, middle);
    QCOMPARE(asked.size(), 1);
    const qint64 when = asked.first().first().toDateTime().toMSecsSinceEpoch();
    const qint64 expected = m_now - kMinutes * 60'000LL / 2;
    QVERIFY2(qAbs(when - expected) < kMinutes * 60'000LL / 20, qPrintable(QString::number(when - expected)));
    // Outside the plot (the title area): nothing.
    QTest::mouseDClick(chart.viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(asked.size(), 1);
}

QTEST_MAIN(TstProbeCharts)
#include "tst_probe_charts.moc"
