// tst_cli: profiles, output formats, name resolution and where the data lives.
#include "clicheck.h"
#include "tst_cli.h"

#include <QDir>
#include <QRegularExpression>

using namespace zenml::test;

void TestCli::profileVerbs()
{
    const QString d = newDir();
    CliRun r = m_cli->run({"profile", "list"}, d);
    CHECK_OK(r);
    QVERIFY2(r.out.startsWith(QStringLiteral("No profiles yet.")), qPrintable(r.out));

    r = m_cli->run({"profile", "create", "team1"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Created profile 'team1'.\n"));
    r = m_cli->run(
        {"profile", "create", "srv", "--url", "https://zenml.example.com", "--username", "admin"},
        d);
    CHECK_OK(r);
    // A server profile's message goes on to say how to sign in.
    QVERIFY2(r.out.startsWith(QStringLiteral("Created profile 'srv'")), qPrintable(r.out));

    r = m_cli->run({"profile", "list", "-o", "json"}, d);
    CHECK_OK(r);
    QCOMPARE(names(jsonArray(r)), (QStringList{"srv", "team1"}));
    const QJsonObject srv = findByName(jsonArray(r), QStringLiteral("srv"));
    QCOMPARE(srv.value(QStringLiteral("kind")).toString(), QStringLiteral("server"));
    QCOMPARE(srv.value(QStringLiteral("server_url")).toString(),
             QStringLiteral("https://zenml.example.com"));
    QCOMPARE(srv.value(QStringLiteral("username")).toString(), QStringLiteral("admin"));
    QCOMPARE(findByName(jsonArray(r), QStringLiteral("team1")).value(QStringLiteral("kind")),
             QJsonValue(QStringLiteral("local")));

    r = m_cli->run({"profile", "use", "team1"}, d);
    CHECK_OK(r);
    QCOMPARE(r.out, QStringLiteral("Active profile changed to 'team1'.\n"));
    r = m_cli->run({"profile", "list", "-o", "json"}, d);
    QCOMPARE(findByName(jsonArray(r), QStringLiteral("team1")).value(QStringLiteral("active")),
             QJsonValue(true));

    // Verbs act on the active profile unless --profile says otherwise.
    CHECK_OK(m_cli->run({"role", "create", "only-here", "-p", "read"}, d));
    r = m_cli->run({"role", "list", "-o", "json"}, d);
    QVERIFY(names(jsonArray(r)).contains(QStringLiteral("only-here")));
    r = m_cli->run({"--profile", "default", "role", "list", "-o", "json"}, d);
    CHECK_OK(r);
    QVERIFY(!names(jsonArray(r)).contains(QStringLiteral("only-here")));

    r = m_cli->run({"profile", "delete", "srv"}, d);
    CHECK_OK(r);
    // A note on the profile's keychain entries may follow.
    QVERIFY2(r.out.startsWith(QStringLiteral("Deleted profile 'srv'.\n")), qPrintable(r.out));
    QVERIFY(!QFileInfo::exists(QDir(d).filePath(QStringLiteral("profiles/srv.sqlite"))));
    r = m_cli->run({"profile", "list", "-o", "csv"}, d);
    CHECK_OK(r);
    QVERIFY2(!r.out.contains(QStringLiteral("srv")), qPrintable(r.out));
    QVERIFY(r.out.startsWith(QStringLiteral("name,kind,active,server_url,username\r\n")));
}

void TestCli::outputFormats()
{
    const QString d = seededDataDir();
    CliRun r = m_cli->run({"role", "list", "-o", "csv"}, d);
    CHECK_OK(r);
    QVERIFY(r.out.startsWith(QStringLiteral("name,permissions,id\r\n")));
    static const QRegularExpression adminCsv(
        QStringLiteral("\r\nadmin,\"read, write, me\",[0-9a-f-]{36}\r\n"));
    QVERIFY2(adminCsv.match(r.out).hasMatch(), qPrintable(r.out));

    // RFC 4180: quotes doubled, fields with a comma or quote quoted.
    CHECK_OK(m_cli->run({"user", "create", "quinn", "--full-name", "Say \"hi\", then"}, d));
    r = m_cli->run({"user", "list", "--output=csv"}, d);
    CHECK_OK(r);
    QVERIFY2(r.out.contains(QStringLiteral("quinn,\"Say \"\"hi\"\", then\",,false,")),
             qPrintable(r.out));

    // Table: upper-case headers, columns aligned.
    r = m_cli->run({"role", "list"}, d);
    CHECK_OK(r);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(QStringLiteral("NAME ")));
    const qsizetype column = lines.first().indexOf(QStringLiteral("PERMISSIONS"));
    QVERIFY(column > 0);
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.mid(column, 4) == QLatin1String("read"), qPrintable(line));

    // JSON: the same, wherever the global option stands.
    const CliRun before = m_cli->run({"--output", "json", "role", "list"}, d);
    const CliRun after = m_cli->run({"role", "list", "--output", "json"}, d);
    CHECK_OK(before);
    QCOMPARE(before.out, after.out);
    QCOMPARE(jsonArray(before).size(), 3);

    // Empty listings.
    const QString empty = seededDataDir();
    CHECK_OK(m_cli->run({"team", "delete", "ml"}, empty));
    r = m_cli->run({"team", "list"}, empty);
    QCOMPARE(r.out, QStringLiteral("No teams found for the given filters.\n"));
    r = m_cli->run({"team", "list", "-o", "json"}, empty);
    QCOMPARE(jsonArray(r).size(), 0);
    QVERIFY(r.out.startsWith(QLatin1Char('[')));
    r = m_cli->run({"team", "list", "-o", "csv"}, empty);
    QCOMPARE(r.out, QStringLiteral("name,users,id\r\n"));
}

