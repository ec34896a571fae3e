// Issue 6 on the command line: zenml-admin as a child process against the in-process test
// server, with the real keychain (run under tests/run-with-keychain.sh).
#include "auth/keychainsecretstore.h"
#include "clisession.h"
#include "connectfixture.h"
#include "remote/jobwaiter.h"
#include "remote/remoteapi.h"
#include "remote/userjob.h"
#include "service/invitationlink.h"
#include "testserver.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using zenml::connecttest::CliResult;
using zenml::connecttest::CliSession;
using zenml::test::TestServer;

namespace {
const QString kAdminPassword = QStringLiteral("Adm1n-Secret-6620");
const QString kProfile = QStringLiteral("inv");

#define CLI_OK(r)                                                                                  \
    QVERIFY2((r).code == 0, qPrintable(QStringLiteral("exit %1: %2").arg((r).code).arg((r).all())))
} // namespace

class TestInviteCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_keychain.checkAvailableSync().ok(), "run under tests/run-with-keychain.sh");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QDir(m_dir->path()).mkpath(QStringLiteral("data"));
        QDir(m_dir->path()).mkpath(QStringLiteral("home"));
        m_server = std::make_unique<TestServer>();
        m_server->reset();
        m_server->setDefaultPassword(kAdminPassword);
        m_server->setPathPrefix(QStringLiteral("/zen"));
        QVERIFY(m_server->listen());
        m_cli = std::make_unique<CliSession>(m_dir->filePath(QStringLiteral("data")),
                                             m_dir->filePath(QStringLiteral("home")));
        CLI_OK(m_cli->run({"profile", "create", kProfile, "--url",
                           m_server->baseUrl().toString() + QStringLiteral("/"), "--username",
                           "default"}));
        CLI_OK(run({"login", "--password-stdin"}, kAdminPassword.toUtf8() + '\n'));
    }

    void cleanup()
    {
        (void)m_keychain.removeAllSync(kProfile);
        m_cli.reset();
        m_server.reset();
        m_dir.reset();
    }

    void createPrintsZenmlLinesAndLinkWorks()
    {
        const CliResult created = run({"user", "create", "bob", "--role", "guest"});
        CLI_OK(created);
        const QStringList lines = created.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(created.all()));
        QCOMPARE(lines.at(lines.size() - 2), InvitationLink::inactiveNotice());
        const QString link = lines.last();
        const QString token = m_server->activationToken(QStringLiteral("bob"));
        QVERIFY(!token.isEmpty());
        // The profile's URL with its path prefix, no trailing slash: zenml's link exactly.
        QCOMPARE(link, QStringLiteral("%1/signup?user=%2&username=bob&token=%3")
                           .arg(m_server->baseUrl().toString(),
                                m_server->userId(QStringLiteral("bob")), token));
        QVERIFY(link.contains(QStringLiteral("/zen/signup?")));

        // Kept in the keychain, so the link can be printed again later; never on disk.
        const CliResult again = run({"user", "invite-link", "bob"});
        CLI_OK(again);
        QCOMPARE(again.out.trimmed(), link);
        // Not in the profile's SQLite file, settings.ini, or anything under the home folder.
        QCOMPARE(connecttest::filesContaining(m_dir->path(), token), QStringList());
        QVERIFY(!created.err.contains(token));

        // The role went out in the same batch; the invitee activates with the link's token.
        QCOMPARE(m_server->roleAssignments().size(), 2); // default's admin, bob's guest
        QVERIFY(activate(link, QStringLiteral("B0b-Secret-1")));
        QVERIFY(m_server->checkPassword(QStringLiteral("bob"), QStringLiteral("B0b-Secret-1")));
    }

    void regenerateMakesOldLinkFail()
    {
        const CliResult created = run({"user", "create", "carol"});
        CLI_OK(created);
        const QString first = created.out.trimmed().split(QLatin1Char('\n')).last();
        const CliResult regenerated = run({"user", "invite-link", "carol", "--regenerate"});
        CLI_OK(regenerated);
        const QString second = regenerated.out.trimmed().split(QLatin1Char('\n')).last();
        QVERIFY(second.contains(QStringLiteral("/signup?")));
        QVERIFY(second != first);
        QVERIFY(!activate(first, QStringLiteral("C4rol-Secret-1")));
        QVERIFY(activate(second, QStringLiteral("C4rol-Secret-1")));
        // An active user has no link; regenerating would deactivate it.
        const CliResult active = run({"user", "invite-link", "default"});
        QVERIFY(active.code != 0);
    }

    void offlineCreateSaysAfterSync()
    {
        const quint16 port = m_server->port();
        m_server->close();
        m_cli->setEnv(QStringLiteral("ZENML_ADMIN_NETWORK_TIMEOUT_MS"), QStringLiteral("2000"));
        const CliResult created = run({"user", "create", "dave"});
        CLI_OK(created);
        QVERIFY2(created.out.contains(QStringLiteral("after 'zenml-admin sync'")),
                 qPrintable(created.all()));
        QVERIFY(!created.out.contains(QStringLiteral("/signup?")));
        const CliResult later = run({"user", "invite-link", "dave"});
        CLI_OK(later);
        QVERIFY(later.out.contains(QStringLiteral("after 'zenml-admin sync'")));

        QVERIFY(m_server->listen(port));
        CLI_OK(run({"sync"}));
        const CliResult link = run({"user", "invite-link", "dave"});
        CLI_OK(link);
        QVERIFY2(link.out.trimmed().endsWith(m_server->activationToken(QStringLiteral("dave"))),
                 qPrintable(link.all()));
        QVERIFY(activate(link.out.trimmed(), QStringLiteral("D4ve-Secret-1")));
        // Seen active by the next pull: the keychain entry goes.
        CLI_OK(run({"sync"}));
        const QString id = m_server->userId(QStringLiteral("dave"));
        auto read = m_keychain.readSync(kProfile, SecretStore::activationKey(id));
        QVERIFY(read);
        QVERIFY(!read.value().has_value());
    }

    void localProfileExplains()
    {
        CLI_OK(m_cli->run({"profile", "create", "here"}));
        const CliResult r = m_cli->run({"--profile", "here", "user", "invite-link", "default"});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("local profile has no invitations")),
                 qPrintable(r.all()));
    }

private:
    CliResult run(QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(kProfile);
        arguments.prepend(QStringLiteral("--profile"));
        return m_cli->run(arguments, input);
    }

    Status activate(const QString &link, const QString &password)
    {
        const auto parts = InvitationLink::parse(link);
        if (!parts)
            return Error::make(ErrorKind::Invalid, QStringLiteral("not a link"));
        remote::ServerEndpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        remote::RemoteApi api(&m_network, endpoint);
        auto result = remote::awaitJob(api.activateUser(parts->userId, password, parts->token));
        if (!result)
            return result.error();
        return {};
    }

    KeychainSecretStore m_keychain;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<CliSession> m_cli;
};

QTEST_GUILESS_MAIN(TestInviteCli)
#include "tst_invitecli.moc"
