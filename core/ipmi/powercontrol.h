#pragma once
// Power control of one node through its BMC, as an interface: the console, the CLI and the
// fencing checks talk to this, tests of those parts use FakePowerControl, and only
// OpenIpmiPowerControl knows OpenIPMI.
//
// Every call is asynchronous and returns at once. `done` runs later on the object's thread,
// exactly once, unless `context` has been destroyed by then (then it is dropped).

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace ha {

enum class PowerState { Off, On };

// Chassis Control actions. Off is a hard power-off; SoftOff asks the OS (ACPI) to shut down.
enum class PowerAction { On, Off, SoftOff, Reset, Cycle };

QString powerStateName(PowerState state);       // "on" / "off" (stable, for scripts)
QString powerActionName(PowerAction action);    // "on", "off", "soft", "reset", "cycle"
bool powerActionFromName(const QString &name, PowerAction *action);
bool isDangerous(PowerAction action);            // everything but On takes the node down
QString describeAction(PowerAction action);      // a sentence for confirmations (translated)

struct ChassisStatus
{
    bool powerOn = false;
    bool powerOverload = false;
    bool interlock = false;
    bool powerFault = false;
    bool powerControlFault = false;
    QString restorePolicy;   // "always-off", "previous", "always-on", "unknown"
    QString lastPowerEvent;  // empty when the BMC names none
    bool intrusion = false;
    bool frontPanelLockout = false;
    bool driveFault = false;
    bool coolingFault = false;
};

enum class SensorSeverity { Ok, Warning, Critical, Unknown };

struct SensorReading
{
    int number = 0;
    QString name;
    QString type;            // "temperature", "fan", "voltage", ... (as ipmi::decodeReading names them)
    bool hasValue = false;   // false: discrete sensor or reading unavailable
    double value = 0.0;
    QString unit;            // "degrees C", "RPM", "Volts", ...
    QString state;           // "ok", "upper critical", or the asserted discrete states
    SensorSeverity severity = SensorSeverity::Unknown;
};

struct SelEntry
{
    int recordId = 0;
    QDateTime time;          // invalid when the BMC had no clock set (pre-init timestamp)
    QString sensor;          // name from the SDR, else "sensor #N"
    QString sensorType;
    QString event;           // e.g. "upper critical going high"
    bool deassertion = false;
};

class PowerControl : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    explicit PowerControl(QObject *parent = nullptr) : QObject(parent) {}

    // "node1 (BMC 198.18.0.201:623)": what confirmations and errors name.
    virtual QString target() const = 0;

    virtual void powerStatus(QObject *context, Done<PowerState> done) = 0;
    virtual void chassisStatus(QObject *context, Done<ChassisStatus> done) = 0;
    virtual void power(PowerAction action, QObject *context, Done<void> done) = 0;
    virtual void readSensors(QObject *context, Done<QList<SensorReading>> done) = 0;
    virtual void readSel(QObject *context, Done<QList<SelEntry>> done) = 0;

    void powerOn(QObject *context, Done<void> done) { power(PowerAction::On, context, std::move(done)); }
    void powerOff(QObject *context, Done<void> done) { power(PowerAction::Off, context, std::move(done)); }
    void softOff(QObject *context, Done<void> done) { power(PowerAction::SoftOff, context, std::move(done)); }
    void reset(QObject *context, Done<void> done) { power(PowerAction::Reset, context, std::move(done)); }
    void cycle(QObject *context, Done<void> done) { power(PowerAction::Cycle, context, std::move(done)); }

Q_SIGNALS:
    // After every successful status read or action: lets node cards follow without polling twice.
    void powerStateKnown(ha::PowerState state);
    // false after a connection/login failure, true after the next success.
    void reachabilityChanged(bool reachable);
};

namespace detail {
// Wraps `done` so it is dropped when `context` is gone: callers need not outlive requests.
template<typename T>
PowerControl::Done<T> guarded(QObject *context, PowerControl::Done<T> done)
{
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    return [ctx, hadContext, done = std::move(done)](Result<T> r) {
        if (hadContext && !ctx)
            return;
        if (done)
            done(std::move(r));
    };
}
} // namespace detail

} // namespace ha
