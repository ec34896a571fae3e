#pragma once

#include "auth/session.h"
#include "domain/error.h"
#include "profilemanager.h"
#include "remote/certificateinfo.h"
#include "remote/remoteapi.h"
#include "remote/serverinfo.h"
#include "sessionrecord.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace zenml {

class AdminService;
class LocalStore;
class SecretStore;

// What a successful login leaves behind besides the session.
struct LoginOutcome
{
    SessionRecord record;
    remote::ServerInfo server;
    bool passwordStored = false; // in the keychain, for later runs and re-login
    QString note;                // a sentence worth showing, e.g. "no keychain: session only"
};

// The connection of ONE server profile: checks the server, signs in and out, keeps the token in
// memory and, with the password, in the keychain (when asked to) and the non-secret facts of the
// sign-in in the profile (SessionRecord), gates edits by the signed-in user's permissions, and logs
// in again when the server answers 401 mid-session.
//
// Every verb is asynchronous with one completion signal; the *Sync wrappers spin a local event
// loop for the headless command line (never use them from GUI code).
class ServerConnection : public QObject
{
    Q_OBJECT

public:
    enum class PasswordPolicy {
        Store,  // save it in the keychain (the "remember" choice)
        Forget, // remove a saved one; keep it only in memory for re-login in this process
        Keep,   // leave the keychain as it is (re-login with the saved password)
    };

    // `network` may be null: the connection then owns one. `store` is the profile's own store.
    ServerConnection(ProfileInfo profile, LocalStore &store, SecretStore &secrets,
                     QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~ServerConnection() override;

    const ProfileInfo &profile() const { return m_profile; }
    // The REST client with the current token (empty when not signed in in this process). For the
    // sync engine: create jobs from it; on a 401 call reauthenticate() and create them again.
    remote::RemoteApi &api() { return m_api; }
    const Session &session() const { return m_session; }
    bool hasToken() const { return !m_session.bearerToken().isEmpty(); }
    // The last sign-in as recorded in the profile (also valid in a fresh process, offline).
    const SessionRecord &record() const { return m_record; }
    std::optional<remote::ServerInfo> serverInfo() const { return m_serverInfo; }

    // Re-reads the recorded sign-in (another connection to the same profile, e.g. the connect
    // dialog's, may have signed in or out) and emits sessionChanged().
    Status reloadRecord();
    // Takes over the live session of another connection of the same profile, server and user
    // (the connect dialog's, which just signed in); false, and nothing changes, otherwise.
    bool adoptSession(const ServerConnection &other);

    void setTimeout(std::chrono::milliseconds timeout);
    // Plain http:// to another computer was confirmed by the admin (kept in the profile).
    bool insecureHttpAllowed() const { return m_insecureAllowed; }
    Status setInsecureHttpAllowed(bool allowed);

    // The certificate of the last call that failed TLS verification, for showing and pinning.
    std::optional<remote::CertificateInfo> rejectedCertificate() const { return m_rejected; }
    // Pins a SHA-256 fingerprint for this profile (stored with it) and uses it from now on.
    Status trustCertificate(const QString &sha256);

    // Write needs the 'write' permission of the signed-in user, from the live token or, without
    // one, from the recorded sign-in. Wording as Session::require.
    Status checkPermission(Permission permission, const QString &action) const;
    void installPermissionGate(AdminService &service);
    // Passwords given to queued edits wait in the keychain under the key the push reads.
    void installSecretSink(AdminService &service);
    // True when the signed-in (or last recorded) user may edit.
    bool canWrite() const;

    // --- Asynchronous verbs (one completion signal each)
    void checkServer(); // GET /info and the version check → serverChecked
    void login(const QString &password, bool remember); // → loginFinished
    void ensureSession(); // a token, from the saved password if needed → sessionReady
    void logout();        // forget the token and the saved password → loggedOut
    // For the sync engine, after a job got 401: logs in again with the saved (or this session's)
    // password; `done` runs in `context`'s thread unless `context` was destroyed. Concurrent
    // calls share one login.
    void reauthenticate(QObject *context, std::function<void(zenml::Status)> done);

    // --- Blocking wrappers for the command line
    Result<remote::ServerInfo> checkServerSync();
    Result<LoginOutcome> loginSync(const QString &password, bool remember);
    Status ensureSessionSync();
    Result<QString> logoutSync(); // the value is a note worth showing, usually empty

signals:
    void serverChecked(const zenml::Result<zenml::remote::ServerInfo> &result);
    void loginFinished(const zenml::Result<zenml::LoginOutcome> &result);
    void sessionReady(const zenml::Status &status);
    void loggedOut(const zenml::Result<QString> &note);
    // Signed in, out or with other permissions: re-evaluate what the UI allows.
    void sessionChanged();
    void certificateRejected(const zenml::remote::CertificateInfo &certificate);

private:
    using InfoDone = std::function<void(const Result<remote::ServerInfo> &)>;
    using LoginDone = std::function<void(const Result<LoginOutcome> &)>;
    using StatusDone = std::function<void(const Status &)>;

    void runCheck(InfoDone done);
    void runLogin(const QString &password, PasswordPolicy policy, LoginDone done);
    void finishLogin(const remote::LoginResult &login, const remote::ServerInfo &info,
                     const QString &password, PasswordPolicy policy, LoginDone done);
    void runEnsure(bool force, StatusDone done);
    void signInWithPassword(StatusDone done);
    // The session token in the keychain (serverconnectiontoken.cpp): reuseToken adopts a saved
    // one issued for this server and user (true) or leaves things as they are (false);
    // keepToken saves the current one (keep) or removes a saved one.
    void reuseToken(std::function<void(bool)> done);
    void keepToken(bool keep, std::function<void()> done);
    void runLogout(std::function<void(const Result<QString> &)> done);
    void forgetSession();
    Status insecureRefusal() const;
    void watch(remote::RemoteJob *job);

    template<typename R> static R waitFor(const std::function<void(std::function<void(R)>)> &run);

    ProfileInfo m_profile;
    LocalStore &m_store;
    SecretStore &m_secrets;
    QPointer<QNetworkAccessManager> m_network;
    remote::RemoteApi m_api;
    Session m_session;
    SessionRecord m_record;
    std::optional<remote::ServerInfo> m_serverInfo;
    std::optional<remote::CertificateInfo> m_rejected;
    // Only when the password is not in the keychain (session-only sign-in): memory, never disk.
    QString m_sessionPassword;
    QList<std::pair<QPointer<QObject>, std::function<void(Status)>>> m_reauthWaiting;
    bool m_insecureAllowed = false;
};

} // namespace zenml
