// tst_cli: every error path. Each gets one line on stderr, a documented exit code, and leaves the
// database exactly as it was.
#include "clicheck.h"
#include "dbdump.h"
#include "tst_cli.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

using namespace zenml::test;

namespace {
// Exit codes, as documented in app/cli/exitcodes.h.
constexpr int kUsage = 2;
constexpr int kNotFound = 3;
constexpr int kRule = 4;
constexpr int kIo = 5;

// One "Error: ..." line on stderr, nothing on stdout.
#define CHECK_ONE_ERROR(run, text)                                                                 \
    do {                                                                                           \
        const CliRun &e_ = (run);                                                                  \
        QVERIFY2(e_.out.isEmpty(), qPrintable(e_.out));                                            \
        QVERIFY2(e_.err.startsWith(QStringLiteral("Error: ")), qPrintable(e_.err));                \
        QVERIFY2(e_.err.count(QLatin1Char('\n')) == 1 && e_.err.endsWith(QLatin1Char('\n')),       \
                 qPrintable(e_.err));                                                              \
        QVERIFY2(e_.err.contains(text), qPrintable(e_.err));                                       \
    } while (false)

const QFileDevice::Permissions kReadOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
const QFileDevice::Permissions kOpenFolder =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup |
    QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
const QFileDevice::Permissions kClosedFolder = QFile::ReadOwner | QFile::ExeOwner |
                                               QFile::ReadGroup | QFile::ExeGroup |
                                               QFile::ReadOther | QFile::ExeOther;
} // namespace

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option")
        << QStringList{"role", "list", "--frob"}
        << "No such option: '--frob'. Try 'zenml-admin role list --help'";
    QTest::newRow("unknown short option")
        << QStringList{"role", "create", "x", "-z", "read"} << "No such option: '-z'";
    QTest::newRow("missing argument") << QStringList{"role", "create"}
                                      << "Missing argument 'NAME'. Try 'zenml-admin role create "
                                         "--help'";
    QTest::newRow("missing option value")
        << QStringList{"user", "create", "dan", "--role"} << "Option '--role' needs a value";
    QTest::newRow("missing global value")
        << QStringList{"role", "list", "--output"} << "Option '--output' needs a value";
    QTest::newRow("bad output format")
        << QStringList{"role", "list", "--output", "xml"} << "'xml' is not an output format";
    QTest::newRow("unknown verb") << QStringList{"role", "frob"}
                                  << "No such command 'frob'. Try 'zenml-admin role --help'";
    QTest::newRow("missing verb") << QStringList{"team"} << "Missing command.";
    QTest::newRow("extra argument")
        << QStringList{"role", "describe", "admin", "guest"} << "unexpected extra argument 'guest'";
    QTest::newRow("bad boolean") << QStringList{"user", "update", "bob", "--active", "maybe"}
                                 << "takes true or false, not 'maybe'";
    QTest::newRow("assign to nobody")
        << QStringList{"role", "assign", "guest"} << "Name at least one user";
    QTest::newRow("revoke from nobody")
        << QStringList{"role", "revoke", "guest", "-w", "ws1"} << "Name at least one user";
    QTest::newRow("team add nobody") << QStringList{"team", "add", "ml"} << "--user";
    QTest::newRow("half a server profile")
        << QStringList{"profile", "create", "s", "--url", "https://zenml.example.com"}
        << "needs both --url and --username";
    QTest::newRow("user and team filter")
        << QStringList{"role", "assignment", "list", "--user", "bob", "--team", "ml"} << "not both";
    QTest::newRow("sync both ways only")
        << QStringList{"sync", "--pull-only", "--push-only"} << "not both";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString d = seededDataDir();
    const QString before = dumpDatabase(profilePath(d));
    const CliRun r = m_cli->run(args, d);
    QCOMPARE(r.code, kUsage);
    CHECK_ONE_ERROR(r, message);
    QCOMPARE(dumpDatabase(profilePath(d)), before);
    QVERIFY(!QFileInfo::exists(QDir(d).filePath(QStringLiteral("profiles/s.sqlite"))));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString longName(256, QLatin1Char('n'));
    QTest::newRow("unknown permission") << QStringList{"role", "create", "flyer", "-p", "fly"}
                                        << kRule << "Unknown permission 'fly'";
    QTest::newRow("unknown permission to add")
        << QStringList{"role", "update", "viewer", "-a", "fly"} << kRule << "Unknown permission";
    QTest::newRow("empty role name")
        << QStringList{"role", "create", "", "-p", "read"} << kRule << "role name is empty";
    QTest::newRow("empty user name")
        << QStringList{"user", "create", ""} << kRule << "user name is empty";
    QTest::newRow("empty team name")
        << QStringList{"team", "create", ""} << kRule << "team name is empty";
    QTest::newRow("256-character role name")
        << QStringList{"role", "create", longName} << kRule << "256 characters";
    QTest::newRow("256-character user rename")
        << QStringList{"user", "update", "bob", "--name", longName} << kRule << "256 characters";
    QTest::newRow("duplicate role") << QStringList{"role", "create", "viewer"} << kRule
                                    << "A role named 'viewer' already exists";
    QTest::newRow("duplicate user")
        << QStringList{"user", "create", "bob"} << kRule << "A user named 'bob' already exists";
    QTest::newRow("duplicate team")
        << QStringList{"team", "create", "ml"} << kRule << "already exists";
    QTest::newRow("rename to a taken name")
        << QStringList{"user", "update", "carl", "--name", "bob"} << kRule << "already exists";
    QTest::newRow("duplicate assignment")
        << QStringList{"role", "assign", "viewer", "--user", "bob"} << kRule
        << "already has the role 'viewer'";
    QTest::newRow("delete admin") << QStringList{"role", "delete", "admin"} << kRule
                                  << "The role 'admin' is built in";
    QTest::newRow("change guest") << QStringList{"role", "update", "guest", "-a", "write"} << kRule
                                  << "built in";
    QTest::newRow("rename default user") << QStringList{"user", "update", "default", "--name", "x"}
                                         << kRule << "default user cannot be renamed";
    QTest::newRow("delete default user")
        << QStringList{"user", "delete", "default"} << kRule << "default user cannot be deleted";
    QTest::newRow("deactivate default user")
        << QStringList{"user", "update", "default", "--active", "false"} << kRule
        << "cannot be deactivated";
    QTest::newRow("delete default workspace")
        << QStringList{"workspace", "delete", "default"} << kRule << "default workspace";
    QTest::newRow("delete assigned role")
        << QStringList{"role", "delete", "viewer"} << kRule << "still assigned";
    QTest::newRow("bad email") << QStringList{"user", "create", "ed", "--email", "nope"} << kRule
                               << "not an email address";
    QTest::newRow("assign unknown role") << QStringList{"role", "assign", "nope", "--user", "bob"}
                                         << kNotFound << "No role has the name";
    QTest::newRow("assign to unknown user")
        << QStringList{"role", "assign", "guest", "--user", "nobody"} << kNotFound
        << "No user has the name";
    QTest::newRow("assign to a known and an unknown user")
        << QStringList{"role", "assign", "guest", "--user", "bob", "--user", "nobody"} << kNotFound
        << "'nobody'";
    QTest::newRow("assign in unknown workspace")
        << QStringList{"role", "assign", "guest", "--user", "bob", "--workspace", "nowhere"}
        << kNotFound << "No workspace";
    QTest::newRow("revoke a role not held")
        << QStringList{"role", "revoke", "guest", "--user", "bob"} << kNotFound
        << "does not have the role 'guest'";
    QTest::newRow("delete unknown user")
        << QStringList{"user", "delete", "carl", "zed"} << kNotFound << "'zed'";
    QTest::newRow("describe unknown team")
        << QStringList{"team", "describe", "nope"} << kNotFound << "No team";
    QTest::newRow("ambiguous prefix")
        << QStringList{"user", "describe", "c"} << kNotFound << "matches more than one user";
    QTest::newRow("create team with unknown member")
        << QStringList{"team", "create", "new", "--user", "nobody"} << kNotFound << "'nobody'";
    QTest::newRow("invalid profile name")
        << QStringList{"profile", "create", "bad name!"} << kRule << "cannot name a profile";
    QTest::newRow("duplicate profile")
        << QStringList{"profile", "create", "default"} << kRule << "already exists";
    QTest::newRow("bad server url")
        << QStringList{"profile", "create", "s", "--url", "zenml", "--username", "u"} << kRule
        << "not a server URL";
}

void TestCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString d = seededDataDir();
    if (QByteArray(QTest::currentDataTag()) == "ambiguous prefix") {
        // Two names starting with "c": carl and cora.
        CHECK_OK(m_cli->run({"user", "create", "cora"}, d));
    }
    const QString before = dumpDatabase(profilePath(d));
    QVERIFY(before.contains(QStringLiteral("viewer")));
    const CliRun r = m_cli->run(args, d);
    QCOMPARE(r.code, code);
    CHECK_ONE_ERROR(r, message);
    QCOMPARE(dumpDatabase(profilePath(d)), before);
    QCOMPARE(QDir(QDir(d).filePath(QStringLiteral("profiles")))
                 .entryList({QStringLiteral("*.sqlite")}, QDir::Files),
             QStringList{"default.sqlite"});
}

void TestCli::unknownProfile()
{
    const QString d = seededDataDir();
    CliRun r = m_cli->run({"--profile", "nosuch", "role", "list"}, d);
    QCOMPARE(r.code, kNotFound);
    CHECK_ONE_ERROR(r, "There is no profile named 'nosuch'");
    r = m_cli->run({"profile", "use", "nosuch"}, d);
    QCOMPARE(r.code, kNotFound);
    CHECK_ONE_ERROR(r, "nosuch");
    r = m_cli->run({"profile", "delete", "nosuch"}, d);
    QCOMPARE(r.code, kNotFound);
    r = m_cli->run({"role", "list", "--profile", "bad name!"}, d);
    QCOMPARE(r.code, kRule);
    CHECK_ONE_ERROR(r, "cannot name a profile");
    QCOMPARE(QDir(QDir(d).filePath(QStringLiteral("profiles")))
                 .entryList({QStringLiteral("*.sqlite")}, QDir::Files),
             QStringList{"default.sqlite"});
}

