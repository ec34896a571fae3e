// The command line of issue 4 end to end: zenml-admin as a child process against the in-process
// test ZenML server, with the real keychain (run under tests/run-with-keychain.sh).
#include "auth/keychainsecretstore.h"
#include "cannedserver.h"
#include "clisession.h"
#include "connectfixture.h"
#include "remote/serverendpoint.h"
#include "service/profilemanager.h"
#include "testserver.h"

#include <QDir>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using zenml::connecttest::CliResult;
using zenml::connecttest::CliSession;
using zenml::remotetest::CannedServer;
using zenml::test::Fault;
using zenml::test::TestServer;

namespace {
const QString kAdminPassword = QStringLiteral("Adm1n-Secret-7781");
const QString kAlicePassword = QStringLiteral("Al1ce-Secret-2093");
const QString kGuestPassword = QStringLiteral("Gu3st-Secret-4410");
const QString kOldPassword = QStringLiteral("0ld-Saved-Pw-5521");

enum Scenario {
    WrongPassword,
    UnknownHost,
    Refused,
    Timeout,
    Tls,
    Html,
    TruncatedJson,
    Server500,
    MissingField,
    Unsupported,
    InsecureHttp,
};

const QByteArray kInfo = R"({"id": "303f3cf4-3e89-4738-870f-c73697bc7365", "version": "0.47.0",
    "debug": false, "deployment_type": "other", "database_type": "sqlite",
    "secrets_store_type": "sql", "auth_scheme": "OAUTH2_PASSWORD_BEARER"})";

QByteArray line(const QString &password)
{
    return password.toUtf8() + '\n';
}

#define CLI_OK(r)                                                                                  \
    QVERIFY2((r).code == 0, qPrintable(QStringLiteral("exit %1: %2").arg((r).code).arg((r).all())))
} // namespace

class TestConnectCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newUserSignsInAndLists();
    void guestSeesEditsRefused();
    void logoutAndDeleteRemoveKeychainEntries();
    void deleteKeepsUnsentChanges();
    void passwordIsNeverAnArgument();
    void unauthorizedDuringPullSignsInAgain();
    void updateProfile();
    void noKeychainSignsInForTheSessionOnly();
    void terminalPromptDoesNotEcho();
    void badInput_data();
    void badInput();

private:
    QString savedPassword(const QString &profile);
    void signInWork(const QString &user, const QString &password);

    KeychainSecretStore m_keychain;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<CliSession> m_cli;
};

void TestConnectCli::initTestCase()
{
    const Status available = m_keychain.checkAvailableSync();
    QVERIFY2(available.ok(),
             qPrintable(QStringLiteral("needs a keychain (run under "
                                       "tests/run-with-keychain.sh): %1")
                            .arg(available.ok() ? QString() : available.error().message)));
}

void TestConnectCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir(m_dir->path()).mkpath(QStringLiteral("data"));
    QDir(m_dir->path()).mkpath(QStringLiteral("home"));
    m_server = std::make_unique<TestServer>();
    m_server->setDefaultPassword(kAdminPassword);
    QVERIFY(m_server->listen());
    m_cli = std::make_unique<CliSession>(m_dir->filePath(QStringLiteral("data")),
                                         m_dir->filePath(QStringLiteral("home")));
}

void TestConnectCli::cleanup()
{
    for (const QString &profile : {QStringLiteral("work"), QStringLiteral("other")})
        (void)m_keychain.removeAllSync(profile);
    m_cli.reset();
    m_server.reset();
    m_dir.reset();
}

QString TestConnectCli::savedPassword(const QString &profile)
{
    auto read = m_keychain.readSync(profile, SecretStore::passwordKey());
    if (!read)
        return QStringLiteral("<error: %1>").arg(read.error().message);
    return read->value_or(QString());
}

void TestConnectCli::signInWork(const QString &user, const QString &password)
{
    CLI_OK(m_cli->run({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("work"),
                       QStringLiteral("--url"), m_server->baseUrl().toString(),
                       QStringLiteral("--username"), user}));
    const CliResult login =
        m_cli->run({QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("login"),
                    QStringLiteral("--password-stdin")},
                   line(password));
    CLI_OK(login);
    QVERIFY2(login.out.contains(QStringLiteral("Signed in")), qPrintable(login.all()));
}

