#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

const QString kService = QStringLiteral("Relance");

// Runs a QtKeychain job to its end (they are asynchronous, over D-Bus) and says what failed.
Error jobError(const QKeychain::Job &job, const QString &account)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Error(Tr::tr("no password is stored for %1 in the keyring").arg(account), QStringLiteral("absent"));
    case QKeychain::NoBackendAvailable:
        return Error(Tr::tr("no keyring is available (install and unlock GNOME Keyring, KWallet or KeePassXC with "
                            "its Secret Service): Relance keeps passwords nowhere else (%1)")
                         .arg(job.errorString()),
                     QStringLiteral("keyring"));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error(Tr::tr("the keyring refused access: %1").arg(job.errorString()), QStringLiteral("keyring"));
    default: break;
    }
    return Error(Tr::tr("the keyring failed: %1").arg(job.errorString()), QStringLiteral("keyring"));
}

void run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // Never a plaintext file as a fallback: no keyring is said, not papered over.
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

}  // namespace

Result<QString> SecretStore::read(const QString &account)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(account);
    run(job);
    if (job.error() != QKeychain::NoError)
        return jobError(job, account);
    return job.textData();
}

Status SecretStore::write(const QString &account, const QString &secret)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(account);
    job.setTextData(secret);
    run(job);
    if (job.error() != QKeychain::NoError)
        return jobError(job, account);
    return success();
}

Status SecretStore::remove(const QString &account)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(account);
    run(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return jobError(job, account);
    return success();
}

}  // namespace relance
