#pragma once
// How to reach one node over SSH. Plain data: no secret is ever stored here (passwords and key
// passphrases reach NodeSession::setSecret() from the keyring and are wiped after use).

#include <QString>

namespace ha {

struct SshEndpoint
{
    enum class AuthMethod
    {
        Agent,
        Key,
        Password
    };

    QString host;     // address or name (a Host alias when processSshConfig is on)
    quint16 port = 0; // 0: from ~/.ssh/config if processed, else 22
    QString user;     // empty: from ~/.ssh/config if processed, else the local user
    AuthMethod auth = AuthMethod::Agent;
    QString identityFile;         // AuthMethod::Key; empty: ssh config / default identities
    QString knownHostsFile;       // empty: the user's ~/.ssh/known_hosts (+ the global file)
    bool processSshConfig = true; // honour ~/.ssh/config (HostName, Port, User, IdentityFile,
                                  // ProxyCommand); explicit fields above win over it
    bool useSudo = false;         // a non-root user runs cluster commands as `sudo -n <cmd>`
    int connectTimeoutMs = 10000; // TCP connect, key exchange and each auth step
};

QString authMethodName(SshEndpoint::AuthMethod method);

} // namespace ha
