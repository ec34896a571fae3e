// InvitationService: the tokens in the keychain and the links made from them.
#include "invitationservice.h"

#include "auth/secretstore.h"
#include "invitationlink.h"
#include "store/localstore.h"
#include "store/usertable.h"
#include "sync/syncengine.h"

#include <QEventLoop>
#include <QPointer>

namespace zenml {

QString InvitationService::linkFor(const QString &userId, const QString &token) const
{
    QString name;
    if (auto user = m_service.store().users().byId(userId); user && user.value())
        name = user.value()->name;
    return InvitationLink::build(m_profile.serverUrl, userId, name, token);
}

void InvitationService::fetchLink(const QString &userId, QObject *context, LinkDone done)
{
    SecretReadJob *job = m_secrets.read(m_profile.name, SecretStore::activationKey(userId));
    QPointer<InvitationService> self(this);
    connect(job, &SecretReadJob::finished, context,
            [self, userId, done = std::move(done)](const SecretReadResult &read) {
                if (!read) {
                    done(read.error());
                    return;
                }
                if (!self || !read.value()) {
                    done(std::optional<QString>());
                    return;
                }
                done(std::optional<QString>(self->linkFor(userId, *read.value())));
            });
}

Result<std::optional<QString>> InvitationService::linkSync(const QString &userReference)
{
    auto user = userOf(userReference);
    if (!user)
        return user.error();
    const SecretReadResult read =
        m_secrets.readSync(m_profile.name, SecretStore::activationKey(user->id));
    if (!read)
        return read.error();
    if (!read.value())
        return std::optional<QString>();
    return std::optional<QString>(linkFor(user->id, *read.value()));
}

void InvitationService::keepToken(const QString &userId, const QString &token,
                                  std::function<void(Status)> done)
{
    // The age is recorded first, so a crash between the two leaves an index entry that the next
    // clean-up can resolve, never a token the client does not know about.
    if (Status s = m_ledger.record(userId, QDateTime::currentDateTimeUtc()); !s) {
        if (done)
            done(s);
        return;
    }
    const QString link = linkFor(userId, token);
    QString name;
    if (auto user = m_service.store().users().byId(userId); user && user.value())
        name = user.value()->name;
    SecretChangeJob *job =
        m_secrets.write(m_profile.name, SecretStore::activationKey(userId), token);
    ++m_keychainJobs;
    connect(job, &SecretChangeJob::finished, this,
            [this, userId, name, link, done = std::move(done)](const Status &written) {
                if (!written)
                    (void)m_ledger.forget({userId});
                Q_EMIT linkReady(userId, name, link, written.ok());
                Q_EMIT invitationsChanged();
                if (done)
                    done(written);
                if (--m_keychainJobs == 0)
                    Q_EMIT keychainSettled();
            });
}

Status InvitationService::keepTokenSync(const QString &userId, const QString &token)
{
    if (Status s = m_ledger.record(userId, QDateTime::currentDateTimeUtc()); !s)
        return s;
    Status written = m_secrets.writeSync(m_profile.name, SecretStore::activationKey(userId), token);
    if (!written)
        (void)m_ledger.forget({userId});
    return written;
}

void InvitationService::waitForKeychainSync()
{
    if (m_keychainJobs == 0)
        return;
    QEventLoop loop;
    connect(this, &InvitationService::keychainSettled, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

QStringList InvitationService::staleTokenOwners() const
{
    QStringList stale;
    auto held = m_ledger.all();
    if (!held)
        return stale;
    for (auto it = held->constBegin(); it != held->constEnd(); ++it) {
        auto user = m_service.store().users().byId(it.key());
        if (!user)
            continue; // unreadable now: try again after the next pull
        if (!user.value() || user.value()->active)
            stale << it.key();
    }
    return stale;
}

void InvitationService::removeTokens(const QStringList &userIds)
{
    if (userIds.isEmpty())
        return;
    (void)m_ledger.forget(userIds);
    for (const QString &id : userIds) {
        SecretChangeJob *job = m_secrets.remove(m_profile.name, SecretStore::activationKey(id));
        ++m_keychainJobs;
        connect(job, &SecretChangeJob::finished, this, [this] {
            if (--m_keychainJobs == 0)
                Q_EMIT keychainSettled();
        });
    }
}

int InvitationService::cleanUp()
{
    const QStringList stale = staleTokenOwners();
    removeTokens(stale);
    if (!stale.isEmpty())
        Q_EMIT invitationsChanged();
    return int(stale.size());
}

Status InvitationService::cleanUpSync()
{
    const QStringList stale = staleTokenOwners();
    if (stale.isEmpty())
        return {};
    if (Status s = m_ledger.forget(stale); !s)
        return s;
    for (const QString &id : stale) {
        if (Status s = m_secrets.removeSync(m_profile.name, SecretStore::activationKey(id)); !s)
            return s;
    }
    return {};
}

void InvitationService::watch(sync::SyncEngine &engine)
{
    connect(&engine, &sync::SyncEngine::invitationTokenReceived, this,
            [this](const QString &userId, const QString &token) { keepToken(userId, token); });
    connect(&engine, &sync::SyncEngine::finished, this, [this](const sync::SyncReport &report) {
        if (report.pull && !report.pull->error)
            cleanUp();
    });
    connect(&engine, &sync::SyncEngine::mirrorChanged, this,
            &InvitationService::invitationsChanged);
}

} // namespace zenml
