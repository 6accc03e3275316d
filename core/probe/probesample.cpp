#include "probesample.h"

#include <QCoreApplication>

namespace ha {

QString probeFailureName(ProbeFailure f)
{
    switch (f) {
    case ProbeFailure::None: return QStringLiteral("none");
    case ProbeFailure::Refused: return QStringLiteral("refused");
    case ProbeFailure::Timeout: return QStringLiteral("timeout");
    case ProbeFailure::Unreachable: return QStringLiteral("unreachable");
    case ProbeFailure::NoGreeting: return QStringLiteral("no-greeting");
    case ProbeFailure::BadGreeting: return QStringLiteral("bad-greeting");
    case ProbeFailure::ServerError: return QStringLiteral("server-error");
    case ProbeFailure::SocketError: return QStringLiteral("socket-error");
    }
    return QStringLiteral("unknown");
}

QString probeFailureText(ProbeFailure f)
{
    switch (f) {
    case ProbeFailure::None: return QCoreApplication::translate("ha::Probe", "up");
    case ProbeFailure::Refused: return QCoreApplication::translate("ha::Probe", "connection refused");
    case ProbeFailure::Timeout: return QCoreApplication::translate("ha::Probe", "no answer (timeout)");
    case ProbeFailure::Unreachable: return QCoreApplication::translate("ha::Probe", "host unreachable");
    case ProbeFailure::NoGreeting: return QCoreApplication::translate("ha::Probe", "connected, but no greeting");
    case ProbeFailure::BadGreeting: return QCoreApplication::translate("ha::Probe", "unexpected greeting");
    case ProbeFailure::ServerError: return QCoreApplication::translate("ha::Probe", "server refused the connection");
    case ProbeFailure::SocketError: return QCoreApplication::translate("ha::Probe", "network error");
    }
    return {};
}

} // namespace ha
