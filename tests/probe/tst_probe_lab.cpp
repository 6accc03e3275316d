// The service probe against the real lab cluster: MySQL answers on the VIP; a crash of the node
// running the group is an outage whose length matches the cluster's own failover time.
//
// The cluster's failover time, as defined here: from the crash (just before `lab crash` is
// run) to the first ClusterMonitor update that shows every member of the group running on the
// survivor — what crm_mon, read over SSH by the console, says. The probe's outage runs from its
// first failed probe to its first greeting. The probe runs at 5 Hz here (configurable; 1 Hz
// by default) so that its own resolution does not eat the ±1 s tolerance.

#include "audit/auditlog.h"
#include "labcontrol.h"
#include "monitor/clustermonitor.h"
#include "probe/servicehealth.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ha;

class TstProbeLab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void mysqlUpOnVip();
    void crashOutageMatchesClusterFailoverTime();

private:
    const ProbeSeries *service() const { return m_health->series(ServiceHealth::serviceTargetName()); }

    bool m_crashed = false;
    QTemporaryDir m_dir;
    ClusterProfile m_profile;
    AuditLog *m_audit = nullptr;
    ClusterMonitor *m_monitor = nullptr;
    ServiceHealth *m_health = nullptr;
};

void TstProbeLab::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Result<ClusterProfile> p = test::labProfile();
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    m_profile = p.value();
    QVERIFY(!m_profile.serviceAddress.isEmpty());
    QVERIFY(!m_profile.serviceGroup.isEmpty());
    m_audit = new AuditLog(m_dir.filePath(QStringLiteral("audit.jsonl")), this);
    m_monitor = new ClusterMonitor(m_profile, m_audit, nullptr, this);
    ProbeTiming timing;
    timing.intervalMs = 200;
    timing.connectTimeoutMs = 500;
    timing.greetingTimeoutMs = 500;
    m_health = new ServiceHealth(m_profile, timing, kDefaultHistorySamples, this);
    m_health->attachMonitor(m_monitor);
    m_monitor->start();
    m_health->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_health->timeline().current().has_value()
                                 && !m_health->timeline().current()->isEmpty(),
                             30000);
}

void TstProbeLab::cleanupTestCase()
{
    if (m_health)
        m_health->stop();
    if (m_monitor)
        m_monitor->stop();
    // A failed check after the crash must not leave the shared lab broken for the next test.
    if (m_crashed)
        test::lab({QStringLiteral("reset")}, 180000);
}

void TstProbeLab::mysqlUpOnVip()
{
    QTRY_VERIFY_WITH_TIMEOUT(service()->samples.size() >= 5, 10000);
    const ProbeResult last = service()->last;
    QVERIFY2(last.up, qPrintable(last.detail));
    QVERIFY2(last.serverVersion.contains(QLatin1String("MariaDB")), qPrintable(last.serverVersion));
    QVERIFY(!last.serverVersion.startsWith(QLatin1String("5.5.5-")));
    QVERIFY(last.connectMs >= 0);
    QVERIFY(!service()->outages.current().has_value());
    for (const NodeProfile &n : m_profile.nodes) {
        const ProbeSeries *s = m_health->series(n.name);
        QVERIFY(s);
        QTRY_VERIFY_WITH_TIMEOUT(s->samples.size() >= 1, 5000);
        QVERIFY2(s->last.up, qPrintable(n.name + QLatin1String(": ") + s->last.detail));
        QVERIFY2(s->last.serverVersion.startsWith(QLatin1String("OpenSSH")), qPrintable(s->last.serverVersion));
    }
    qInfo("MySQL %s on %s:%u, greeting after %.1f ms", qPrintable(last.serverVersion),
          qPrintable(m_profile.serviceAddress), m_profile.servicePort, last.latencyMs);
}

void TstProbeLab::crashOutageMatchesClusterFailoverTime()
{
    const QString from = *m_health->timeline().current();
    QVERIFY(!from.isEmpty());
    QString to;
    for (const NodeProfile &n : m_profile.nodes) {
        if (n.name != from)
            to = n.name;
    }
    QVERIFY(!to.isEmpty());
    QVERIFY(service()->last.up);

    QSignalSpy moved(m_health, &ServiceHealth::groupMoved);
    QSignalSpy measured(m_health, &ServiceHealth::failoverMeasured);
    QSignalSpy outageEnded(m_health, &ServiceHealth::outageEnded);
    const qint64 crashMs = QDateTime::currentMSecsSinceEpoch();
    m_crashed = true;
    HA_LAB_OK(test::lab({QStringLiteral("crash"), from}));
    const qint64 crashDoneMs = QDateTime::currentMSecsSinceEpoch();

    QTRY_VERIFY_WITH_TIMEOUT(moved.count() >= 1, 120000);
    const FailoverEvent ev = moved.first().at(0).value<FailoverEvent>();
    QCOMPARE(ev.from, from);
    QCOMPARE(ev.to, to);
    QTRY_VERIFY_WITH_TIMEOUT(measured.count() >= 1, 30000);
    const FailoverEvent m = measured.first().at(0).value<FailoverEvent>();
    QCOMPARE(m.to, to);

    // The outage the failover got is the one that began with the crash.
    std::optional<Outage> found;
    for (const QList<QVariant> &args : std::as_const(outageEnded)) {
        if (!found && args.at(0).toString() == ServiceHealth::serviceTargetName())
            found = args.at(1).value<Outage>();
    }
    QVERIFY(found.has_value());
    const Outage outage = *found;
    QCOMPARE(m.outageStartMs, outage.startMs);
    QCOMPARE(m.downtimeMs, outage.lengthMs(0));
    QVERIFY(outage.startMs >= crashMs - 250);           // nothing failed before the crash
    QVERIFY(outage.startMs <= crashDoneMs + 1000);      // and the probe saw it at once
    QVERIFY(outage.failedProbes >= 2);

    const qint64 clusterMs = m.arrivedMs - crashMs;
    const qint64 diff = m.downtimeMs - clusterMs;
    qInfo("crash of %s (lab crash took %lld ms): cluster shows the group on %s after %lld ms "
          "(left %s at +%lld ms); probe outage %lld ms (+%lld .. +%lld ms, first failure: %s, "
          "%lld failed probes); difference %lld ms",
          qPrintable(from), static_cast<long long>(crashDoneMs - crashMs), qPrintable(to),
          static_cast<long long>(clusterMs), qPrintable(from),
          static_cast<long long>(m.leftMs - crashMs), static_cast<long long>(m.downtimeMs),
          static_cast<long long>(outage.startMs - crashMs),
          static_cast<long long>(outage.endMs - crashMs),
          qPrintable(probeFailureName(outage.firstFailure)),
          static_cast<long long>(outage.failedProbes), static_cast<long long>(diff));
    QVERIFY2(qAbs(diff) <= 1000,
             qPrintable(QStringLiteral("probe outage %1 ms vs cluster failover %2 ms")
                            .arg(m.downtimeMs)
                            .arg(clusterMs)));

    // The crashed node's own probe saw it go.
    const ProbeSeries *crashed = m_health->series(from);
    QVERIFY(crashed);
    QVERIFY(!crashed->outages.outages().isEmpty());

    HA_LAB_OK(test::lab({QStringLiteral("reset")}, 180000));
    m_crashed = false;
    QTRY_VERIFY_WITH_TIMEOUT(service()->last.up && service()->last.timeMs > crashDoneMs, 60000);
}

QTEST_GUILESS_MAIN(TstProbeLab)
#include "tst_probe_lab.moc"
