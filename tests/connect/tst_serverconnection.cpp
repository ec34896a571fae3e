// ServerConnection against the in-process test ZenML server, with the in-memory secret store:
// sign in, what is kept where, permission gating (live and recorded), logout, re-login after a
// 401 mid-session, and the first pull into the mirror.
#include "auth/memorysecretstore.h"
#include "connectfixture.h"
#include "remote/jobwaiter.h"
#include "service/adminservice.h"
#include "service/profilemanager.h"
#include "service/serverconnection.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using zenml::test::TestServer;

namespace {
const QString kAdminPassword = QStringLiteral("Adm1n-Secret-7781");
const QString kGuestPassword = QStringLiteral("Gu3st-Secret-4410");
} // namespace

class TestServerConnection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loginKeepsTokenInMemoryAndPasswordInKeychain();
    void asyncLoginEmitsOneSignal();
    void recordedPermissionsGateEditsAcrossRuns();
    void serverForbiddenIsPermissionDenied();
    void noKeychainMeansSessionOnly();
    void noRememberRemovesSavedPassword();
    void ensureSessionNeedsSignIn();
    void ensureSessionUsesSavedPassword();
    void unauthorizedMidSessionLogsInAgain();
    void logoutForgetsEverythingSecret();
    void pathPrefixAndTrailingSlash();
    void insecureHttpNeedsConsent();
    void pullFillsMirror();
    void failedPullChangesNothing();

private:
    void openProfile(const QString &url, const QString &username);
    Result<LoginOutcome> signIn(const QString &password, bool remember = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ServerConnection> m_connection;
    ProfileInfo m_profile;
};

void TestServerConnection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<TestServer>();
    m_server->setDefaultPassword(kAdminPassword);
    QVERIFY(m_server->listen());
    m_secrets = std::make_unique<MemorySecretStore>();
    openProfile(m_server->baseUrl().toString(), QStringLiteral("default"));
}

void TestServerConnection::cleanup()
{
    m_connection.reset();
    m_store.reset();
    m_secrets.reset();
    m_server.reset();
    m_dir.reset();
}

void TestServerConnection::openProfile(const QString &url, const QString &username)
{
    m_connection.reset();
    m_store.reset();
    ProfileManager profiles(m_dir->path());
    if (profiles.exists(QStringLiteral("srv")))
        QVERIFY(profiles.remove(QStringLiteral("srv")).ok());
    auto created = profiles.createServer(QStringLiteral("srv"), url, username);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    m_profile = *created;
    auto store = profiles.open(QStringLiteral("srv"));
    QVERIFY(store.ok());
    m_store = std::move(store.value());
    m_connection = std::make_unique<ServerConnection>(m_profile, *m_store, *m_secrets);
    m_connection->setTimeout(std::chrono::milliseconds(10000));
}

Result<LoginOutcome> TestServerConnection::signIn(const QString &password, bool remember)
{
    return m_connection->loginSync(password, remember);
}

void TestServerConnection::loginKeepsTokenInMemoryAndPasswordInKeychain()
{
    auto outcome = signIn(kAdminPassword);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QVERIFY(outcome->passwordStored);
    QVERIFY(outcome->note.isEmpty());
    QVERIFY(m_connection->hasToken());
    QCOMPARE(m_connection->api().endpoint().token, m_connection->session().bearerToken());
    QCOMPARE(m_secrets->entryValue(QStringLiteral("srv/password")), kAdminPassword);
    // The non-secret facts, as the brief spells them.
    QCOMPARE(m_store->meta(QStringLiteral("session_permissions")).value(),
             QStringLiteral("read,write,me"));
    QCOMPARE(m_store->meta(QStringLiteral("session_user_id")).value(),
             m_server->userId(QStringLiteral("default")));
    QCOMPARE(m_store->meta(QStringLiteral("server_id")).value(), m_server->serverId());
    QCOMPARE(m_store->meta(QStringLiteral("server_version")).value(), QStringLiteral("0.47.0"));
    // Neither the password nor the token is anywhere in the data folder.
    m_store.reset(); // flush WAL into the file before searching
    m_connection.reset();
    QCOMPARE(connecttest::filesContaining(m_dir->path(), kAdminPassword), QStringList());
}

