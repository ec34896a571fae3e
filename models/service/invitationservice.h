#pragma once

#include "adminservice.h"
#include "domain/error.h"
#include "invitation.h"
#include "invitationledger.h"
#include "profilemanager.h"

#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

namespace zenml {

class SecretStore;
namespace sync {
class SyncEngine;
}

// Invitations of a server profile: inactive users and the one-time activation tokens the server
// hands out for them (issue 6, API README section 8). The token is a credential: it lives only
// in the OS keychain under "activation:<server user id>" of the profile, and leaves it once the
// user is seen active or gone. The link is built on demand (InvitationLink) and never stored.
//
// The GUI and the CLI use the same verbs; the sync engine delivers tokens through watch().
class InvitationService : public QObject
{
    Q_OBJECT

public:
    using LinkDone = std::function<void(const Result<std::optional<QString>> &)>;

    InvitationService(AdminService &service, SecretStore &secrets, ProfileInfo profile,
                      QObject *parent = nullptr);

    const ProfileInfo &profile() const { return m_profile; }
    // The signed-in user's permissions gate regenerate and revoke as they gate every edit.
    void setPermissionGate(AdminService::PermissionGate gate) { m_gate = std::move(gate); }
    // Only a server profile has invitations.
    bool isAvailable() const { return m_profile.kind == ProfileKind::Server; }
    // Why a local profile has none: said instead of hiding the Invite action.
    static QString unavailableReason();

    // Creates the inactive user (the draft's password is ignored) with its roles in one queued
    // batch. The link follows when the create reaches the server.
    Result<User> invite(UserDraft draft);
    // Every inactive user with the state of its link, newest first.
    Result<QList<Invitation>> invitations() const;
    Result<Invitation> invitation(const QString &userReference) const;

    // Queues PUT /users/{id}/deactivate for each user: the server then answers with a new token
    // (the old link stops working; an active user becomes inactive). The held tokens are dropped
    // at once. Users not yet on the server are refused: their link comes with the create.
    Status regenerate(const QStringList &userReferences);
    // Deletes the users (an invitation is revoked by deleting its inactive user) and their tokens.
    Status revoke(const QStringList &userReferences);

    // The link of a user, or nullopt when the keychain holds no token for it.
    void fetchLink(const QString &userId, QObject *context, LinkDone done);
    Result<std::optional<QString>> linkSync(const QString &userReference); // CLI only
    // The link of a user for a token in hand (the server id, the mirror's name).
    QString linkFor(const QString &userId, const QString &token) const;

    // Keeps a token that the server just issued; `done` (optional) gets the keychain's answer.
    // Emits linkReady (with the link, for a notification) whatever the keychain says.
    void keepToken(const QString &userId, const QString &token,
                   std::function<void(Status)> done = {});
    Status keepTokenSync(const QString &userId, const QString &token); // CLI only
    // Spins a local event loop until every keychain job this service started has its answer
    // (CLI only: a one-shot process must not exit with a token still on its way).
    void waitForKeychainSync();
    // Removes the tokens of users that are now active or no longer in the mirror; call after a
    // pull. Returns how many it removes (the keychain jobs finish later).
    int cleanUp();
    Status cleanUpSync(); // CLI only

    // Stores the tokens the engine receives and cleans up after each sync that pulled.
    void watch(sync::SyncEngine &engine);

signals:
    // A token arrived and the link can be shown; keptInKeychain false: shown once only.
    void linkReady(const QString &userId, const QString &userName, const QString &link,
                   bool keptInKeychain);
    void invitationsChanged();
    void keychainSettled();

private:
    Status checkWrite(const QString &action) const;
    Result<User> userOf(const QString &reference) const;
    // Users whose create or regeneration is still queued: their token comes with the push.
    Result<QSet<QString>> awaitingToken() const;
    Result<Invitation> describe(const User &user, const QSet<QString> &awaiting,
                                const QHash<QString, QDateTime> &held) const;
    void removeTokens(const QStringList &userIds);
    QStringList staleTokenOwners() const;

    AdminService &m_service;
    SecretStore &m_secrets;
    ProfileInfo m_profile;
    InvitationLedger m_ledger;
    AdminService::PermissionGate m_gate;
    int m_keychainJobs = 0;
};

} // namespace zenml
