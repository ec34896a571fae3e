#include "tst_cli.h"

#include "clicheck.h"
#include "service/adminservice.h"
#include "store/historytable.h"
#include "store/localstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace zenml::test;

void TestCli::initTestCase()
{
    QVERIFY(m_temp.isValid());
    QVERIFY2(QFile::exists(CliRunner::binary()), qPrintable(CliRunner::binary()));
    // Readable for "nobody", which the permission tests run as when the suite runs as root.
    QFile::setPermissions(m_temp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                             QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                             QFile::ExeOther);
    m_cli = std::make_unique<CliRunner>(m_temp.filePath(QStringLiteral("home")));
    m_seed = newDir();
    const QList<QStringList> seed{
        {"role", "create", "viewer", "-p", "read"},
        {"user", "create", "bob", "--password", "x", "--role", "viewer", "--full-name",
         "Bob Builder", "--email", "bob@example.com"},
        {"user", "create", "carl"},
        {"team", "create", "ml", "--user", "bob"},
        {"workspace", "create", "ws1"},
        {"role", "assign", "guest", "--team", "ml", "--workspace", "ws1"},
    };
    for (const QStringList &args : seed)
        CHECK_OK(m_cli->run(args, m_seed));
}

QString TestCli::newDir()
{
    return m_temp.filePath(QStringLiteral("data%1").arg(++m_dirs));
}

QString TestCli::profilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("profiles/default.sqlite"));
}

QString TestCli::seededDataDir()
{
    const QString dir = newDir();
    if (!QDir().mkpath(QDir(dir).filePath(QStringLiteral("profiles"))) ||
        !QFile::copy(profilePath(m_seed), profilePath(dir)))
        qFatal("cannot copy the seeded profile");
    QFile::setPermissions(profilePath(dir), QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther);
    return dir;
}

void TestCli::version()
{
    const CliRun r = m_cli->run({QStringLiteral("--version")});
    CHECK_OK(r);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("zenml-admin 0.1.0"));
    // Built from this git checkout: the second line is its `git describe`.
    QProcess git;
    git.setWorkingDirectory(QStringLiteral(ZENML_SOURCE_DIR));
    git.start(QStringLiteral("git"), {QStringLiteral("describe"), QStringLiteral("--tags"),
                                      QStringLiteral("--always"), QStringLiteral("--dirty")});
    QVERIFY(git.waitForFinished(20000));
    const QString describe = QString::fromUtf8(git.readAllStandardOutput()).trimmed();
    QVERIFY(!describe.isEmpty());
    // Taken at build time: build before testing after a commit or an edit.
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1), QStringLiteral("git ") + describe);
}

void TestCli::helpAtEveryLevel_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("program") << QStringList{"--help"}
                             << QStringList{
                                    "Usage: zenml-admin", "user",      "team",      "role",
                                    "permission",         "workspace", "profile",   "--data-dir",
                                    "--output",           "--profile", "--version", "Exit codes"};
    QTest::newRow("program -h") << QStringList{"-h"} << QStringList{"Groups:"};
    QTest::newRow("user")
        << QStringList{"user", "--help"}
        << QStringList{
               "Usage: zenml-admin user COMMAND", "list", "describe", "create", "update", "delete"};
    QTest::newRow("team") << QStringList{"team", "--help"}
                          << QStringList{"list", "describe", "create", "update",
                                         "add",  "remove",   "delete"};
    QTest::newRow("role") << QStringList{"role", "--help"}
                          << QStringList{"list",   "create", "update",    "delete",
                                         "assign", "revoke", "assignment"};
    QTest::newRow("role assignment") << QStringList{"role", "assignment", "--help"}
                                     << QStringList{"zenml-admin role assignment COMMAND", "list"};
    QTest::newRow("permission") << QStringList{"permission", "-h"} << QStringList{"list"};
    QTest::newRow("workspace") << QStringList{"workspace", "--help"}
                               << QStringList{"list", "create", "delete"};
    QTest::newRow("profile") << QStringList{"profile", "--help"}
                             << QStringList{"list", "create", "use", "delete"};
    QTest::newRow("user create") << QStringList{"user", "create", "--help"}
                                 << QStringList{"Usage: zenml-admin user create [OPTIONS] NAME",
                                                "--password",
                                                "-r, --role",
                                                "Repeat for more",
                                                "no sign-in",
                                                "--full-name",
                                                "--email"};
    QTest::newRow("user update") << QStringList{"user", "update", "--help"}
                                 << QStringList{"--name", "--full-name", "--email", "--active"};
    QTest::newRow("user describe")
        << QStringList{"user", "describe", "--help"} << QStringList{"[NAME]"};
    QTest::newRow("team add") << QStringList{"team", "add", "--help"}
                              << QStringList{"TEAM", "--user"};
    QTest::newRow("role create") << QStringList{"role", "create", "--help"}
                                 << QStringList{"-p, --permissions PERM", "read, write or me"};
    QTest::newRow("role update") << QStringList{"role", "update", "--help"}
                                 << QStringList{"-n, --name", "-a, --add-permission",
                                                "-r, --remove-permission"};
    QTest::newRow("role assign") << QStringList{"role", "assign", "--help"}
                                 << QStringList{"ROLE", "--user", "--team", "--workspace"};
    QTest::newRow("role assignment list")
        << QStringList{"role", "assignment", "list", "--help"}
        << QStringList{"--user", "--team", "--role", "--workspace"};
    QTest::newRow("profile create")
        << QStringList{"profile", "create", "--help"} << QStringList{"--url", "--username"};
    QTest::newRow("help first") << QStringList{"--help", "role", "create"}
                                << QStringList{"zenml-admin role create"};
}

