#include "secretstore.h"

#include "profilestore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace ha {

namespace {

Error keychainError(QKeychain::Error code, const QString &detail, const QString &key)
{
    switch (code) {
    case QKeychain::EntryNotFound:
        // A locked keyring also answers reads with EntryNotFound (see toolchain notes), so the
        // message leaves that possibility open.
        return makeError(ErrorCode::NotFound,
                         SecretStore::tr("No secret is stored for %1 (or the keyring is locked).")
                             .arg(key));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(ErrorCode::KeyringUnavailable,
                         SecretStore::tr("The keyring refused access (is it locked?): %1")
                             .arg(detail));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        break;
    }
    return makeError(ErrorCode::KeyringUnavailable,
                     SecretStore::tr("The desktop keyring is not available: %1. Passwords cannot "
                                     "be stored; SSH keys and the SSH agent still work.")
                         .arg(detail));
}

} // namespace

SecretStore::SecretStore(QObject *parent, QString service)
    : QObject(parent)
    , m_service(std::move(service))
{
}

void SecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [job, key, guard, done](QKeychain::Job *) {
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError) {
            done(keychainError(job->error(), job->errorString(), key));
            return;
        }
        QByteArray secret = job->binaryData();
        done(Result<QByteArray>(secret));
        wipe(secret);
    });
    job->start();
}

void SecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                        WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setBinaryData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [job, key, guard, done](QKeychain::Job *) {
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError) {
            // A failed write is the reliable signal that there is no usable keyring.
            Error e = keychainError(job->error(), job->errorString(), key);
            if (e.code == ErrorCode::NotFound)
                e.code = ErrorCode::KeyringUnavailable;
            done(e);
            return;
        }
        done(Result<void>());
    });
    job->start();
}

void SecretStore::remove(const QString &key, QObject *context, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [job, key, guard, done](QKeychain::Job *) {
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            done(keychainError(job->error(), job->errorString(), key));
            return;
        }
        done(Result<void>());
    });
    job->start();
}

void SecretStore::readBmcPassword(const ClusterProfile &profile, const QString &node,
                                  QObject *context, ReadDone done)
{
    const NodeProfile *n = profile.node(node);
    if (!n || !n->bmc.isConfigured()) {
        const Error e = makeError(ErrorCode::NotFound,
                                  tr("No BMC is configured for node %1 in profile %2.")
                                      .arg(node, profile.name));
        QTimer::singleShot(0, context, [done, e] { done(e); });
        return;
    }
    if (!n->bmc.passwordFile.isEmpty()) {
        Result<QByteArray> pw = readPasswordFile(n->bmc.passwordFile);
        QTimer::singleShot(0, context, [done, pw]() mutable {
            done(pw);
            if (pw.ok())
                wipe(pw.value());
        });
        return;
    }
    read(profile.bmcSecretKey(node), context, std::move(done));
}

void SecretStore::wipe(QByteArray &secret)
{
    if (secret.isEmpty())
        return;
    secret.detach();
    volatile char *p = secret.data();
    for (qsizetype i = 0; i < secret.size(); ++i)
        p[i] = 0;
    secret.clear();
}

} // namespace ha
