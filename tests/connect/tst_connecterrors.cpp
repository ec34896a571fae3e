// Bad input at the ServerConnection level: each failure has a clear message and loses nothing
// (the profile, the saved password, the recorded sign-in and the mirror stay as they were).
#include "auth/memorysecretstore.h"
#include "cannedserver.h"
#include "connectfixture.h"
#include "service/adminservice.h"
#include "service/profilemanager.h"
#include "service/serverconnection.h"
#include "store/localstore.h"
#include "testserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using zenml::remotetest::CannedServer;
using zenml::test::Fault;
using zenml::test::TestServer;

namespace {
const QString kPassword = QStringLiteral("Adm1n-Secret-7781");

enum Scenario {
    WrongPassword,
    UnknownHost,
    Refused,
    Timeout,
    Html,
    TruncatedJson,
    Server500,
    Unsupported,
    NotZenml,
};

const QByteArray kInfo = R"({"id": "303f3cf4-3e89-4738-870f-c73697bc7365", "version": "0.47.0",
    "debug": false, "deployment_type": "other", "database_type": "sqlite",
    "secrets_store_type": "sql", "auth_scheme": "OAUTH2_PASSWORD_BEARER"})";
} // namespace

class TestConnectErrors : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void badInput_data();
    void badInput();
    void tlsErrorShowsCertificateAndCanBePinned();
    void loginAnswerWithFieldMissing();

private:
    void openConnection(const QString &url);
    void verifyNothingLost();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ServerConnection> m_connection;
    ProfileInfo m_profile;
    QString m_recordedPermissions;
    int m_users = 0;
};

void TestConnectErrors::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestServer>();
    m_server->setDefaultPassword(kPassword);
    QVERIFY(m_server->listen());
    m_secrets = std::make_unique<MemorySecretStore>();
    ProfileManager profiles(m_dir->path());
    auto created = profiles.createServer(QStringLiteral("srv"), m_server->baseUrl().toString(),
                                         QStringLiteral("default"));
    QVERIFY(created.ok());
    m_profile = *created;
    auto store = profiles.open(QStringLiteral("srv"));
    QVERIFY(store.ok());
    m_store = std::move(store.value());
    // A good sign-in and pull first: that is what must survive the failures.
    openConnection(m_profile.serverUrl);
    QVERIFY(m_connection->loginSync(kPassword, true).ok());
    QVERIFY(connecttest::pullAll(*m_store, *m_connection).ok());
    m_recordedPermissions = m_store->meta(QStringLiteral("session_permissions")).value();
    m_users = AdminService(*m_store, ProfileKind::Server).users().value().size();
    QCOMPARE(m_users, 1);
}

void TestConnectErrors::cleanup()
{
    m_connection.reset();
    m_store.reset();
    m_secrets.reset();
    m_server.reset();
    m_dir.reset();
}

void TestConnectErrors::openConnection(const QString &url)
{
    ProfileInfo profile = m_profile;
    profile.serverUrl = url;
    m_connection = std::make_unique<ServerConnection>(profile, *m_store, *m_secrets);
    m_connection->setTimeout(std::chrono::milliseconds(5000));
}

void TestConnectErrors::verifyNothingLost()
{
    ProfileManager profiles(m_dir->path());
    auto info = profiles.info(QStringLiteral("srv"));
    QVERIFY(info.ok());
    QCOMPARE(info->serverUrl, m_profile.serverUrl);
    QCOMPARE(m_secrets->entryValue(QStringLiteral("srv/password")), kPassword);
    QCOMPARE(m_store->meta(QStringLiteral("session_permissions")).value(), m_recordedPermissions);
    QCOMPARE(AdminService(*m_store, ProfileKind::Server).users().value().size(), m_users);
}

void TestConnectErrors::badInput_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QList<int>>("kinds");
    QTest::addColumn<QString>("words");
    const auto kind = [](ErrorKind k) { return QList<int>{int(k)}; };
    QTest::newRow("wrong password") << int(WrongPassword) << kind(ErrorKind::Unauthorized)
                                    << "did not accept the user name 'default'";
    QTest::newRow("unknown host") << int(UnknownHost) << kind(ErrorKind::Network)
                                  << "nonexistent.invalid";
    QTest::newRow("refused") << int(Refused) << kind(ErrorKind::Network) << "127.0.0.1";
    QTest::newRow("timeout") << int(Timeout) << kind(ErrorKind::Timeout) << "127.0.0.1";
    QTest::newRow("html") << int(Html) << kind(ErrorKind::Protocol) << "JSON";
    // Cut off mid-body: the connection drop or the cut JSON is seen first, depending on timing.
    QTest::newRow("truncated json")
        << int(TruncatedJson) << QList<int>{int(ErrorKind::Protocol), int(ErrorKind::Network)}
        << "";
    // The server's own words for its RuntimeError (the test server says "Injected fault").
    QTest::newRow("500") << int(Server500) << kind(ErrorKind::Server) << "Injected fault";
    QTest::newRow("0.50") << int(Unsupported) << kind(ErrorKind::Unsupported) << "0.50.0";
    QTest::newRow("not zenml") << int(NotZenml) << kind(ErrorKind::Unsupported) << "ZenML";
}

