#include "fakepowercontrol.h"

#include <QTimer>

namespace ha {

FakePowerControl::FakePowerControl(QString target, QObject *parent)
    : PowerControl(parent), m_target(std::move(target))
{
}

template<typename T>
void FakePowerControl::answer(QObject *context, Done<T> done, std::function<Result<T>()> make)
{
    ++m_requests;
    auto cb = detail::guarded(context, std::move(done));
    const std::optional<Error> failure = m_failure;
    QTimer::singleShot(0, this, [this, cb, failure, make] {
        if (failure) {
            Q_EMIT reachabilityChanged(false);
            return cb(*failure);
        }
        cb(make());
    });
}

void FakePowerControl::powerStatus(QObject *context, Done<PowerState> done)
{
    answer<PowerState>(context, std::move(done), [this]() -> Result<PowerState> {
        Q_EMIT powerStateKnown(m_state);
        return m_state;
    });
}

void FakePowerControl::chassisStatus(QObject *context, Done<ChassisStatus> done)
{
    answer<ChassisStatus>(context, std::move(done), [this]() -> Result<ChassisStatus> {
        ChassisStatus c;
        c.powerOn = m_state == PowerState::On;
        c.restorePolicy = QStringLiteral("previous");
        return c;
    });
}

void FakePowerControl::power(PowerAction action, QObject *context, Done<void> done)
{
    answer<void>(context, std::move(done), [this, action]() -> Result<void> {
        m_actions.append(action);
        if (action == PowerAction::On)
            m_state = PowerState::On;
        else if (action == PowerAction::Off || action == PowerAction::SoftOff)
            m_state = PowerState::Off;
        Q_EMIT powerStateKnown(m_state);
        return {};
    });
}

void FakePowerControl::readSensors(QObject *context, Done<QList<SensorReading>> done)
{
    answer<QList<SensorReading>>(context, std::move(done),
                                 [this]() -> Result<QList<SensorReading>> { return m_sensors; });
}

void FakePowerControl::readSel(QObject *context, Done<QList<SelEntry>> done)
{
    answer<QList<SelEntry>>(context, std::move(done),
                            [this]() -> Result<QList<SelEntry>> { return m_sel; });
}

} // namespace ha
