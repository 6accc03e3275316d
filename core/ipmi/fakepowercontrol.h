#pragma once
// A PowerControl without a BMC, for tests of the parts that use one (node cards, fencing
// checks, CLI plumbing). Answers on the next event-loop turn, records every action, and can
// be told to fail the next requests with a given error.

#include "powercontrol.h"

#include <QList>
#include <optional>

namespace ha {

class FakePowerControl : public PowerControl
{
    Q_OBJECT
public:
    explicit FakePowerControl(QString target = QStringLiteral("fake-node (BMC fake)"),
                              QObject *parent = nullptr);

    QString target() const override { return m_target; }
    void powerStatus(QObject *context, Done<PowerState> done) override;
    void chassisStatus(QObject *context, Done<ChassisStatus> done) override;
    void power(PowerAction action, QObject *context, Done<void> done) override;
    void readSensors(QObject *context, Done<QList<SensorReading>> done) override;
    void readSel(QObject *context, Done<QList<SelEntry>> done) override;

    PowerState state() const { return m_state; }
    void setState(PowerState s) { m_state = s; }
    void setSensors(QList<SensorReading> s) { m_sensors = std::move(s); }
    void setSel(QList<SelEntry> s) { m_sel = std::move(s); }
    // Every following request fails with `e` until clearFailure().
    void failWith(Error e) { m_failure = std::move(e); }
    void clearFailure() { m_failure.reset(); }

    QList<PowerAction> actions() const { return m_actions; }
    int requestCount() const { return m_requests; }

private:
    template<typename T>
    void answer(QObject *context, Done<T> done, std::function<Result<T>()> make);

    QString m_target;
    PowerState m_state = PowerState::On;
    QList<SensorReading> m_sensors;
    QList<SelEntry> m_sel;
    std::optional<Error> m_failure;
    QList<PowerAction> m_actions;
    int m_requests = 0;
};

} // namespace ha
