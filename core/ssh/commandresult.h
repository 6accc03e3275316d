#pragma once
// What a remote command produced. `error` is set when the command could not run or finish
// normally (not connected, timeout, cancelled, sudo needs a password, connection lost); a
// command that ran and exited non-zero has no error, only its exitCode.

#include "util/result.h"

#include <QByteArray>
#include <QMetaType>
#include <optional>

namespace ha {

struct CommandResult
{
    int exitCode = -1; // -1: no exit status (did not run, killed, connection lost)
    QByteArray stdOut;
    QByteArray stdErr;
    qint64 durationMs = 0;
    std::optional<ha::Error> error;

    bool ok() const { return !error && exitCode == 0; }
};

} // namespace ha

Q_DECLARE_METATYPE(ha::CommandResult)
