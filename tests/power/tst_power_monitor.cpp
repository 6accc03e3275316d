// PowerMonitor over FakePowerControl: polling state, audited actions, password kept out of logs.
#include "audit/auditlog.h"
#include "ipmi/fakepowercontrol.h"
#include "power/powermonitor.h"
#include "profile/secretstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ha;

namespace {
const QByteArray kPassword = QByteArrayLiteral("s3cr3t-BMC-pw-xyzzy");
}

class TestPowerMonitor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QHash<QString, FakePowerControl *> m_fakes;
    QByteArray m_seenPassword;

    ClusterProfile profile()
    {
        const QString pwFile = m_dir.filePath(QStringLiteral("bmc.pw"));
        QFile f(pwFile);
        if (!f.exists()) {
            [[maybe_unused]] const bool opened = f.open(QIODevice::WriteOnly);
            f.write(kPassword);
            f.close();
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        ClusterProfile p;
        p.name = QStringLiteral("t");
        for (int i = 1; i <= 3; ++i) {
            NodeProfile n;
            n.name = QStringLiteral("node%1").arg(i);
            if (i < 3) { // node3 has no BMC
                n.bmc.address = QStringLiteral("127.0.0.%1").arg(i);
                n.bmc.user = QStringLiteral("admin");
                n.bmc.passwordFile = pwFile;
            }
            p.nodes << n;
        }
        return p;
    }

    void install(PowerMonitor &m)
    {
        m.setControlFactory([this, &m](const NodeProfile &n, const QByteArray &pw) {
            m_seenPassword = pw;
            auto *f = new FakePowerControl(n.name, &m);
            m_fakes.insert(n.name, f);
            return f;
        });
    }

private slots:
    void init() { m_fakes.clear(); }

    void pollsEveryBmc()
    {
        SecretStore secrets;
        PowerMonitor m(profile(), nullptr, &secrets);
        install(m);
        QCOMPARE(m.nodes(), QStringList({QStringLiteral("node1"), QStringLiteral("node2")}));
        QVERIFY(!m.state(QStringLiteral("node1")).powerOn.has_value());
        m.pollNow();
        QTRY_VERIFY(m.state(QStringLiteral("node2")).powerOn.has_value());
        QTRY_VERIFY(m.state(QStringLiteral("node1")).powerOn.has_value());
        QCOMPARE(m_seenPassword, kPassword); // the control got it from the password file
        const NodePower p = m.state(QStringLiteral("node1"));
        QVERIFY(*p.powerOn);
        QVERIFY(p.bmcReachable);
        QVERIFY(p.lastPoll.isValid());
        QVERIFY(!m.state(QStringLiteral("node3")).configured);

        m_fakes[QStringLiteral("node1")]->failWith(
            makeError(ErrorCode::Unreachable, QStringLiteral("BMC 127.0.0.1:623 does not answer")));
        QSignalSpy changed(&m, &PowerMonitor::nodeChanged);
        m.pollNow();
        QTRY_VERIFY(!m.state(QStringLiteral("node1")).bmcReachable);
        QCOMPARE(m.state(QStringLiteral("node1")).lastError,
                 QStringLiteral("BMC 127.0.0.1:623 does not answer"));
        QVERIFY(changed.contains(QVariantList{QStringLiteral("node1")}));
    }

    void actionIsAuditedWithoutPassword()
    {
        const QString auditPath = m_dir.filePath(QStringLiteral("audit.jsonl"));
        AuditLog audit(auditPath);
        SecretStore secrets;
        PowerMonitor m(profile(), &audit, &secrets);
        install(m);
        bool finished = false;
        bool ok = false;
        m.runAction(QStringLiteral("node2"), PowerAction::Off, this, [&](Result<void> r) {
            finished = true;
            ok = r.ok();
        });
        QTRY_VERIFY(finished);
        QVERIFY(ok);
        QCOMPARE(m_fakes[QStringLiteral("node2")]->actions(), QList<PowerAction>{PowerAction::Off});
        // polled right after the action: the node is now seen off
        QTRY_VERIFY(m.state(QStringLiteral("node2")).powerOn.has_value());
        QCOMPARE(*m.state(QStringLiteral("node2")).powerOn, false);

        auto recs = AuditLog::readTail(auditPath, 10);
        QVERIFY(recs.ok());
        QCOMPARE(recs.value().size(), 1);
        QCOMPARE(recs.value().first().node, QStringLiteral("node2"));
        QCOMPARE(recs.value().first().commandLine,
                 QStringLiteral("ipmi chassis power off (BMC 127.0.0.2:623)"));
        QCOMPARE(recs.value().first().exitCode, 0);
        QFile f(auditPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(kPassword));
    }

    void failedActionIsAudited()
    {
        const QString auditPath = m_dir.filePath(QStringLiteral("audit2.jsonl"));
        AuditLog audit(auditPath);
        SecretStore secrets;
        PowerMonitor m(profile(), &audit, &secrets);
        install(m);
        m.pollNow();
        QTRY_VERIFY(m_fakes.contains(QStringLiteral("node1")));
        m_fakes[QStringLiteral("node1")]->failWith(
            makeError(ErrorCode::PermissionDenied, QStringLiteral("insufficient privilege")));
        QSignalSpy finished(&m, &PowerMonitor::actionFinished);
        m.runAction(QStringLiteral("node1"), PowerAction::Reset, this, {});
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(2).toBool(), false);
        auto recs = AuditLog::readTail(auditPath, 10);
        QVERIFY(recs.ok());
        QCOMPARE(recs.value().size(), 1);
        QCOMPARE(recs.value().first().exitCode, 1);
        QCOMPARE(recs.value().first().errorMessage, QStringLiteral("insufficient privilege"));
    }

    void missingBmcIsAnError()
    {
        SecretStore secrets;
        PowerMonitor m(profile(), nullptr, &secrets);
        install(m);
        bool finished = false;
        m.runAction(QStringLiteral("node3"), PowerAction::Off, this, [&](Result<void> r) {
            finished = true;
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::NotFound);
        });
        QTRY_VERIFY(finished);
        QVERIFY(m_fakes.isEmpty());
    }

    void sensorHistoryKeepsTemperatures()
    {
        SecretStore secrets;
        PowerMonitor m(profile(), nullptr, &secrets);
        m.setSensorEveryPolls(0); // only the reads below
        install(m);
        m.pollNow();
        QTRY_VERIFY(m_fakes.contains(QStringLiteral("node1")));
        SensorReading t;
        t.name = QStringLiteral("CPU Temp");
        t.type = QStringLiteral("temperature");
        t.hasValue = true;
        t.value = 42.0;
        SensorReading fan = t;
        fan.name = QStringLiteral("Fan 1");
        fan.type = QStringLiteral("Fan");
        m_fakes[QStringLiteral("node1")]->setSensors({t, fan});
        int done = 0;
        m.readSensors(QStringLiteral("node1"), this, [&](auto r) { done += r.ok() ? 1 : 100; });
        QTRY_COMPARE(done, 1);
        m.readSensors(QStringLiteral("node1"), this, [&](auto r) { done += r.ok() ? 1 : 100; });
        QTRY_COMPARE(done, 2);
        const SensorHistory &h = m.history(QStringLiteral("node1"));
        QCOMPARE(h.sensors(), QStringList{QStringLiteral("CPU Temp")});
        QCOMPARE(h.series(QStringLiteral("CPU Temp")).size(), 2);
        QCOMPARE(h.series(QStringLiteral("CPU Temp")).last().y(), 42.0);
    }

    void pollsReadSensorsForTheCardSummary()
    {
        SecretStore secrets;
        PowerMonitor m(profile(), nullptr, &secrets);
        m.setSensorEveryPolls(2);
        SensorReading cpu;
        cpu.name = QStringLiteral("CPU Temp");
        cpu.type = QStringLiteral("temperature");
        cpu.hasValue = true;
        cpu.value = 43.0;
        cpu.unit = QStringLiteral("°C");
        cpu.state = QStringLiteral("ok");
        cpu.severity = SensorSeverity::Ok;
        SensorReading psu = cpu;
        psu.name = QStringLiteral("PSU1 Temp");
        psu.value = 71.0;
        m.setControlFactory([this, &m, cpu, psu](const NodeProfile &n, const QByteArray &) {
            auto *f = new FakePowerControl(n.name, &m);
            f->setSensors({cpu, psu});
            m_fakes.insert(n.name, f);
            return f;
        });
        m.pollNow();
        QTRY_VERIFY(!m.state(QStringLiteral("node1")).sensorSummary.isEmpty());
        QCOMPARE(m.state(QStringLiteral("node1")).sensorSummary, QStringLiteral("all 2 ok · 71 °C max"));
        QVERIFY(!m.state(QStringLiteral("node1")).sensorAlarm);
        QCOMPARE(m.history(QStringLiteral("node1")).sensors().size(), 2);

        // A critical sensor names itself on the card.
        psu.severity = SensorSeverity::Critical;
        psu.state = QStringLiteral("upper critical");
        QCOMPARE(sensorSummaryText({cpu, psu}), QStringLiteral("PSU1 Temp upper critical (71.0 °C)"));
        QVERIFY(sensorsAlarm({cpu, psu}));
        SensorReading fan;
        fan.name = QStringLiteral("Fan 1");
        fan.severity = SensorSeverity::Warning;
        fan.state = QStringLiteral("lower non-critical");
        QCOMPARE(sensorSummaryText({cpu, fan, psu}), QStringLiteral("PSU1 Temp upper critical (71.0 °C) and 1 more"));
        QCOMPARE(sensorSummaryText({}), QStringLiteral("no sensors"));
    }
};

QTEST_GUILESS_MAIN(TestPowerMonitor)
#include "tst_power_monitor.moc"