void TestServerConnection::asyncLoginEmitsOneSignal()
{
    QSignalSpy finished(m_connection.get(), &ServerConnection::loginFinished);
    QSignalSpy changed(m_connection.get(), &ServerConnection::sessionChanged);
    std::optional<bool> ok;
    connect(m_connection.get(), &ServerConnection::loginFinished, this,
            [&ok](const Result<LoginOutcome> &r) { ok = r.ok(); });
    m_connection->login(kAdminPassword, false);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(ok.has_value() && *ok);
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_connection->canWrite());
}

void TestServerConnection::recordedPermissionsGateEditsAcrossRuns()
{
    QCOMPARE(connecttest::addUser(*m_server, QStringLiteral("gina"), kGuestPassword,
                                  QStringLiteral("guest")),
             QString());
    openProfile(m_server->baseUrl().toString(), QStringLiteral("gina"));
    QVERIFY(signIn(kGuestPassword).ok());
    QCOMPARE(m_store->meta(QStringLiteral("session_permissions")).value(),
             QStringLiteral("read,me"));
    AdminService service(*m_store, ProfileKind::Server);
    m_connection->installPermissionGate(service);
    const int before = m_store->outbox().count({}).value();
    auto refused = service.createUser({QStringLiteral("eve"), {}, {}, {}, {}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::PermissionDenied);
    QVERIFY2(refused.error().message.contains(QStringLiteral("'write'")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("gina")));
    QCOMPARE(m_store->outbox().count({}).value(), before);

    // A later run: no token, only what was recorded. Same refusal, no network.
    m_connection = std::make_unique<ServerConnection>(m_profile, *m_store, *m_secrets);
    m_connection->installPermissionGate(service);
    QVERIFY(!m_connection->hasToken());
    const int requests = m_server->requestCount();
    auto again = service.createRole(QStringLiteral("auditor"), Permission::Read);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, ErrorKind::PermissionDenied);
    QVERIFY(again.error().message.contains(QStringLiteral("'write'")));
    QCOMPARE(m_server->requestCount(), requests);
    QVERIFY(!m_connection->canWrite());
}

void TestServerConnection::serverForbiddenIsPermissionDenied()
{
    QCOMPARE(connecttest::addUser(*m_server, QStringLiteral("gina"), kGuestPassword,
                                  QStringLiteral("guest")),
             QString());
    openProfile(m_server->baseUrl().toString(), QStringLiteral("gina"));
    QVERIFY(signIn(kGuestPassword).ok());
    auto created = remote::awaitJob(m_connection->api().createUser(QStringLiteral("eve")));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, ErrorKind::PermissionDenied);
    QCOMPARE(created.error().httpStatus, 403);
}

void TestServerConnection::noKeychainMeansSessionOnly()
{
    m_secrets->setBackendAvailable(false);
    auto outcome = signIn(kAdminPassword);
    QVERIFY(outcome.ok());
    QVERIFY(!outcome->passwordStored);
    QVERIFY2(outcome->note.contains(QStringLiteral("this session only")),
             qPrintable(outcome->note));
    QVERIFY(m_connection->hasToken());
    QVERIFY(m_secrets->entryNames().isEmpty());
    // The session can still sign in again after a 401: the password is in memory.
    m_server->injectFault(QStringLiteral("GET"), QStringLiteral("/users$"),
                          test::Fault::Unauthorized401);
    QVERIFY(!remote::awaitJob(m_connection->api().listUsers()).ok());
    std::optional<Status> status;
    m_connection->reauthenticate(this, [&status](const Status &s) { status = s; });
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 10000);
    QVERIFY(status->ok());
    QVERIFY(remote::awaitJob(m_connection->api().listUsers()).ok());
    m_store.reset();
    m_connection.reset();
    QCOMPARE(connecttest::filesContaining(m_dir->path(), kAdminPassword), QStringList());
}

