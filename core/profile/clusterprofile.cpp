#include "clusterprofile.h"

namespace ha {

const NodeProfile *ClusterProfile::node(const QString &nodeName) const
{
    for (const NodeProfile &n : nodes) {
        if (n.name == nodeName)
            return &n;
    }
    return nullptr;
}

QString ClusterProfile::sshSecretKey(const QString &nodeName) const
{
    return QStringLiteral("ssh/%1/%2").arg(name, nodeName);
}

QString ClusterProfile::bmcSecretKey(const QString &nodeName) const
{
    return QStringLiteral("bmc/%1/%2").arg(name, nodeName);
}

QString sshAuthName(SshAuth auth)
{
    switch (auth) {
    case SshAuth::Agent: return QStringLiteral("agent");
    case SshAuth::Key: return QStringLiteral("key");
    case SshAuth::Password: return QStringLiteral("password");
    }
    return QStringLiteral("agent");
}

SshAuth sshAuthFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == QLatin1String("key"))
        return SshAuth::Key;
    if (name == QLatin1String("password"))
        return SshAuth::Password;
    if (name != QLatin1String("agent") && ok)
        *ok = false;
    return SshAuth::Agent;
}

} // namespace ha