void TestCli::nameResolution()
{
    const QString d = seededDataDir();
    CliRun r = m_cli->run({"user", "list", "-o", "json"}, d);
    const QString bobId =
        findByName(jsonArray(r), QStringLiteral("bob")).value(QStringLiteral("id")).toString();
    QCOMPARE(bobId.size(), 36);

    for (const QString &reference :
         {bobId, bobId.left(13), QStringLiteral("bob"), QStringLiteral("bo")}) {
        r = m_cli->run({"user", "describe", reference, "-o", "json"}, d);
        CHECK_OK(r);
        QCOMPARE(jsonObject(r).value(QStringLiteral("name")).toString(), QStringLiteral("bob"));
    }
    // A UUID is only ever an id, never a name prefix.
    r = m_cli->run({"user", "describe", "00000000-0000-4000-8000-000000000000"}, d);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("id")), qPrintable(r.err));

    // An exact name wins over a longer name it prefixes.
    CHECK_OK(m_cli->run({"user", "create", "bobby"}, d));
    r = m_cli->run({"user", "describe", "bob", "-o", "json"}, d);
    QCOMPARE(jsonObject(r).value(QStringLiteral("name")).toString(), QStringLiteral("bob"));
    r = m_cli->run({"user", "describe", "bobb", "-o", "json"}, d);
    QCOMPARE(jsonObject(r).value(QStringLiteral("name")).toString(), QStringLiteral("bobby"));
}

void TestCli::optionSpellings()
{
    const QString d = seededDataDir();
    // --name=value, -pvalue, -p=value, and "--" ending the options.
    CHECK_OK(m_cli->run({"role", "create", "--permissions=read", "-pwrite", "-p=me", "all3"}, d));
    CliRun r = m_cli->run({"role", "describe", "all3", "--output=json"}, d);
    QCOMPARE(strings(jsonObject(r).value(QStringLiteral("permissions"))),
             (QStringList{"read", "write", "me"}));
    r = m_cli->run({"user", "create", "--full-name=-x-", "--", "-dash"}, d);
    CHECK_OK(r);
    QVERIFY(r.out.startsWith(QStringLiteral("Created user '-dash'.")));
    r = m_cli->run({"user", "describe", "-o", "json", "--", "-dash"}, d);
    CHECK_OK(r);
    QCOMPARE(jsonObject(r).value(QStringLiteral("full_name")).toString(), QStringLiteral("-x-"));
    // A repeated single-value option keeps the last value, as click does.
    CHECK_OK(m_cli->run({"team", "update", "ml", "--name", "a", "--name", "b"}, d));
    r = m_cli->run({"team", "list", "-o", "json"}, d);
    QCOMPARE(names(jsonArray(r)), QStringList{"b"});
}

void TestCli::dataDirPrecedence()
{
    const QString fromEnv = newDir();
    const QString fromFlag = newDir();
    m_cli->setEnv(QStringLiteral("ZENML_ADMIN_DATA_DIR"), fromEnv);
    const auto cleanup =
        qScopeGuard([this] { m_cli->setEnv(QStringLiteral("ZENML_ADMIN_DATA_DIR"), QString()); });

    CHECK_OK(m_cli->run({"role", "list"}, fromFlag));
    QVERIFY(QFileInfo::exists(profilePath(fromFlag)));
    QVERIFY(!QFileInfo::exists(fromEnv));

    CHECK_OK(m_cli->run({"role", "list"}));
    QVERIFY(QFileInfo::exists(profilePath(fromEnv)));
}
