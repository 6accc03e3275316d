#include "result.h"

namespace ha {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorCode::Parse: return QStringLiteral("parse");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::Unreachable: return QStringLiteral("unreachable");
    case ErrorCode::AuthFailed: return QStringLiteral("auth-failed");
    case ErrorCode::HostKeyUnknown: return QStringLiteral("host-key-unknown");
    case ErrorCode::HostKeyChanged: return QStringLiteral("host-key-changed");
    case ErrorCode::PermissionDenied: return QStringLiteral("permission-denied");
    case ErrorCode::Timeout: return QStringLiteral("timeout");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::RemoteFailed: return QStringLiteral("remote-failed");
    case ErrorCode::KeyringUnavailable: return QStringLiteral("keyring-unavailable");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace ha