void TestConnectCli::newUserSignsInAndLists()
{
    QCOMPARE(connecttest::addUser(*m_server, QStringLiteral("alice"), kAlicePassword,
                                  QStringLiteral("admin")),
             QString());
    signInWork(QStringLiteral("alice"), kAlicePassword);
    QCOMPARE(savedPassword(QStringLiteral("work")), kAlicePassword);

    const QStringList work{QStringLiteral("--profile"), QStringLiteral("work")};
    const CliResult users =
        m_cli->run(work + QStringList{QStringLiteral("user"), QStringLiteral("list")});
    CLI_OK(users);
    QVERIFY2(users.out.contains(QStringLiteral("alice")) &&
                 users.out.contains(QStringLiteral("default")),
             qPrintable(users.out));
    const CliResult roles =
        m_cli->run(work + QStringList{QStringLiteral("role"), QStringLiteral("list")});
    CLI_OK(roles);
    QVERIFY(roles.out.contains(QStringLiteral("admin")) &&
            roles.out.contains(QStringLiteral("guest")));
    const CliResult assignments =
        m_cli->run(work + QStringList{QStringLiteral("role"), QStringLiteral("assignment"),
                                      QStringLiteral("list")});
    CLI_OK(assignments);
    QVERIFY2(assignments.out.contains(QStringLiteral("alice")), qPrintable(assignments.out));

    // The password is in the keychain and nowhere on disk: not in the data folder, not in the
    // settings, not in the private home (where QSettings and caches would land).
    QCOMPARE(connecttest::filesContaining(m_dir->path(), kAlicePassword), QStringList());
}

void TestConnectCli::guestSeesEditsRefused()
{
    QCOMPARE(connecttest::addUser(*m_server, QStringLiteral("gina"), kGuestPassword,
                                  QStringLiteral("guest")),
             QString());
    signInWork(QStringLiteral("gina"), kGuestPassword);
    const QStringList work{QStringLiteral("--profile"), QStringLiteral("work")};
    const int requests = m_server->requestCount();
    const CliResult create =
        m_cli->run(work + QStringList{QStringLiteral("user"), QStringLiteral("create"),
                                      QStringLiteral("eve")});
    QCOMPARE(create.code, 7);
    QVERIFY2(create.err.contains(QStringLiteral("without the 'write' permission")),
             qPrintable(create.err));
    const CliResult role =
        m_cli->run(work + QStringList{QStringLiteral("role"), QStringLiteral("create"),
                                      QStringLiteral("auditor")});
    QCOMPARE(role.code, 7);
    QVERIFY(role.err.contains(QStringLiteral("'write'")));
    QCOMPARE(m_server->requestCount(), requests); // refused before any request
    // Reading is fine.
    CLI_OK(m_cli->run(work + QStringList{QStringLiteral("user"), QStringLiteral("list")}));
}

void TestConnectCli::logoutAndDeleteRemoveKeychainEntries()
{
    signInWork(QStringLiteral("default"), kAdminPassword);
    QCOMPARE(savedPassword(QStringLiteral("work")), kAdminPassword);
    const QStringList work{QStringLiteral("--profile"), QStringLiteral("work")};
    CLI_OK(m_cli->run(work + QStringList{QStringLiteral("logout")}));
    QCOMPARE(savedPassword(QStringLiteral("work")), QString());
    // Signed out: edits ask to sign in.
    const CliResult refused =
        m_cli->run(work + QStringList{QStringLiteral("team"), QStringLiteral("create"),
                                      QStringLiteral("ops")});
    QCOMPARE(refused.code, 7);
    QVERIFY(refused.err.contains(QStringLiteral("not signed in")));

    CLI_OK(
        m_cli->run(work + QStringList{QStringLiteral("login"), QStringLiteral("--password-stdin")},
                   line(kAdminPassword)));
    QCOMPARE(savedPassword(QStringLiteral("work")), kAdminPassword);
    CLI_OK(
        m_cli->run({QStringLiteral("profile"), QStringLiteral("delete"), QStringLiteral("work")}));
    QCOMPARE(savedPassword(QStringLiteral("work")), QString());
}