void TestCli::helpAtEveryLevel()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    const QString dataDir = newDir();
    const CliRun r = m_cli->run(args, dataDir);
    CHECK_OK(r);
    for (const QString &text : expected)
        QVERIFY2(r.out.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + r.out));
    QVERIFY2(!QFileInfo::exists(dataDir), "help must not touch the data folder");
}

void TestCli::doneWhenScenario()
{
    const QString dataDir = newDir();
    m_cli->setEnv(QStringLiteral("ZENML_ADMIN_DATA_DIR"), dataDir);
    const auto cleanup =
        qScopeGuard([this] { m_cli->setEnv(QStringLiteral("ZENML_ADMIN_DATA_DIR"), QString()); });

    CliRun r = m_cli->run({"role", "list"});
    CHECK_OK(r);
    static const QRegularExpression admin(QStringLiteral("^admin +read, write, me +\\S+$"),
                                          QRegularExpression::MultilineOption);
    static const QRegularExpression guest(QStringLiteral("^guest +read, me +\\S+$"),
                                          QRegularExpression::MultilineOption);
    QVERIFY2(admin.match(r.out).hasMatch(), qPrintable(r.out));
    QVERIFY2(guest.match(r.out).hasMatch(), qPrintable(r.out));

    r = m_cli->run({"role", "create", "viewer", "-p", "read"});
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Created role 'viewer'.\n"));
    r = m_cli->run({"user", "create", "bob", "--password", "x", "--role", "viewer"});
    CHECK_OK(r);
    QVERIFY(r.out.startsWith(QStringLiteral("Created user 'bob'.\n")));

    r = m_cli->run({"role", "assignment", "list", "--output", "json"});
    CHECK_OK(r);
    bool found = false;
    for (const QJsonValue &v : jsonArray(r)) {
        const QJsonObject o = v.toObject();
        found = found || (o.value(QStringLiteral("user")).toString() == QLatin1String("bob") &&
                          o.value(QStringLiteral("role")).toString() == QLatin1String("viewer") &&
                          o.value(QStringLiteral("workspace")).isNull());
    }
    QVERIFY2(found, qPrintable(r.out));

    r = m_cli->run({"permission", "list"});
    CHECK_OK(r);
    for (const char *p : {"read", "write", "me"})
        QVERIFY2(QRegularExpression(QStringLiteral("^%1 ").arg(QLatin1String(p)),
                                    QRegularExpression::MultilineOption)
                     .match(r.out)
                     .hasMatch(),
                 qPrintable(r.out));
    QVERIFY(QFileInfo::exists(profilePath(dataDir)));
}

