#pragma once
// A cluster as the operator configured it: nodes, how to reach them, their BMCs.
// No secret is ever a member here: passwords live in the keyring (SecretStore) or, for
// automation and the lab, in a mode-0600 file the profile names.

#include <QList>
#include <QString>
#include <QStringList>

namespace ha {

enum class SshAuth { Agent, Key, Password };

struct BmcConfig
{
    QString address;          // empty: the node has no BMC configured
    quint16 port = 623;
    QString user;
    QString passwordFile;     // optional; else the keyring entry bmcSecretKey()
    int cipherSuite = 3;      // 3 = RAKP-HMAC-SHA1 / HMAC-SHA1-96 / AES-CBC-128
    QString privilege = QStringLiteral("admin");
    int timeoutMs = 1000;     // per message; a dead BMC is reported after a few of these

    bool isConfigured() const { return !address.isEmpty(); }
};

struct NodeProfile
{
    QString name;             // the Pacemaker node name (uname -n)
    QString address;
    quint16 port = 22;
    QString user = QStringLiteral("root");
    SshAuth auth = SshAuth::Agent;
    QString identityFile;     // for SshAuth::Key
    bool sudo = false;        // non-root: run cluster commands through `sudo -n`
    BmcConfig bmc;
    // Log files the viewer follows on this node when journald has no cluster entries; empty:
    // the usual places (logsource::defaultLogCandidates()).
    QStringList logFiles;
};

struct ClusterProfile
{
    QString name;
    QList<NodeProfile> nodes;
    QString knownHostsFile;   // empty: the user's ~/.ssh/known_hosts
    bool processSshConfig = true;
    QString serviceAddress;   // the database VIP the service probe watches
    quint16 servicePort = 3306;
    QString serviceGroup;     // the resource group that carries the service

    const NodeProfile *node(const QString &nodeName) const;
    // Keyring entry names. Stable: changing them loses the operator's stored secrets.
    QString sshSecretKey(const QString &nodeName) const;
    QString bmcSecretKey(const QString &nodeName) const;
};

QString sshAuthName(SshAuth auth);
SshAuth sshAuthFromName(const QString &name, bool *ok = nullptr);

} // namespace ha
