// The "done when", end to end against the test server: export a server profile, edit the
// file by hand (a new team, a role with one permission fewer, two users moved between teams),
// see exactly those changes in the plan, apply offline, and the next sync brings the server to
// that state, in dependency order; a CSV of new people becomes invitations with their roles and
// teams, and a CSV of their links. Needs the OS keychain (tests/run-with-keychain.sh).
#include "clicheck.h"
#include "clirunner.h"
#include "support/testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml::test;

class TestAccessSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editedFileReachesTheServer();
    void csvBecomesInvitationsAndLinks();

private:
    CliRun run(const QStringList &command, const QByteArray &input = {}) const
    {
        return m_cli->run(QStringList{QStringLiteral("--profile"), QStringLiteral("p")} + command,
                          m_data, input);
    }
    QStringList membersOf(const QString &team) const;

    QTemporaryDir m_temp;
    TestServer m_server;
    std::unique_ptr<CliRunner> m_cli;
    QString m_data;
};

QStringList TestAccessSync::membersOf(const QString &team) const
{
    QHash<QString, QString> names;
    for (const QJsonValue &u : m_server.users())
        names.insert(u[QStringLiteral("id")].toString(), u[QStringLiteral("name")].toString());
    QStringList out;
    for (const QJsonValue &t : m_server.teams()) {
        if (t[QStringLiteral("name")].toString() != team)
            continue;
        for (const QJsonValue &m : t[QStringLiteral("users")].toArray())
            out << names.value(m.isObject() ? m[QStringLiteral("id")].toString() : m.toString(),
                               m.isObject() ? m[QStringLiteral("name")].toString() : m.toString());
    }
    out.sort();
    return out;
}

void TestAccessSync::initTestCase()
{
    QVERIFY(m_temp.isValid());
    QVERIFY(m_server.listen());
    m_cli = std::make_unique<CliRunner>(m_temp.filePath(QStringLiteral("home")));
    m_cli->setEnv(QStringLiteral("ZENML_ADMIN_NETWORK_TIMEOUT_MS"), QStringLiteral("3000"));
    m_data = m_temp.filePath(QStringLiteral("data"));
    CHECK_OK(m_cli->run(
        {"profile", "create", "p", "--url", m_server.baseUrl().toString(), "--username", "default"},
        m_data));
    const CliRun login = run({"login", "--password-stdin"}, "\n");
    QVERIFY2(login.code == 0, qPrintable(login.err));
    CHECK_OK(run({"role", "create", "dev", "--permissions", "read", "--permissions", "write"}));
    CHECK_OK(run({"user", "create", "bob", "--password", "pw-bob-1"}));
    CHECK_OK(run({"user", "create", "carol", "--password", "pw-carol-1"}));
    CHECK_OK(run({"team", "create", "ml", "--user", "bob"}));
    CHECK_OK(run({"team", "create", "ops", "--user", "carol"}));
    CHECK_OK(run({"sync"}));
}

void TestAccessSync::editedFileReachesTheServer()
{
    const QString file = m_temp.filePath(QStringLiteral("access.yaml"));
    CHECK_OK(run({"export", "--file", file}));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray yaml = f.readAll();
    f.close();
    QVERIFY2(yaml.contains("- name: dev\n  permissions: [read, write]\n"), yaml.constData());
    yaml.replace("- name: dev\n  permissions: [read, write]\n",
                 "- name: dev\n  permissions: [read]\n");
    yaml.replace("- name: ml\n  members: [bob]\n", "- name: data\n  members: [bob]\n"
                                                   "- name: ml\n  members: [carol]\n");
    yaml.replace("- name: ops\n  members: [carol]\n", "- name: ops\n  members: [bob]\n");
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(yaml);
    f.close();

    const CliRun plan = run({"plan", "--file", file, "--check"});
    QCOMPARE(plan.code, 9);
    QVERIFY2(plan.out.contains(QStringLiteral("Plan: 1 to create, 3 to update, 0 to delete.")),
             qPrintable(plan.out));
    QVERIFY(plan.out.contains(QStringLiteral("permissions: \"read, write\" → \"read\"")));

    CHECK_OK(run({"apply", "--file", file, "--yes"}));
    CHECK_OK(run({"sync"}));
    QCOMPARE(membersOf(QStringLiteral("data")), QStringList{QStringLiteral("bob")});
    QCOMPARE(membersOf(QStringLiteral("ml")), QStringList{QStringLiteral("carol")});
    QCOMPARE(membersOf(QStringLiteral("ops")), QStringList{QStringLiteral("bob")});
    for (const QJsonValue &r : m_server.roles())
        if (r[QStringLiteral("name")].toString() == QLatin1String("dev"))
            QCOMPARE(r[QStringLiteral("permissions")].toArray().size(), 1);
    CHECK_OK(run({"plan", "--file", file, "--check"}));
}

void TestAccessSync::csvBecomesInvitationsAndLinks()
{
    const QString csv = m_temp.filePath(QStringLiteral("people.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBFname;full_name;email;roles;teams\r\n"
            "dora;\"Dora; D.\";dora@example.com;dev;data\r\n"
            "emil;Emil;emil@example.com;guest;ml,ops\r\n");
    f.close();
    CHECK_OK(run({"user", "import", csv, "--dry-run"}));
    CHECK_OK(run({"user", "import", csv}));
    const int before = m_server.requestCount();
    CHECK_OK(run({"sync"}));
    // The server gets the users before the memberships and the assignments that name them.
    const QList<LoggedRequest> log = m_server.requestLog().mid(before);
    int lastUserPost = -1, firstTeamPut = -1, firstAssignmentPost = -1;
    for (int i = 0; i < log.size(); ++i) {
        const LoggedRequest &r = log.at(i);
        if (r.method == QLatin1String("POST") && r.path.endsWith(QLatin1String("/users")))
            lastUserPost = i;
        if (r.method == QLatin1String("PUT") && r.path.contains(QLatin1String("/teams/")) &&
            firstTeamPut < 0)
            firstTeamPut = i;
        if (r.method == QLatin1String("POST") &&
            r.path.endsWith(QLatin1String("/role_assignments")) && firstAssignmentPost < 0)
            firstAssignmentPost = i;
    }
    QVERIFY(lastUserPost >= 0);
    QVERIFY(firstTeamPut > lastUserPost);
    QVERIFY(firstAssignmentPost > lastUserPost);
    QVERIFY(!m_server.user(QStringLiteral("dora")).value(QStringLiteral("active")).toBool());
    QVERIFY(membersOf(QStringLiteral("data")).contains(QStringLiteral("dora")));
    QVERIFY(membersOf(QStringLiteral("ops")).contains(QStringLiteral("emil")));
    const CliRun links = run({"user", "invite-links", "-o", "csv"});
    CHECK_OK(links);
    QVERIFY2(links.out.startsWith(QStringLiteral("name,link")), qPrintable(links.out));
    QVERIFY(links.out.contains(QStringLiteral("dora,")));
    QVERIFY(links.out.contains(m_server.activationToken(QStringLiteral("emil"))));
}

QTEST_MAIN(TestAccessSync)
#include "tst_accesssync.moc"