void TestCli::userVerbs()
{
    const QString d = seededDataDir();
    CliRun r =
        m_cli->run({"user", "create", "dora", "--full-name", "Dora Explorer", "--email",
                    "dora@example.com", "--password", "pw", "-r", "guest", "--role", "viewer"},
                   d);
    CHECK_OK(r);
    QVERIFY(r.out.startsWith(QStringLiteral("Created user 'dora'.\n")));
    QVERIFY2(r.out.contains(QStringLiteral("not stored")), qPrintable(r.out));

    r = m_cli->run({"user", "list", "-o", "json"}, d);
    CHECK_OK(r);
    QCOMPARE(names(jsonArray(r)), (QStringList{"bob", "carl", "default", "dora"}));
    QJsonObject dora = findByName(jsonArray(r), QStringLiteral("dora"));
    QCOMPARE(QStringList(dora.keys()),
             (QStringList{"active", "created", "email", "full_name", "id", "name", "updated"}));
    QCOMPARE(dora.value(QStringLiteral("full_name")).toString(), QStringLiteral("Dora Explorer"));
    QCOMPARE(dora.value(QStringLiteral("email")).toString(), QStringLiteral("dora@example.com"));
    QCOMPARE(dora.value(QStringLiteral("active")).toBool(), true);

    r = m_cli->run({"user", "describe", "dora", "--output", "json"}, d);
    CHECK_OK(r);
    QStringList roles;
    for (const QJsonValue &v : jsonObject(r).value(QStringLiteral("roles")).toArray())
        roles << v.toObject().value(QStringLiteral("role")).toString();
    QCOMPARE(roles, (QStringList{"guest", "viewer"}));

    r = m_cli->run({"user", "update", "dora", "--name", "dora2", "--full-name", "D", "--email",
                    "d@example.com", "--active", "false"},
                   d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Updated user 'dora2'.\n"));
    r = m_cli->run({"user", "describe", "dora2", "-o", "json"}, d);
    CHECK_OK(r);
    QCOMPARE(jsonObject(r).value(QStringLiteral("active")).toBool(), false);
    QCOMPARE(jsonObject(r).value(QStringLiteral("full_name")).toString(), QStringLiteral("D"));
    QCOMPARE(jsonObject(r).value(QStringLiteral("email")).toString(),
             QStringLiteral("d@example.com"));

    r = m_cli->run({"user", "create", "erin"}, d);
    CHECK_OK(r);
    QVERIFY2(r.out.contains(QStringLiteral("inactive")) &&
                 r.out.contains(QStringLiteral("no sign-in")),
             qPrintable(r.out));
    r = m_cli->run({"user", "list", "-o", "json"}, d);
    QCOMPARE(findByName(jsonArray(r), QStringLiteral("erin"))
                 .value(QStringLiteral("active"))
                 .toBool(true),
             false);

    r = m_cli->run({"user", "delete", "dora2", "erin"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Deleted user 'dora2'.\nDeleted user 'erin'.\n"));
    r = m_cli->run({"user", "list", "-o", "json"}, d);
    QCOMPARE(names(jsonArray(r)), (QStringList{"bob", "carl", "default"}));

    // Without a name: the profile's own user, "default" on a local profile.
    r = m_cli->run({"user", "describe", "-o", "json"}, d);
    CHECK_OK(r);
    QCOMPARE(jsonObject(r).value(QStringLiteral("name")).toString(), QStringLiteral("default"));
    r = m_cli->run({"user", "describe", "bob"}, d);
    CHECK_OK(r);
    QVERIFY2(r.out.contains(QStringLiteral("Bob Builder")) &&
                 r.out.contains(QStringLiteral("viewer")) && r.out.contains(QStringLiteral("ml")),
             qPrintable(r.out));
}

void TestCli::teamVerbs()
{
    const QString d = seededDataDir();
    CliRun r = m_cli->run({"team", "create", "data", "--user", "bob", "-u", "carl"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Created team 'data'.\n"));
    r = m_cli->run({"team", "list", "-o", "json"}, d);
    CHECK_OK(r);
    QCOMPARE(names(jsonArray(r)), (QStringList{"data", "ml"}));
    QCOMPARE(
        strings(findByName(jsonArray(r), QStringLiteral("data")).value(QStringLiteral("users"))),
        (QStringList{"bob", "carl"}));

    r = m_cli->run({"team", "update", "data", "--name", "data2"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Updated team 'data2'.\n"));
    r = m_cli->run({"team", "remove", "data2", "--user", "carl"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Removed user 'carl' from team 'data2'.\n"));
    r = m_cli->run({"team", "describe", "data2", "-o", "json"}, d);
    CHECK_OK(r);
    QCOMPARE(strings(jsonObject(r).value(QStringLiteral("users"))), QStringList{"bob"});
    r = m_cli->run({"team", "add", "data2", "--user", "carl"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Added user 'carl' to team 'data2'.\n"));
    r = m_cli->run({"team", "describe", "data2", "-o", "json"}, d);
    QCOMPARE(strings(jsonObject(r).value(QStringLiteral("users"))), (QStringList{"bob", "carl"}));
    r = m_cli->run({"team", "describe", "data2"}, d);
    CHECK_OK(r);
    QVERIFY(r.out.contains(QStringLiteral("bob, carl")));

    r = m_cli->run({"team", "delete", "data2"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Deleted team 'data2'.\n"));
    r = m_cli->run({"team", "list", "-o", "json"}, d);
    QCOMPARE(names(jsonArray(r)), QStringList{"ml"});
}

void TestCli::roleVerbs()
{
    const QString d = seededDataDir();
    CliRun r = m_cli->run({"role", "create", "editor", "-p", "read", "--permissions", "write"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Created role 'editor'.\n"));
    r = m_cli->run({"role", "describe", "editor", "-o", "json"}, d);
    CHECK_OK(r);
    QCOMPARE(strings(jsonObject(r).value(QStringLiteral("permissions"))),
             (QStringList{"read", "write"}));

    r = m_cli->run({"role", "update", "editor", "--name", "editor2", "-a", "me", "-r", "write"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Updated role 'editor2'.\n"));
    r = m_cli->run({"role", "describe", "editor2", "-o", "json"}, d);
    QCOMPARE(strings(jsonObject(r).value(QStringLiteral("permissions"))),
             (QStringList{"read", "me"}));

    r = m_cli->run({"role", "list", "-o", "json"}, d);
    CHECK_OK(r);
    QCOMPARE(names(jsonArray(r)), (QStringList{"admin", "editor2", "guest", "viewer"}));
    QCOMPARE(QStringList(findByName(jsonArray(r), QStringLiteral("admin")).keys()),
             (QStringList{"created", "id", "name", "permissions", "updated"}));

    r = m_cli->run({"role", "delete", "editor2"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Deleted role 'editor2'.\n"));
    r = m_cli->run({"role", "list", "-o", "json"}, d);
    QCOMPARE(names(jsonArray(r)), (QStringList{"admin", "guest", "viewer"}));
}

void TestCli::assignmentVerbs()
{
    const QString d = seededDataDir();
    CliRun r = m_cli->run({"role", "assign", "guest", "--user", "bob", "--user", "carl"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Assigned role 'guest' to user 'bob'.\n"
                                   "Assigned role 'guest' to user 'carl'.\n"));
    r = m_cli->run({"role", "assign", "viewer", "--team", "ml"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Assigned role 'viewer' to team 'ml'.\n"));
    r = m_cli->run({"role", "assign", "viewer", "--user", "carl", "--workspace", "ws1"}, d);
    CHECK_OK(r);

    r = m_cli->run({"role", "assignment", "list", "--user", "carl", "-o", "json"}, d);
    CHECK_OK(r);
    QJsonArray rows = jsonArray(r);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("guest"));
    QVERIFY(rows.at(0).toObject().value(QStringLiteral("workspace")).isNull());
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("workspace")).toString(),
             QStringLiteral("ws1"));

    r = m_cli->run({"role", "assignment", "list", "--team", "ml", "-o", "json"}, d);
    rows = jsonArray(r);
    QCOMPARE(rows.size(), 2);
    for (const QJsonValue &v : rows) {
        QCOMPARE(v.toObject().value(QStringLiteral("team")).toString(), QStringLiteral("ml"));
        QVERIFY(!v.toObject().contains(QStringLiteral("user")));
    }
    r = m_cli->run(
        {"role", "assignment", "list", "--role", "guest", "--workspace", "ws1", "-o", "json"}, d);
    QCOMPARE(jsonArray(r).size(), 1);
    QCOMPARE(jsonArray(r).at(0).toObject().value(QStringLiteral("team")).toString(),
             QStringLiteral("ml"));

    r = m_cli->run({"role", "revoke", "guest", "--user", "bob", "--user", "carl"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Revoked role 'guest' from user 'bob'.\n"
                                   "Revoked role 'guest' from user 'carl'.\n"));
    r = m_cli->run({"role", "revoke", "viewer", "--team", "ml"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Revoked role 'viewer' from team 'ml'.\n"));
    r = m_cli->run({"role", "assignment", "list", "--role", "guest", "-o", "json"}, d);
    QCOMPARE(jsonArray(r).size(), 1);

    r = m_cli->run({"role", "assignment", "list"}, d);
    CHECK_OK(r);
    QVERIFY2(r.out.startsWith(QStringLiteral("ROLE ")), qPrintable(r.out));
    r = m_cli->run({"role", "assignment", "list", "--user", "carl", "--role", "admin"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("No role assignments found for the given filters.\n"));
}

void TestCli::workspaceAndPermissionVerbs()
{
    const QString d = seededDataDir();
    CliRun r = m_cli->run({"workspace", "create", "ws2", "--description", "Second"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Created workspace 'ws2'.\n"));
    r = m_cli->run({"workspace", "list", "-o", "json"}, d);
    CHECK_OK(r);
    QCOMPARE(names(jsonArray(r)), (QStringList{"default", "ws1", "ws2"}));
    QCOMPARE(findByName(jsonArray(r), QStringLiteral("ws2")).value(QStringLiteral("description")),
             QJsonValue(QStringLiteral("Second")));
    r = m_cli->run({"workspace", "delete", "ws2"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Deleted workspace 'ws2'.\n"));
    r = m_cli->run({"workspace", "list"}, d);
    QVERIFY(!r.out.contains(QStringLiteral("ws2")));

    r = m_cli->run({"permission", "list", "-o", "json"}, d);
    CHECK_OK(r);
    QCOMPARE(names(jsonArray(r)), (QStringList{"read", "write", "me"}));
    r = m_cli->run({"permission", "list", "-o", "csv"}, d);
    CHECK_OK(r);
    QVERIFY(r.out.startsWith(QStringLiteral("name,description\r\nread,")));
}

QTEST_GUILESS_MAIN(TestCli)

// `history` carries the undone mark in JSON and CSV: when, and the id of the undo's entry.
void TestCli::historyShowsUndone()
{
    const QString d = seededDataDir();
    CHECK_OK(m_cli->run({"user", "update", "carl", "--full-name", "Carl C"}, d));
    qint64 edit = 0;
    {
        // An undo in the app, on the same profile.
        auto store = zenml::LocalStore::open(profilePath(d));
        QVERIFY(store.ok());
        auto newest = store.value()->history().list({std::nullopt, {}, 1});
        QVERIFY(newest.ok() && newest->size() == 1);
        QCOMPARE(newest->first().verb, QStringLiteral("update_user"));
        edit = newest->first().id;
        zenml::AdminService service(*store.value(), zenml::ProfileKind::Local);
        zenml::UserChanges back;
        back.fullName = QString();
        QVERIFY(service
                    .undoing({edit},
                             [&] {
                                 auto done = service.updateUser(QStringLiteral("carl"), back);
                                 return done ? zenml::Status() : zenml::Status(done.error());
                             })
                    .ok());
    }
    CliRun r = m_cli->run({"history", "--output", "json"}, d);
    CHECK_OK(r);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(rows.size() >= 2);
    const QJsonObject undo = rows.at(0).toObject();
    const QJsonObject undone = rows.at(1).toObject();
    QCOMPARE(undone.value(QStringLiteral("id")).toInteger(), edit);
    QVERIFY(QDateTime::fromString(undone.value(QStringLiteral("undone_at")).toString(),
                                  Qt::ISODateWithMs)
                .isValid());
    QCOMPARE(undone.value(QStringLiteral("undone_by")).toInteger(),
             undo.value(QStringLiteral("id")).toInteger());
    QCOMPARE(undo.value(QStringLiteral("undo_of")).toInteger(), edit);
    QVERIFY(undo.value(QStringLiteral("undone_at")).isNull());
    QVERIFY(undo.value(QStringLiteral("undone_by")).isNull());

    r = m_cli->run({"history", "--output", "csv"}, d);
    CHECK_OK(r);
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3);
    QVERIFY2(lines.at(0).endsWith(QStringLiteral(",undone_at,undone_by,undo_of")),
             qPrintable(lines.at(0)));
    // The second row is the undone edit; its last three fields hold no comma or quote.
    const QStringList second = lines.at(2).split(QLatin1Char(','));
    QVERIFY(second.size() > 3);
    QCOMPARE(second.at(second.size() - 3), undone.value(QStringLiteral("undone_at")).toString());
    QCOMPARE(second.at(second.size() - 2).toLongLong(),
             undo.value(QStringLiteral("id")).toInteger());
    QVERIFY(second.last().isEmpty());
}
