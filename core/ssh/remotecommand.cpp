#include "remotecommand.h"

#include "util/shellquote.h"

namespace ha {

QString RemoteCommand::commandLine() const
{
    return shellJoin(m_argv);
}

QString RemoteCommand::commandLine(bool viaSudo) const
{
    if (!viaSudo || !m_privileged)
        return commandLine();
    // -n: never prompt. A prompt would hang the channel and a password must never travel in a
    // command line, so sudo has to be configured with NOPASSWD for these programs.
    return QStringLiteral("sudo -n ") + commandLine();
}

} // namespace ha