void TestServerConnection::noRememberRemovesSavedPassword()
{
    QVERIFY(signIn(kAdminPassword, true).ok());
    QVERIFY(m_secrets->entryNames().contains(QStringLiteral("srv/password")));
    auto outcome = signIn(kAdminPassword, false);
    QVERIFY(outcome.ok());
    QVERIFY(!outcome->passwordStored);
    QVERIFY(!m_secrets->entryNames().contains(QStringLiteral("srv/password")));
}

void TestServerConnection::ensureSessionNeedsSignIn()
{
    const Status status = m_connection->ensureSessionSync();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, ErrorKind::Unauthorized);
    QVERIFY2(status.error().message.contains(QStringLiteral("Sign in first: zenml-admin login")),
             qPrintable(status.error().message));
    QCOMPARE(m_server->requestCount(QStringLiteral("POST"), QStringLiteral("/login$")), 0);
}

void TestServerConnection::ensureSessionUsesSavedPassword()
{
    QVERIFY(signIn(kAdminPassword).ok());
    // A new run of the program: a fresh connection on the same profile.
    m_connection = std::make_unique<ServerConnection>(m_profile, *m_store, *m_secrets);
    QVERIFY(!m_connection->hasToken());
    QVERIFY(m_connection->ensureSessionSync().ok());
    QVERIFY(m_connection->hasToken());
    QVERIFY(remote::awaitJob(m_connection->api().listRoles()).ok());
    // The password changed on the server: the saved one is refused with a clear way out.
    m_server->touchUser(QStringLiteral("default"),
                        {{QStringLiteral("password"), QStringLiteral("changed-elsewhere")}});
    // The saved session token spares a new run the sign-in; without it (refused by the server
    // and removed) the saved password is used.
    QVERIFY(m_secrets->removeSync(m_profile.name, SecretStore::sessionTokenKey()).ok());
    m_connection = std::make_unique<ServerConnection>(m_profile, *m_store, *m_secrets);
    const Status refused = m_connection->ensureSessionSync();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Unauthorized);
    QVERIFY(refused.error().message.contains(QStringLiteral("zenml-admin login")));
    QCOMPARE(m_secrets->entryValue(QStringLiteral("srv/password")), kAdminPassword);
}

void TestServerConnection::unauthorizedMidSessionLogsInAgain()
{
    QVERIFY(signIn(kAdminPassword).ok());
    const int logins = m_server->requestCount(QStringLiteral("POST"), QStringLiteral("/login$"));
    m_server->injectFault(QStringLiteral("GET"), QStringLiteral("/users$"),
                          test::Fault::Unauthorized401);
    auto first = remote::awaitJob(m_connection->api().listUsers());
    QVERIFY(!first.ok());
    QCOMPARE(first.error().kind, ErrorKind::Unauthorized);
    // Two jobs hit the 401 at once: one login answers both.
    std::optional<Status> a;
    std::optional<Status> b;
    m_connection->reauthenticate(this, [&a](const Status &s) { a = s; });
    m_connection->reauthenticate(this, [&b](const Status &s) { b = s; });
    QTRY_VERIFY_WITH_TIMEOUT(a.has_value() && b.has_value(), 10000);
    QVERIFY(a->ok() && b->ok());
    QCOMPARE(m_server->requestCount(QStringLiteral("POST"), QStringLiteral("/login$")), logins + 1);
    auto carryOn = remote::awaitJob(m_connection->api().listUsers());
    QVERIFY(carryOn.ok());
    QCOMPARE(carryOn->size(), 1);
}

void TestServerConnection::logoutForgetsEverythingSecret()
{
    QVERIFY(signIn(kAdminPassword).ok());
    QSignalSpy changed(m_connection.get(), &ServerConnection::sessionChanged);
    auto note = m_connection->logoutSync();
    QVERIFY(note.ok());
    QVERIFY(!m_connection->hasToken());
    QVERIFY(m_connection->api().endpoint().token.isEmpty());
    QVERIFY(!m_secrets->entryNames().contains(QStringLiteral("srv/password")));
    QVERIFY(!m_connection->record().isSignedIn());
    QCOMPARE(m_store->meta(QStringLiteral("session_permissions")).value(), QString());
    QCOMPARE(changed.size(), 1);
    // Signed out: edits are refused with the "sign in" wording.
    const Status gate = m_connection->checkPermission(Permission::Write, QStringLiteral("x"));
    QVERIFY(!gate.ok());
    QVERIFY(gate.error().message.contains(QStringLiteral("not signed in")));
}

