// The IPMI panel over FakePowerControl: sensor rows and their states, the SEL newest first, the
// temperature chart fed by PowerMonitor's history, the busy bar while a read hangs, the error in
// words when the BMC refuses, and the two new entries of the power menu. Saves screenshots to
// $HA_SCREENSHOT_DIR when set.
#include "ipmi/fakepowercontrol.h"
#include "power/fencingtestdialog.h"
#include "power/ipmipanel.h"
#include "power/poweractionswidget.h"
#include "power/powermonitor.h"
#include "powershot.h"

#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace ha;
using test::saveShotIfAsked;

namespace {

ClusterProfile profile()
{
    ClusterProfile p;
    p.name = QStringLiteral("t");
    NodeProfile n;
    n.name = QStringLiteral("node1");
    n.bmc.address = QStringLiteral("198.18.0.201");
    n.bmc.user = QStringLiteral("admin");
    p.nodes << n;
    return p;
}

SensorReading sensor(const char *name, const char *type, double v, const char *unit,
                     const char *state, SensorSeverity sev)
{
    SensorReading s;
    s.name = QLatin1String(name);
    s.type = QLatin1String(type);
    s.hasValue = true;
    s.value = v;
    s.unit = QLatin1String(unit);
    s.state = QLatin1String(state);
    s.severity = sev;
    return s;
}

QList<SensorReading> sensors(double cpu)
{
    return {sensor("CPU Temp", "Temperature", cpu, "degrees C", "ok", SensorSeverity::Ok),
            sensor("Inlet Temp", "Temperature", 24.0, "degrees C", "ok", SensorSeverity::Ok),
            sensor("PSU1 Temp", "Temperature", 71.0, "degrees C", "upper critical",
                   SensorSeverity::Critical),
            sensor("FAN1", "Fan", 5400, "RPM", "ok", SensorSeverity::Ok),
            sensor("12V", "Voltage", 11.9, "Volts", "ok", SensorSeverity::Ok)};
}

QList<SelEntry> sel()
{
    SelEntry a;
    a.recordId = 1;
    a.time = QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);
    a.sensor = QStringLiteral("PSU1 Temp");
    a.sensorType = QStringLiteral("Temperature");
    a.event = QStringLiteral("upper critical going high");
    SelEntry b = a;
    b.recordId = 2;
    b.time = a.time.addSecs(3600);
    b.event = QStringLiteral("upper non-critical going high");
    b.deassertion = true;
    return {a, b};
}

// A BMC that holds sensor reads until told: the panel must show it is waiting, not freeze.
class HeldPowerControl : public FakePowerControl
{
public:
    using FakePowerControl::FakePowerControl;
    void readSensors(QObject *context, Done<QList<SensorReading>> done) override
    {
        held << detail::guarded(context, std::move(done));
    }
    void release()
    {
        const auto h = std::exchange(held, {});
        for (const auto &d : h)
            d(sensors(40.0));
    }
    QList<Done<QList<SensorReading>>> held;
};

} // namespace