void TestConnectErrors::badInput()
{
    QFETCH(int, scenario);
    QFETCH(QList<int>, kinds);
    QFETCH(QString, words);
    QString password = kPassword;
    switch (Scenario(scenario)) {
    case WrongPassword:
        password = QStringLiteral("not-the-password");
        break;
    case UnknownHost:
        openConnection(QStringLiteral("https://nonexistent.invalid"));
        break;
    case Refused:
        openConnection(connecttest::refusedUrl().toString());
        break;
    case Timeout:
        m_server->injectFault(QStringLiteral("POST"), QStringLiteral("/login$"), Fault::Hang);
        m_connection->setTimeout(std::chrono::milliseconds(300));
        break;
    case Html:
        m_server->injectFault(QStringLiteral("GET"), QStringLiteral("/info$"), Fault::Html);
        break;
    case TruncatedJson:
        m_server->injectFault(QStringLiteral("POST"), QStringLiteral("/login$"),
                              Fault::TruncatedJson);
        break;
    case Server500:
        m_server->injectFault(QStringLiteral("POST"), QStringLiteral("/login$"),
                              Fault::ServerError500);
        break;
    case Unsupported:
        m_server->setVersion(QStringLiteral("0.50.0"));
        break;
    case NotZenml:
        m_server->setVersion(QStringLiteral("nginx"));
        break;
    }
    const QString tokenBefore = m_connection->api().endpoint().token;
    auto outcome = m_connection->loginSync(password, true);
    QVERIFY(!outcome.ok());
    const Error &error = outcome.error();
    QVERIFY2(kinds.contains(int(error.kind)),
             qPrintable(QStringLiteral("kind %1: %2").arg(int(error.kind)).arg(error.message)));
    QVERIFY2(error.message.contains(words), qPrintable(error.message));
    QVERIFY(!error.message.contains(kPassword));
    // A failed sign-in leaves the session as it was (signed in from init(), or not at all).
    QCOMPARE(m_connection->api().endpoint().token, tokenBefore);
    verifyNothingLost();
}

void TestConnectErrors::tlsErrorShowsCertificateAndCanBePinned()
{
    const auto [certificate, key] = connecttest::selfSignedCertificate();
    QVERIFY2(!certificate.isNull() && !key.isNull(), "openssl could not make a certificate");
    CannedServer tls;
    tls.enableTls(certificate, key);
    tls.on("GET", QStringLiteral("^/api/v1/info$"), 200, kInfo);
    QVERIFY(tls.start());
    openConnection(tls.baseUrl().toString());
    auto refused = m_connection->checkServerSync();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Tls);
    const auto shown = m_connection->rejectedCertificate();
    QVERIFY(shown.has_value());
    QVERIFY(shown->subject.contains(QStringLiteral("zenml-connect-test")));
    QVERIFY(shown->issuer.contains(QStringLiteral("zenml-connect-test")));
    QCOMPARE(shown->sha256.size(), 95);
    QVERIFY(refused.error().message.contains(shown->sha256));
    verifyNothingLost();

    QVERIFY(m_connection->trustCertificate(shown->sha256).ok());
    auto pinned = m_connection->checkServerSync();
    QVERIFY2(pinned.ok(), qPrintable(pinned.ok() ? QString() : pinned.error().message));
    QCOMPARE(pinned->version, QStringLiteral("0.47.0"));
    // The pin is kept with the profile.
    QCOMPARE(ProfileManager(m_dir->path()).info(QStringLiteral("srv"))->fingerprint, shown->sha256);
}

void TestConnectErrors::loginAnswerWithFieldMissing()
{
    CannedServer canned;
    canned.on("GET", QStringLiteral("^/api/v1/info$"), 200, kInfo);
    canned.on("POST", QStringLiteral("^/api/v1/login$"), 200, R"({"token_type": "bearer"})");
    QVERIFY(canned.start());
    openConnection(canned.baseUrl().toString());
    auto outcome = m_connection->loginSync(kPassword, true);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().kind, ErrorKind::Protocol);
    QVERIFY2(outcome.error().message.contains(QStringLiteral("access_token")),
             qPrintable(outcome.error().message));
    verifyNothingLost();
}

QTEST_GUILESS_MAIN(TestConnectErrors)
#include "tst_connecterrors.moc"