void TestConnectCli::deleteKeepsUnsentChanges()
{
    signInWork(QStringLiteral("default"), kAdminPassword);
    const QStringList work{QStringLiteral("--profile"), QStringLiteral("work")};
    // Queued, not yet sent: the command line pushes on 'sync'.
    CLI_OK(m_cli->run(work + QStringList{QStringLiteral("team"), QStringLiteral("create"),
                                         QStringLiteral("ops")}));
    const CliResult refused =
        m_cli->run({QStringLiteral("profile"), QStringLiteral("delete"), QStringLiteral("work")});
    QCOMPARE(refused.code, 4);
    QVERIFY2(refused.err.contains(QStringLiteral("1 change")) &&
                 refused.err.contains(QStringLiteral("not yet sent")) &&
                 refused.err.contains(QStringLiteral("--force")),
             qPrintable(refused.all()));
    // Nothing was removed: the profile, its queue and its saved password are all there.
    QCOMPARE(savedPassword(QStringLiteral("work")), kAdminPassword);
    const CliResult pending =
        m_cli->run(work + QStringList{QStringLiteral("pending"), QStringLiteral("list")});
    CLI_OK(pending);
    QVERIFY2(pending.out.contains(QStringLiteral("ops")), qPrintable(pending.all()));

    {
        // Not while the app has it open (here: this test holds the window's lock).
        QLockFile window(QDir(m_dir->filePath(QStringLiteral("data")))
                             .filePath(QStringLiteral("profiles/work.sqlite.open-lock")));
        QVERIFY(window.tryLock(0));
        const CliResult inUse = m_cli->run({QStringLiteral("profile"), QStringLiteral("delete"),
                                            QStringLiteral("work"), QStringLiteral("--force")});
        QCOMPARE(inUse.code, 8);
        QVERIFY2(inUse.err.contains(QStringLiteral("in use")), qPrintable(inUse.all()));
        QCOMPARE(savedPassword(QStringLiteral("work")), kAdminPassword);
    }
    CLI_OK(m_cli->run({QStringLiteral("profile"), QStringLiteral("delete"), QStringLiteral("work"),
                       QStringLiteral("--force")}));
    QCOMPARE(savedPassword(QStringLiteral("work")), QString());
    const CliResult gone =
        m_cli->run({QStringLiteral("profile"), QStringLiteral("delete"), QStringLiteral("work")});
    QCOMPARE(gone.code, 3);
}

void TestConnectCli::passwordIsNeverAnArgument()
{
    signInWork(QStringLiteral("default"), kAdminPassword);
    const CliResult withArgument =
        m_cli->run({QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("login"),
                    QStringLiteral("--password"), kAdminPassword});
    QCOMPARE(withArgument.code, 2);
    // No terminal and no --password-stdin: refused with the way out.
    const CliResult noTty =
        m_cli->run({QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("login")});
    QCOMPARE(noTty.code, 2);
    QVERIFY(noTty.err.contains(QStringLiteral("--password-stdin")));
}

void TestConnectCli::unauthorizedDuringPullSignsInAgain()
{
    signInWork(QStringLiteral("default"), kAdminPassword);
    const int logins = m_server->requestCount(QStringLiteral("POST"), QStringLiteral("/login$"));
    // The token stops working in the middle of the first pull: sign in again, carry on.
    m_server->injectFault(QStringLiteral("GET"), QStringLiteral("/users$"), Fault::Unauthorized401);
    const CliResult login =
        m_cli->run({QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("login"),
                    QStringLiteral("--password-stdin")},
                   line(kAdminPassword));
    CLI_OK(login);
    QCOMPARE(m_server->pendingFaults(), 0);
    QCOMPARE(m_server->requestCount(QStringLiteral("POST"), QStringLiteral("/login$")), logins + 2);
    QVERIFY2(login.out.contains(QStringLiteral("Fetched 1 users")), qPrintable(login.out));
}

void TestConnectCli::updateProfile()
{
    signInWork(QStringLiteral("default"), kAdminPassword);
    const QString pin = QStringLiteral("ab").repeated(32);
    CLI_OK(m_cli->run({QStringLiteral("profile"), QStringLiteral("update"), QStringLiteral("work"),
                       QStringLiteral("--trust-fingerprint"), pin}));
    QCOMPARE(ProfileManager(m_cli->dataDir()).info(QStringLiteral("work"))->fingerprint,
             remote::ServerEndpoint::normalizeFingerprint(pin));
    QCOMPARE(savedPassword(QStringLiteral("work")), kAdminPassword); // same server, same user
    const CliResult bad =
        m_cli->run({QStringLiteral("profile"), QStringLiteral("update"), QStringLiteral("work"),
                    QStringLiteral("--trust-fingerprint"), QStringLiteral("12:34")});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains(QStringLiteral("SHA-256")));
    // Another URL: signed out, the saved password is gone with the old server.
    const CliResult moved = m_cli->run({QStringLiteral("profile"), QStringLiteral("update"),
                                        QStringLiteral("work"), QStringLiteral("--url"),
                                        m_server->baseUrl().toString() + QStringLiteral("/zen/")});
    CLI_OK(moved);
    QVERIFY(moved.out.contains(QStringLiteral("Signed out")));
    QCOMPARE(ProfileManager(m_cli->dataDir()).info(QStringLiteral("work"))->serverUrl,
             m_server->baseUrl().toString() + QStringLiteral("/zen"));
    QCOMPARE(savedPassword(QStringLiteral("work")), QString());
    CLI_OK(
        m_cli->run({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("loc")}));
    const CliResult local =
        m_cli->run({QStringLiteral("profile"), QStringLiteral("update"), QStringLiteral("loc"),
                    QStringLiteral("--username"), QStringLiteral("x")});
    QCOMPARE(local.code, 2);
}

