// Issue 14, item 7: one sign-in across commands. Each zenml-admin process used to sign in again
// (POST /login, a bcrypt check on a real server); the session token is now kept in the keychain
// beside the password, reused until a 401 or another server, and dropped at logout.
#include "auth/keychainsecretstore.h"
#include "clisession.h"
#include "modecheck.h"
#include "service/profilemanager.h"
#include "testserver.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using zenml::connecttest::CliResult;
using zenml::connecttest::CliSession;
using zenml::test::TestServer;

namespace {
const QString kPassword = QStringLiteral("0ne-Sign-In-8812");
const QString kLogin = QStringLiteral("/login$");

// Runs the command once and checks its exit code (the argument is evaluated once).
#define CLI_OK(call)                                                                               \
    do {                                                                                           \
        const CliResult r_ = (call);                                                               \
        QVERIFY2(r_.code == 0,                                                                     \
                 qPrintable(QStringLiteral("exit %1: %2").arg(r_.code).arg(r_.all())));            \
    } while (false)
} // namespace

class TestSignInReuse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tenCommandsSignInOnce();
    void refusedTokenSignsInAgain();
    void anotherServerGetsItsOwnSignIn();
    void logoutDropsTheToken();

private:
    QString savedToken();
    int logins(const TestServer &server) const
    {
        return server.requestCount(QStringLiteral("POST"), kLogin);
    }
    QStringList work(const QStringList &rest) const
    {
        return QStringList{QStringLiteral("--profile"), QStringLiteral("work")} + rest;
    }
    void signIn();

    KeychainSecretStore m_keychain;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<CliSession> m_cli;
};

void TestSignInReuse::initTestCase()
{
    const Status available = m_keychain.checkAvailableSync();
    QVERIFY2(available.ok(), "needs a keychain (run under tests/run-with-keychain.sh)");
}

void TestSignInReuse::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir(m_dir->path()).mkpath(QStringLiteral("home"));
    m_server = std::make_unique<TestServer>();
    m_server->setDefaultPassword(kPassword);
    QVERIFY(m_server->listen());
    m_cli = std::make_unique<CliSession>(m_dir->filePath(QStringLiteral("data")),
                                         m_dir->filePath(QStringLiteral("home")));
}

void TestSignInReuse::cleanup()
{
    (void)m_keychain.removeAllSync(QStringLiteral("work"));
    m_cli.reset();
    m_server.reset();
    m_dir.reset();
}

QString TestSignInReuse::savedToken()
{
    auto read = m_keychain.readSync(QStringLiteral("work"), SecretStore::sessionTokenKey());
    if (!read)
        return QStringLiteral("<error: %1>").arg(read.error().message);
    const QString saved = read->value_or(QString());
    return QJsonDocument::fromJson(saved.toUtf8())
        .object()
        .value(QStringLiteral("token"))
        .toString();
}

void TestSignInReuse::signIn()
{
    CLI_OK(m_cli->run({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("work"),
                       QStringLiteral("--url"), m_server->baseUrl().toString(),
                       QStringLiteral("--username"), QStringLiteral("default")}));
    CLI_OK(m_cli->run(work({QStringLiteral("login"), QStringLiteral("--password-stdin")}),
                      kPassword.toUtf8() + '\n'));
}

void TestSignInReuse::tenCommandsSignInOnce()
{
    signIn();
    QCOMPARE(logins(*m_server), 1);
    QVERIFY(!savedToken().isEmpty());
    // Ten commands, each its own process, that talk to the server or need a session.
    for (int i = 0; i < 3; ++i) {
        CLI_OK(m_cli->run(work(
            {QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("team-%1").arg(i)})));
        CLI_OK(m_cli->run(work({QStringLiteral("sync")})));
    }
    CLI_OK(m_cli->run(
        work({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("carol")})));
    CLI_OK(m_cli->run(work({QStringLiteral("sync"), QStringLiteral("--full")})));
    CLI_OK(m_cli->run(
        work({QStringLiteral("user"), QStringLiteral("invite-link"), QStringLiteral("carol")})));
    CLI_OK(m_cli->run(work({QStringLiteral("sync"), QStringLiteral("--pull-only")})));
    // The work reached the server, with one sign-in in all.
    QVERIFY(!m_server->teamId(QStringLiteral("team-2")).isEmpty());
    QVERIFY(!m_server->userId(QStringLiteral("carol")).isEmpty());
    QCOMPARE(logins(*m_server), 1);
    // The token is in the keychain and nowhere on disk.
    QCOMPARE(hardeningtest::filesContaining(m_dir->path(), savedToken()), QStringList());
}

void TestSignInReuse::refusedTokenSignsInAgain()
{
    signIn();
    const QString first = savedToken();
    m_server->invalidateTokens(); // as after a server restart with a new secret
    CLI_OK(m_cli->run(
        work({QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("after-restart")})));
    CLI_OK(m_cli->run(work({QStringLiteral("sync")})));
    QCOMPARE(logins(*m_server), 2);
    QVERIFY(!m_server->teamId(QStringLiteral("after-restart")).isEmpty());
    const QString second = savedToken();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    // And the new one is reused in turn.
    CLI_OK(m_cli->run(work({QStringLiteral("sync")})));
    QCOMPARE(logins(*m_server), 2);
}

void TestSignInReuse::anotherServerGetsItsOwnSignIn()
{
    signIn();
    TestServer other;
    other.setDefaultPassword(kPassword);
    QVERIFY(other.listen());
    // The profile now names another server while the keychain still holds the first one's
    // token (as after an edit by an older version): the token is not sent there.
    ProfileManager profiles(m_cli->dataDir());
    auto info = profiles.info(QStringLiteral("work"));
    QVERIFY(info);
    info->serverUrl = other.baseUrl().toString();
    QVERIFY(profiles.update(*info).ok());
    const int before = m_server->requestCount();
    CLI_OK(m_cli->run(work({QStringLiteral("sync")})));
    QCOMPARE(logins(other), 1);
    QCOMPARE(m_server->requestCount(), before);
    CLI_OK(m_cli->run(work({QStringLiteral("sync")})));
    QCOMPARE(logins(other), 1);
}

void TestSignInReuse::logoutDropsTheToken()
{
    signIn();
    QVERIFY(!savedToken().isEmpty());
    CLI_OK(m_cli->run(work({QStringLiteral("logout")})));
    QCOMPARE(savedToken(), QString());
    const CliResult refused = m_cli->run(work({QStringLiteral("sync")}));
    QCOMPARE(refused.code, 7);
    QCOMPARE(logins(*m_server), 1);
}

QTEST_MAIN(TestSignInReuse)
#include "tst_signinreuse.moc"
