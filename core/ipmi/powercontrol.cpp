#include "powercontrol.h"

#include <QCoreApplication>

namespace ha {

QString powerStateName(PowerState state)
{
    return state == PowerState::On ? QStringLiteral("on") : QStringLiteral("off");
}

QString powerActionName(PowerAction action)
{
    switch (action) {
    case PowerAction::On: return QStringLiteral("on");
    case PowerAction::Off: return QStringLiteral("off");
    case PowerAction::SoftOff: return QStringLiteral("soft");
    case PowerAction::Reset: return QStringLiteral("reset");
    case PowerAction::Cycle: return QStringLiteral("cycle");
    }
    return QString();
}

bool powerActionFromName(const QString &name, PowerAction *action)
{
    for (PowerAction a : {PowerAction::On, PowerAction::Off, PowerAction::SoftOff,
                          PowerAction::Reset, PowerAction::Cycle}) {
        if (powerActionName(a) == name) {
            if (action)
                *action = a;
            return true;
        }
    }
    return false;
}

bool isDangerous(PowerAction action)
{
    return action != PowerAction::On;
}

QString describeAction(PowerAction action)
{
    switch (action) {
    case PowerAction::On:
        return QCoreApplication::translate("PowerControl", "Power on");
    case PowerAction::Off:
        return QCoreApplication::translate(
            "PowerControl", "Hard power-off: the node loses power at once, without shutting down");
    case PowerAction::SoftOff:
        return QCoreApplication::translate(
            "PowerControl", "Soft power-off: the operating system is asked to shut down (ACPI)");
    case PowerAction::Reset:
        return QCoreApplication::translate(
            "PowerControl", "Hard reset: the node restarts at once, without shutting down");
    case PowerAction::Cycle:
        return QCoreApplication::translate(
            "PowerControl", "Power cycle: power off, then on again, without shutting down");
    }
    return QString();
}

} // namespace ha
