#include "sshendpoint.h"

namespace ha {

QString authMethodName(SshEndpoint::AuthMethod method)
{
    switch (method) {
    case SshEndpoint::AuthMethod::Agent:
        return QStringLiteral("agent");
    case SshEndpoint::AuthMethod::Key:
        return QStringLiteral("key");
    case SshEndpoint::AuthMethod::Password:
        return QStringLiteral("password");
    }
    return QStringLiteral("agent");
}

} // namespace ha
