#pragma once
// Secrets (SSH passwords, key passphrases, BMC passwords) live only in the desktop keyring,
// through QtKeychain's asynchronous jobs. There is no plaintext fallback: when the keyring is
// missing or locked the caller gets KeyringUnavailable and tells the operator; key and agent
// authentication keep working without it.

#include "clusterprofile.h"
#include "util/result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ha {

class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadDone = std::function<void(Result<QByteArray>)>;
    using WriteDone = std::function<void(Result<void>)>;

    explicit SecretStore(QObject *parent = nullptr, QString service = QStringLiteral("haconsole"));

    // Callbacks run on this object's thread; `context` going away cancels delivery.
    void read(const QString &key, QObject *context, ReadDone done);
    void write(const QString &key, const QByteArray &secret, QObject *context, WriteDone done);
    void remove(const QString &key, QObject *context, WriteDone done);

    // The BMC password of a node: the profile's password file when it names one, else the
    // keyring entry ClusterProfile::bmcSecretKey().
    void readBmcPassword(const ClusterProfile &profile, const QString &node, QObject *context,
                         ReadDone done);

    // Overwrites the bytes before releasing them: secrets should not linger in freed memory.
    static void wipe(QByteArray &secret);

private:
    QString m_service;
};

} // namespace ha