void TestConnectCli::noKeychainSignsInForTheSessionOnly()
{
    CLI_OK(m_cli->run({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("work"),
                       QStringLiteral("--url"), m_server->baseUrl().toString(),
                       QStringLiteral("--username"), QStringLiteral("default")}));
    // No Secret Service to talk to.
    m_cli->setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                  QStringLiteral("unix:path=%1").arg(m_dir->filePath(QStringLiteral("no-bus"))));
    const CliResult login =
        m_cli->run({QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("login"),
                    QStringLiteral("--password-stdin")},
                   line(kAdminPassword));
    CLI_OK(login);
    QVERIFY2(login.out.contains(QStringLiteral("this session only")), qPrintable(login.all()));
    QCOMPARE(connecttest::filesContaining(m_dir->path(), kAdminPassword), QStringList());
    // The next run has no token and no saved password, but the mirror it reads needs neither.
    const CliResult next = m_cli->run({QStringLiteral("--profile"), QStringLiteral("work"),
                                       QStringLiteral("user"), QStringLiteral("list")});
    CLI_OK(next);
    QVERIFY(next.out.contains(QStringLiteral("default")));
}

void TestConnectCli::terminalPromptDoesNotEcho()
{
    CLI_OK(m_cli->run({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("work"),
                       QStringLiteral("--url"), m_server->baseUrl().toString(),
                       QStringLiteral("--username"), QStringLiteral("default")}));
    // script(1) gives zenml-admin a terminal; the password is typed once the prompt shows.
    QProcess terminal;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    // The prompt in English whatever the developer's locale.
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    terminal.setProcessEnvironment(env);
    const QString command = QStringLiteral("%1 --data-dir %2 --profile work login")
                                .arg(QStringLiteral(ZENML_ADMIN_BINARY), m_cli->dataDir());
    QByteArray seen;
    bool typed = false;
    connect(&terminal, &QProcess::readyReadStandardOutput, this, [&] {
        seen += terminal.readAllStandardOutput();
        if (!typed && seen.contains("Password for default at")) {
            typed = true;
            terminal.write(line(kAdminPassword));
        }
    });
    terminal.start(QStringLiteral("script"),
                   {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    QVERIFY(terminal.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(terminal.state() == QProcess::NotRunning, 30000);
    seen += terminal.readAllStandardOutput();
    QVERIFY2(typed, seen.constData());
    QCOMPARE(terminal.exitCode(), 0);
    QVERIFY2(seen.contains("Signed in"), seen.constData());
    QVERIFY2(!seen.contains(kAdminPassword.toUtf8()), seen.constData());
    QCOMPARE(savedPassword(QStringLiteral("work")), kAdminPassword);
}

void TestConnectCli::badInput_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("wrong password") << int(WrongPassword) << 7 << "did not accept";
    QTest::newRow("unknown host") << int(UnknownHost) << 6 << "nonexistent.invalid";
    QTest::newRow("refused") << int(Refused) << 6 << "127.0.0.1";
    QTest::newRow("timeout") << int(Timeout) << 6 << "127.0.0.1";
    QTest::newRow("tls") << int(Tls) << 6 << "SHA-256";
    QTest::newRow("html") << int(Html) << 6 << "JSON";
    QTest::newRow("truncated json") << int(TruncatedJson) << 6 << "";
    QTest::newRow("500") << int(Server500) << 6 << "Injected fault";
    QTest::newRow("field missing") << int(MissingField) << 6 << "access_token";
    QTest::newRow("0.50") << int(Unsupported) << 6 << "0.50.0";
    QTest::newRow("plain http elsewhere") << int(InsecureHttp) << 2 << "--allow-insecure-http";
}

void TestConnectCli::badInput()
{
    QFETCH(int, scenario);
    QFETCH(int, code);
    QFETCH(QString, words);
    signInWork(QStringLiteral("default"), kAdminPassword);
    const QStringList work{QStringLiteral("--profile"), QStringLiteral("work")};
    const QString usersBefore =
        m_cli->run(work + QStringList{QStringLiteral("user"), QStringLiteral("list")}).out;

    CannedServer canned;
    QString otherUrl; // scenarios that need another server get a second profile
    QString password = kAdminPassword;
    switch (Scenario(scenario)) {
    case WrongPassword:
        password = QStringLiteral("not-the-password");
        break;
    case UnknownHost:
        otherUrl = QStringLiteral("https://nonexistent.invalid");
        break;
    case Refused:
        otherUrl = connecttest::refusedUrl().toString();
        break;
    case Timeout:
        m_server->injectFault(QStringLiteral("POST"), QStringLiteral("/login$"), Fault::Hang);
        m_cli->setEnv(QStringLiteral("ZENML_ADMIN_NETWORK_TIMEOUT_MS"), QStringLiteral("500"));
        break;
    case Tls: {
        const auto [certificate, key] = connecttest::selfSignedCertificate();
        QVERIFY(!certificate.isNull());
        canned.enableTls(certificate, key);
        canned.on("GET", QStringLiteral("^/api/v1/info$"), 200, kInfo);
        QVERIFY(canned.start());
        otherUrl = canned.baseUrl().toString();
        break;
    }
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
    case MissingField:
        canned.on("GET", QStringLiteral("^/api/v1/info$"), 200, kInfo);
        canned.on("POST", QStringLiteral("^/api/v1/login$"), 200, R"({"token_type": "bearer"})");
        QVERIFY(canned.start());
        otherUrl = canned.baseUrl().toString();
        break;
    case Unsupported:
        m_server->setVersion(QStringLiteral("0.50.0"));
        break;
    case InsecureHttp: {
        const CliResult refused = m_cli->run(
            {QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("other"),
             QStringLiteral("--url"), QStringLiteral("http://zenml.example.com"),
             QStringLiteral("--username"), QStringLiteral("default")});
        QCOMPARE(refused.code, code);
        QVERIFY2(refused.err.contains(words), qPrintable(refused.err));
        const CliResult list = m_cli->run({QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY(!list.out.contains(QStringLiteral("other")));
        CLI_OK(m_cli->run({QStringLiteral("profile"), QStringLiteral("create"),
                           QStringLiteral("other"), QStringLiteral("--url"),
                           QStringLiteral("http://zenml.example.com"), QStringLiteral("--username"),
                           QStringLiteral("default"), QStringLiteral("--allow-insecure-http")}));
        return;
    }
    }
    QString profile = QStringLiteral("work");
    if (!otherUrl.isEmpty()) {
        profile = QStringLiteral("other");
        CLI_OK(m_cli->run({QStringLiteral("profile"), QStringLiteral("create"), profile,
                           QStringLiteral("--url"), otherUrl, QStringLiteral("--username"),
                           QStringLiteral("default")}));
        QVERIFY(m_keychain.writeSync(profile, SecretStore::passwordKey(), kOldPassword).ok());
    }
    const QString savedBefore = savedPassword(profile);
    const CliResult login =
        m_cli->run({QStringLiteral("--profile"), profile, QStringLiteral("login"),
                    QStringLiteral("--password-stdin")},
                   line(password));
    QCOMPARE(login.code, code);
    QVERIFY2(login.err.contains(QStringLiteral("Error: ")), qPrintable(login.all()));
    QVERIFY2(login.all().contains(words), qPrintable(login.all()));
    QVERIFY(!login.all().contains(password));
    if (scenario == Tls)
        QVERIFY2(login.out.contains(QStringLiteral("--trust-fingerprint")), qPrintable(login.out));

    // Nothing lost: the profile, its saved password, the mirror.
    m_server->clearFaults();
    m_server->setVersion(QStringLiteral("0.47.0"));
    QCOMPARE(savedPassword(profile), savedBefore);
    const CliResult profiles = m_cli->run({QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(profiles.out.contains(profile));
    QCOMPARE(m_cli->run(work + QStringList{QStringLiteral("user"), QStringLiteral("list")}).out,
             usersBefore);
}

QTEST_GUILESS_MAIN(TestConnectCli)
#include "tst_connectcli.moc"