void TestServerConnection::pathPrefixAndTrailingSlash()
{
    m_server->setPathPrefix(QStringLiteral("/zen"));
    openProfile(m_server->baseUrl().toString() + QStringLiteral("/"), QStringLiteral("default"));
    QCOMPARE(m_connection->api().endpoint().baseUrl.path(), QStringLiteral("/zen"));
    QVERIFY(signIn(kAdminPassword).ok());
    QVERIFY(remote::awaitJob(m_connection->api().listUsers()).ok());
}

void TestServerConnection::insecureHttpNeedsConsent()
{
    openProfile(QStringLiteral("http://zenml.example.invalid"), QStringLiteral("default"));
    auto refused = signIn(kAdminPassword);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Usage);
    QVERIFY(refused.error().message.contains(QStringLiteral("http://")));
    QVERIFY(m_secrets->entryNames().isEmpty());
    QVERIFY(m_connection->setInsecureHttpAllowed(true).ok());
    // Consent given: now it really tries (and the host does not exist).
    auto tried = signIn(kAdminPassword);
    QVERIFY(!tried.ok());
    QCOMPARE(tried.error().kind, ErrorKind::Network);
    // The consent is kept with the profile.
    ServerConnection later(m_profile, *m_store, *m_secrets);
    QVERIFY(later.insecureHttpAllowed());
}

void TestServerConnection::pullFillsMirror()
{
    QCOMPARE(connecttest::addUser(*m_server, QStringLiteral("gina"), kGuestPassword,
                                  QStringLiteral("guest")),
             QString());
    QVERIFY(signIn(kAdminPassword).ok());
    const Status pulled = connecttest::pullAll(*m_store, *m_connection);
    QVERIFY2(pulled.ok(), qPrintable(pulled.ok() ? QString() : pulled.error().message));
    AdminService service(*m_store, ProfileKind::Server);
    QCOMPARE(service.users().value().size(), 2);
    QCOMPARE(service.roles().value().size(), 2);
    QCOMPARE(service.workspaces().value().size(), 1);
    QCOMPARE(service.assignments().value().size(), 2);
    // A second pull after a server-side change: updated, not duplicated.
    m_server->touchUser(QStringLiteral("gina"),
                        {{QStringLiteral("full_name"), QStringLiteral("G")}});
    m_server->removeRoleAssignment(
        m_server->roleAssignments().first().toObject().value(QStringLiteral("id")).toString());
    QVERIFY(connecttest::pullAll(*m_store, *m_connection).ok());
    QCOMPARE(service.users().value().size(), 2);
    QCOMPARE(service.assignments().value().size(), 1);
    auto gina = service.userDetails(QStringLiteral("gina"));
    QVERIFY(gina.ok());
    QCOMPARE(gina->user.fullName, QStringLiteral("G"));
}

void TestServerConnection::failedPullChangesNothing()
{
    QVERIFY(signIn(kAdminPassword).ok());
    QVERIFY(connecttest::pullAll(*m_store, *m_connection).ok());
    QCOMPARE(connecttest::addUser(*m_server, QStringLiteral("gina"), kGuestPassword,
                                  QStringLiteral("guest")),
             QString());
    // The users arrive, then the assignments fail: nothing of this pull may land.
    m_server->injectFault(QStringLiteral("GET"), QStringLiteral("/role_assignments$"),
                          test::Fault::ServerError500);
    const Status pulled = connecttest::pullAll(*m_store, *m_connection);
    QVERIFY(!pulled.ok());
    QCOMPARE(pulled.error().kind, ErrorKind::Server);
    AdminService service(*m_store, ProfileKind::Server);
    QCOMPARE(service.users().value().size(), 1);
}

QTEST_GUILESS_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"