void TestCli::corruptDatabase()
{
    const QString d = newDir();
    QVERIFY(QDir().mkpath(QDir(d).filePath(QStringLiteral("profiles"))));
    QByteArray noise(8192, Qt::Uninitialized);
    QRandomGenerator random(42);
    for (char &c : noise)
        c = char(random.bounded(256));
    QFile file(profilePath(d));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(noise);
    file.close();

    for (const QStringList &args :
         {QStringList{"role", "list"}, QStringList{"role", "create", "x", "-p", "read"},
          QStringList{"user", "delete", "bob"}}) {
        const CliRun r = m_cli->run(args, d);
        QCOMPARE(r.code, kIo);
        CHECK_ONE_ERROR(r, "Cannot open the profile database");
        QVERIFY2(r.err.contains(QStringLiteral("profile repair default")), qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), noise);
        file.close();
    }
}

void TestCli::readOnlyDatabase()
{
    const QString d = seededDataDir();
    const QString before = dumpDatabase(profilePath(d));
    // The file is read-only; its folder stays writable so SQLite may keep its shared-memory
    // file next to it, as it would for a read-only file in a user's folder.
    QVERIFY(QFile::setPermissions(profilePath(d), kReadOnly));
    QVERIFY(QFile::setPermissions(QDir(d).filePath(QStringLiteral("profiles")), kOpenFolder));
    // The data folder is private (0700) and the file's -wal/-shm 0600: the reader ("nobody",
    // below) must own them, as a user owns the files of their own read-only profile.
    QVERIFY(QFile::setPermissions(d, kOpenFolder));
    if (geteuid() == 0) {
        for (const QString &file : {profilePath(d), profilePath(d) + QStringLiteral("-wal"),
                                    profilePath(d) + QStringLiteral("-shm")}) {
            if (QFile::exists(file))
                QVERIFY(::chown(QFile::encodeName(file).constData(), 65534, 65534) == 0);
        }
    }
    m_cli->setUnprivileged(true);
    const auto cleanup = qScopeGuard([this] { m_cli->setUnprivileged(false); });

    for (const QStringList &args :
         {QStringList{"role", "create", "x", "-p", "read"}, QStringList{"user", "delete", "bob"},
          QStringList{"role", "assign", "guest", "--user", "carl"}}) {
        const CliRun r = m_cli->run(args, d);
        QCOMPARE(r.code, kIo);
        CHECK_ONE_ERROR(r, "read-only");
        QVERIFY2(r.err.contains(QStringLiteral("writable")), qPrintable(r.err));
        QCOMPARE(dumpDatabase(profilePath(d)), before);
    }
    // Reading still works.
    const CliRun r = m_cli->run({"role", "list", "-o", "json"}, d);
    CHECK_OK(r);
    QCOMPARE(names(jsonArray(r)), (QStringList{"admin", "guest", "viewer"}));
}

void TestCli::dataDirCannotBeCreated()
{
    // A path under a regular file.
    const QString file = m_temp.filePath(QStringLiteral("plain-file"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a folder");
    }
    for (const QStringList &args :
         {QStringList{"role", "list"}, QStringList{"role", "create", "x", "-p", "read"},
          QStringList{"profile", "create", "p"}, QStringList{"profile", "list"},
          QStringList{"profile", "use", "default"}}) {
        const CliRun r = m_cli->run(args, file + QStringLiteral("/data"));
        QCOMPARE(r.code, kIo);
        CHECK_ONE_ERROR(r, "Cannot create the data folder");
        QVERIFY2(r.err.contains(QStringLiteral("--data-dir")), qPrintable(r.err));
    }

    // A path under a folder that cannot be written.
    const QString closed = newDir();
    QVERIFY(QDir().mkpath(closed));
    QVERIFY(QFile::setPermissions(closed, kClosedFolder));
    m_cli->setUnprivileged(true);
    const auto cleanup = qScopeGuard([this] { m_cli->setUnprivileged(false); });
    const CliRun r = m_cli->run({"role", "list"}, closed + QStringLiteral("/data"));
    QCOMPARE(r.code, kIo);
    CHECK_ONE_ERROR(r, "Cannot create the data folder");
    QVERIFY(QDir(closed).isEmpty());
}
