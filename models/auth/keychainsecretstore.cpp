#include "auth/keychainsecretstore.h"

#include "auth/secreterror.h"

#include <qt6keychain/keychain.h>

namespace zenml {

namespace {

// QtKeychain jobs delete themselves after finished() (autoDelete), so they are never owned here.
template<typename Job> Job *makeJob(const QString &entry)
{
    auto *job = new Job(KeychainSecretStore::serviceName());
    job->setInsecureFallback(false);
    job->setKey(entry);
    return job;
}

Status statusOf(const QKeychain::Job *job, bool missingIsFine)
{
    if (job->error() == QKeychain::NoError)
        return {};
    if (missingIsFine && job->error() == QKeychain::EntryNotFound)
        return {};
    return secreterror::fromQtKeychain(job->error(), job->errorString());
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{}

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("zenml-admin");
}

void KeychainSecretStore::readEntry(const QString &entry, ReadDone done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(entry);
    // Context `this`: if the store is gone, the answer is dropped rather than delivered to it.
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::NoError)
            return done(SecretReadResult(std::optional<QString>(read->textData())));
        if (read->error() == QKeychain::EntryNotFound)
            return done(SecretReadResult(std::optional<QString>()));
        done(statusOf(read, false).error());
    });
    job->start();
}

void KeychainSecretStore::writeEntry(const QString &entry, const QString &secret, StatusDone done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(entry);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [done](QKeychain::Job *finished) { done(statusOf(finished, false)); });
    job->start();
}

void KeychainSecretStore::removeEntry(const QString &entry, StatusDone done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(entry);
    connect(job, &QKeychain::Job::finished, this,
            [done](QKeychain::Job *finished) { done(statusOf(finished, true)); });
    job->start();
}

} // namespace zenml
