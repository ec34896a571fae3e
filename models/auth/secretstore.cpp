#include "auth/secretstore.h"

#include "auth/secreterror.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>

namespace zenml {

namespace {

const QString kIndexKey = QStringLiteral("__keys__");
const QString kProbeEntry = QStringLiteral("__zenml-admin-probe__");

QString entryName(const QString &profile, const QString &key)
{
    return profile + QLatin1Char('/') + key;
}

Status validate(const QString &profile, const QString &key)
{
    if (profile.isEmpty())
        return secreterror::badName(
            QCoreApplication::translate("SecretStore", "empty profile name"));
    // Keys never contain '/', so "<profile>/<key>" splits unambiguously at the last '/'; "__"
    // is reserved for the store's own entries; a line break would corrupt the key index.
    if (key.isEmpty() || key.contains(QLatin1Char('/')) || key.contains(QLatin1Char('\n')) ||
        key.startsWith(QLatin1String("__"))) {
        return secreterror::badName(
            QCoreApplication::translate("SecretStore", "key '%1' in profile '%2'")
                .arg(key, profile));
    }
    return {};
}

Error cancelledError()
{
    return Error::make(
        ErrorKind::Cancelled,
        QCoreApplication::translate("SecretStore", "The keychain operation was cancelled."));
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore()
{
    if (m_cancelCurrent)
        m_cancelCurrent(cancelledError());
    for (const Operation &operation : m_queue)
        operation.cancel(cancelledError());
}

QString SecretStore::passwordKey()
{
    return QStringLiteral("password");
}

QString SecretStore::sessionTokenKey()
{
    return QStringLiteral("session-token");
}

QString SecretStore::activationKey(const QString &userId)
{
    return QStringLiteral("activation:") + userId;
}

SecretReadJob *SecretStore::read(const QString &profile, const QString &key)
{
    auto *job = new SecretReadJob(profile, key);
    if (Status valid = validate(profile, key); !valid) {
        job->finish(valid.error());
        return job;
    }
    QPointer<SecretReadJob> guard(job);
    const QString entry = entryName(profile, key);
    enqueue({[this, guard, entry](const std::function<void()> &next) {
                 readEntry(entry, [guard, next](SecretReadResult result) {
                     if (guard)
                         guard->finish(std::move(result));
                     next();
                 });
             },
             [guard](const Error &error) {
                 if (guard)
                     guard->finish(error);
             }});
    return job;
}

SecretChangeJob *SecretStore::write(const QString &profile, const QString &key,
                                    const QString &secret)
{
    auto *job = new SecretChangeJob(profile, key);
    if (Status valid = validate(profile, key); !valid) {
        job->finish(valid);
        return job;
    }
    QPointer<SecretChangeJob> guard(job);
    auto finish = [guard](const Status &status) {
        if (guard)
            guard->finish(status);
    };
    enqueue({[this, finish, profile, key, secret](const std::function<void()> &next) {
                 auto done = [finish, next](const Status &status) {
                     finish(status);
                     next();
                 };
                 // The index is written first: a secret is never in the keychain unlisted.
                 readIndex(profile, [this, done, profile, key, secret](Result<QStringList> index) {
                     if (!index)
                         return done(index.error());
                     auto writeSecret = [this, done, profile, key, secret] {
                         writeEntry(entryName(profile, key), secret, done);
                     };
                     if (index->contains(key))
                         return writeSecret();
                     writeIndex(profile, index.value() << key,
                                [done, writeSecret](const Status &indexed) {
                                    if (!indexed)
                                        return done(indexed);
                                    writeSecret();
                                });
                 });
             },
             finish});
    return job;
}

SecretChangeJob *SecretStore::remove(const QString &profile, const QString &key)
{
    auto *job = new SecretChangeJob(profile, key);
    if (Status valid = validate(profile, key); !valid) {
        job->finish(valid);
        return job;
    }
    QPointer<SecretChangeJob> guard(job);
    auto finish = [guard](const Status &status) {
        if (guard)
            guard->finish(status);
    };
    enqueue({[this, finish, profile, key](const std::function<void()> &next) {
                 auto done = [finish, next](const Status &status) {
                     finish(status);
                     next();
                 };
                 removeEntry(
                     entryName(profile, key), [this, done, profile, key](const Status &removed) {
                         if (!removed)
                             return done(removed);
                         readIndex(profile, [this, done, profile, key](Result<QStringList> index) {
                             if (!index)
                                 return done(index.error());
                             if (!index->contains(key))
                                 return done({});
                             QStringList keys = index.value();
                             keys.removeAll(key);
                             writeIndex(profile, keys, done);
                         });
                     });
             },
             finish});
    return job;
}

SecretChangeJob *SecretStore::removeAll(const QString &profile)
{
    auto *job = new SecretChangeJob(profile, QString());
    if (profile.isEmpty()) {
        job->finish(validate(profile, passwordKey()));
        return job;
    }
    QPointer<SecretChangeJob> guard(job);
    auto finish = [guard](const Status &status) {
        if (guard)
            guard->finish(status);
    };
    enqueue({[this, finish, profile](const std::function<void()> &next) {
                 auto done = [finish, next](const Status &status) {
                     finish(status);
                     next();
                 };
                 readIndex(profile, [this, done, profile](Result<QStringList> index) {
                     if (!index)
                         return done(index.error());
                     QStringList entries;
                     for (const QString &key : index.value())
                         entries << entryName(profile, key);
                     // The index goes last, so a failure half-way leaves the rest still listed.
                     entries << entryName(profile, kIndexKey);
                     removeEach(entries, done);
                 });
             },
             finish});
    return job;
}

SecretChangeJob *SecretStore::checkAvailable()
{
    auto *job = new SecretChangeJob(QString(), QString());
    QPointer<SecretChangeJob> guard(job);
    auto finish = [guard](const Status &status) {
        if (guard)
            guard->finish(status);
    };
    enqueue({[this, finish](const std::function<void()> &next) {
                 auto done = [finish, next](const Status &status) {
                     finish(status);
                     next();
                 };
                 writeEntry(kProbeEntry, QStringLiteral("probe"),
                            [this, done](const Status &written) {
                                if (!written)
                                    return done(written);
                                removeEntry(kProbeEntry, done);
                            });
             },
             finish});
    return job;
}

void SecretStore::enqueue(Operation operation)
{
    m_queue.push_back(std::move(operation));
    if (!m_busy) {
        m_busy = true;
        // Start from the event loop, so no job can finish inside the call that created it.
        QMetaObject::invokeMethod(
            this, [this] { runNext(); }, Qt::QueuedConnection);
    }
}

void SecretStore::runNext()
{
    if (m_queue.empty()) {
        m_busy = false;
        return;
    }
    Operation operation = std::move(m_queue.front());
    m_queue.pop_front();
    m_cancelCurrent = operation.cancel;
    operation.run([this] {
        m_cancelCurrent = nullptr;
        // Queued: a synchronous backend must not recurse through the whole queue.
        QMetaObject::invokeMethod(
            this, [this] { runNext(); }, Qt::QueuedConnection);
    });
}

void SecretStore::readIndex(const QString &profile,
                            const std::function<void(Result<QStringList>)> &done)
{
    readEntry(entryName(profile, kIndexKey), [done](SecretReadResult result) {
        if (!result)
            return done(result.error());
        if (!result.value())
            return done(QStringList());
        done(result.value()->split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    });
}

void SecretStore::writeIndex(const QString &profile, const QStringList &keys, StatusDone done)
{
    if (keys.isEmpty())
        return removeEntry(entryName(profile, kIndexKey), std::move(done));
    writeEntry(entryName(profile, kIndexKey), keys.join(QLatin1Char('\n')), std::move(done));
}

void SecretStore::removeEach(QStringList entries, const StatusDone &done)
{
    if (entries.isEmpty())
        return done({});
    const QString first = entries.takeFirst();
    removeEntry(first, [this, entries, done](const Status &removed) {
        if (!removed)
            return done(removed);
        removeEach(entries, done);
    });
}

SecretReadResult SecretStore::readSync(const QString &profile, const QString &key)
{
    std::optional<SecretReadResult> out;
    QEventLoop loop;
    connect(read(profile, key), &SecretReadJob::finished, &loop,
            [&out, &loop](const SecretReadResult &result) {
                out = result;
                loop.quit();
            });
    loop.exec();
    return *out;
}

namespace {

Status waitFor(SecretChangeJob *job)
{
    std::optional<Status> out;
    QEventLoop loop;
    QObject::connect(job, &SecretChangeJob::finished, &loop, [&out, &loop](const Status &status) {
        out = status;
        loop.quit();
    });
    loop.exec();
    return *out;
}

} // namespace

Status SecretStore::writeSync(const QString &profile, const QString &key, const QString &secret)
{
    return waitFor(write(profile, key, secret));
}

Status SecretStore::removeSync(const QString &profile, const QString &key)
{
    return waitFor(remove(profile, key));
}

Status SecretStore::removeAllSync(const QString &profile)
{
    return waitFor(removeAll(profile));
}

Status SecretStore::checkAvailableSync()
{
    return waitFor(checkAvailable());
}

} // namespace zenml