class TestIpmiPanel : public QObject
{
    Q_OBJECT
private slots:
    void showsSensorsSelAndChart()
    {
        PowerMonitor m(profile(), nullptr, nullptr);
        FakePowerControl *fake = nullptr;
        m.setControlFactory([&](const NodeProfile &n, const QByteArray &) {
            fake = new FakePowerControl(n.name, &m);
            fake->setSensors(sensors(38.0));
            fake->setSel(sel());
            return fake;
        });
        ui::IpmiPanel panel(&m, QStringLiteral("node1"));
        panel.setRefreshIntervalMs(500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_COMPARE(panel.sensorTable()->rowCount(), 5);
        QCOMPARE(panel.sensorTable()->item(0, 0)->text(), QStringLiteral("CPU Temp"));
        QCOMPARE(panel.sensorTable()->item(0, 1)->text(), QStringLiteral("38.0"));
        QCOMPARE(panel.sensorTable()->item(2, 3)->text(), QStringLiteral("CRITICAL: upper critical"));
        // SEL newest first
        QTRY_COMPARE(panel.selTable()->rowCount(), 2);
        QVERIFY(panel.selTable()->item(0, 2)->text().startsWith(QLatin1String("upper non-critical")));
        QVERIFY(panel.selTable()->item(0, 2)->text().contains(QLatin1String("cleared")));
        QVERIFY(panel.errorText().isEmpty());
        QVERIFY(!panel.busyShown()); // the fake answers at once: no flicker

        // The auto refresh adds points: one line per temperature sensor.
        fake->setSensors(sensors(45.0));
        QTRY_COMPARE(panel.sensorTable()->item(0, 1)->text(), QStringLiteral("45.0"));
        QCOMPARE(panel.chartLineCount(), 3);
        QCOMPARE(m.history(QStringLiteral("node1")).series(QStringLiteral("CPU Temp")).size() >= 2,
                 true);

        // Refresh reads again.
        const int before = fake->requestCount();
        QTest::mouseClick(panel.refreshButton(), Qt::LeftButton);
        QTRY_VERIFY(fake->requestCount() >= before + 2);
        saveShotIfAsked(&panel, QStringLiteral("ipmi-panel"));
    }

    void wrongPasswordInPlainWords()
    {
        PowerMonitor m(profile(), nullptr, nullptr);
        FakePowerControl *fake = nullptr;
        m.setControlFactory([&](const NodeProfile &n, const QByteArray &) {
            fake = new FakePowerControl(n.name, &m);
            fake->setSensors(sensors(38.0));
            return fake;
        });
        ui::IpmiPanel panel(&m, QStringLiteral("node1"));
        panel.show();
        QTRY_COMPARE(panel.sensorTable()->rowCount(), 5);
        QTRY_VERIFY(!panel.isReading()); // the SEL read follows the sensor read
        fake->failWith(makeError(ErrorCode::AuthFailed,
                                 QStringLiteral("The BMC of node1 refused the login: wrong user "
                                                "name or password.")));
        panel.refresh();
        QTRY_VERIFY(panel.errorText().contains(QLatin1String("wrong user name or password")));
        QVERIFY(panel.errorText().startsWith(QLatin1String("Could not read the sensors")));
        QTRY_VERIFY(panel.errorText().contains(QLatin1String("event log could not be read either")));
        QVERIFY(panel.errorText().contains(QLatin1String("Check the BMC user and password of node1")));
        QCOMPARE(panel.sensorTable()->rowCount(), 5); // last good values stay, marked older
        saveShotIfAsked(&panel, QStringLiteral("ipmi-panel-error"));

        fake->clearFailure();
        panel.refresh();
        QTRY_VERIFY(panel.errorText().isEmpty());
    }

    void emptyBmcIsSaidSo()
    {
        // Like the lab's simulated BMCs: no SDRs, empty SEL. Empty tables would look broken.
        PowerMonitor m(profile(), nullptr, nullptr);
        m.setControlFactory([&](const NodeProfile &n, const QByteArray &) {
            return new FakePowerControl(n.name, &m);
        });
        ui::IpmiPanel panel(&m, QStringLiteral("node1"));
        panel.show();
        QTRY_VERIFY(panel.sensorTable()->rowCount() == 1 && panel.selTable()->rowCount() == 1);
        QVERIFY(panel.sensorTable()->item(0, 0)->text().contains(QLatin1String("no sensors")));
        QCOMPARE(panel.selTable()->item(0, 2)->text(), QStringLiteral("The event log is empty."));
        QVERIFY(panel.errorText().isEmpty());
        saveShotIfAsked(&panel, QStringLiteral("ipmi-panel-empty"));
    }

    void busyWhileTheBmcIsSlow()
    {
        PowerMonitor m(profile(), nullptr, nullptr);
        HeldPowerControl *held = nullptr;
        m.setControlFactory([&](const NodeProfile &n, const QByteArray &) {
            held = new HeldPowerControl(n.name, &m);
            return held;
        });
        ui::IpmiPanel panel(&m, QStringLiteral("node1"));
        panel.show();
        QTRY_VERIFY(held && !held->held.isEmpty());
        QVERIFY(panel.isReading());
        // One read at a time (a second SDR reservation would cancel the first): the SEL read
        // waits until the sensors have answered.
        QCOMPARE(held->requestCount(), 0);
        QVERIFY(!panel.refreshButton()->isEnabled());
        QTRY_VERIFY(panel.busyShown()); // after the 300 ms grace
        saveShotIfAsked(&panel, QStringLiteral("ipmi-panel-busy"));
        panel.refresh(); // no second request piles up while one hangs
        QCOMPARE(held->held.size(), 1);
        held->release();
        QTRY_VERIFY(!panel.busyShown());
        QCOMPARE(held->requestCount(), 1); // then the SEL
        QCOMPARE(panel.sensorTable()->rowCount(), 5);
        QVERIFY(panel.refreshButton()->isEnabled());
    }

    void menuOpensPanelAndFencingTest()
    {
        PowerMonitor m(profile(), nullptr, nullptr);
        m.setControlFactory([&](const NodeProfile &n, const QByteArray &) {
            return new FakePowerControl(n.name, &m);
        });
        QWidget host;
        auto *w = new ui::PowerActionsWidget(&m, QStringLiteral("node1"), &host);
        QStringList labels;
        const QList<QAction *> actions = w->menuButton()->menu()->actions();
        for (QAction *a : actions)
            labels << a->text();
        QVERIFY(labels.contains(QStringLiteral("IPMI details (sensors, event log)…")));
        QVERIFY(labels.contains(QStringLiteral("Test fencing…")));
        ui::IpmiPanel *p = w->openIpmiPanel();
        QVERIFY(p && p->isVisible());
        QCOMPARE(w->openIpmiPanel(), p); // one per node
        ui::FencingTestDialog *d = w->openFencingTest();
        QVERIFY(d && d->isVisible());
        p->close();
        d->close();
    }

    void windowsGoWithTheirMonitor()
    {
        // The main window deletes its PowerMonitor on a profile change: open windows close.
        auto *m = new PowerMonitor(profile(), nullptr, nullptr);
        m->setControlFactory([m](const NodeProfile &n, const QByteArray &) {
            return new FakePowerControl(n.name, m);
        });
        QPointer<ui::IpmiPanel> p = new ui::IpmiPanel(m, QStringLiteral("node1"));
        QPointer<ui::FencingTestDialog> d = new ui::FencingTestDialog(m, nullptr, QStringLiteral("node1"));
        p->show();
        d->show();
        delete m;
        QTRY_VERIFY(!p && !d);
    }
};

QTEST_MAIN(TestIpmiPanel)
#include "tst_ipmi_panel.moc"
