#pragma once

#include "auth/secretstore.h"
#include "service/invitationservice.h"
#include "syncfixture.h"

#include <QStringList>
#include <memory>

namespace zenml::test {

// The sync fixture (server profile, test server, engine) plus the InvitationService over it,
// with either the in-memory secret store or the real keychain, and a capture of every log line
// so tests can check that no token was ever logged.
class InviteFixture
{
public:
    explicit InviteFixture(std::unique_ptr<SecretStore> secrets);
    ~InviteFixture();

    bool ok() const { return m_sync.ok(); }
    SyncFixture &sync() { return m_sync; }
    TestServer &server() { return m_sync.server(); }
    InvitationService &invitations() { return *m_invitations; }
    SecretStore &secrets() { return *m_secrets; }
    QString profileName() const { return m_profile; }

    // Runs a sync to its end; false when it did not end or ended with an error.
    bool syncOk(sync::SyncMode mode = sync::SyncMode::Both, bool sweep = false);
    // PUT /users/{id}/activate with the token, as the signup page does; the server's answer.
    Status activate(const QString &userId, const QString &token, const QString &password);
    // The held token of a user read straight from the secret store (empty: none).
    QString storedToken(const QString &userId);
    // Every file below the profile's folder, read as bytes, contains `needle` somewhere.
    bool dataContains(const QString &needle) const;
    static bool logsContain(const QString &needle);
    static void clearLogs();

private:
    SyncFixture m_sync;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<InvitationService> m_invitations;
    QString m_profile;
};

} // namespace zenml::test
