// The server's validation rules (rules.h) and the permission vocabulary (permission.h), table
// driven.
#include "domain/permission.h"
#include "domain/rules.h"

#include <QTest>

using namespace zenml;

Q_DECLARE_METATYPE(zenml::EntityKind)
Q_DECLARE_METATYPE(zenml::ErrorKind)

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateName_data();
    void validateName();
    void validatePermissionNames_data();
    void validatePermissionNames();
    void validateEmail_data();
    void validateEmail();
    void protectedNames_data();
    void protectedNames();
    void roleEdits_data();
    void roleEdits();
    void userAndWorkspaceEdits_data();
    void userAndWorkspaceEdits();
    void permissionNames_data();
    void permissionNames();
    void permissionSets_data();
    void permissionSets();
};

void TestRules::validateName_data()
{
    QTest::addColumn<EntityKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message");
    QTest::newRow("plain") << EntityKind::User << "bob" << true << "";
    QTest::newRow("one character") << EntityKind::Role << "r" << true << "";
    QTest::newRow("inner spaces") << EntityKind::Team << "ml team" << true << "";
    QTest::newRow("unicode") << EntityKind::User << QStringLiteral("jürgen") << true << "";
    QTest::newRow("255 characters")
        << EntityKind::Workspace << QString(255, QLatin1Char('w')) << true << "";
    QTest::newRow("empty") << EntityKind::User << "" << false << "user name is empty";
    QTest::newRow("blank") << EntityKind::Team << "   " << false << "team name is empty";
    QTest::newRow("256 characters")
        << EntityKind::Role << QString(256, QLatin1Char('r')) << false << "256 characters";
    QTest::newRow("1000 characters")
        << EntityKind::User << QString(1000, QLatin1Char('u')) << false << "at most 255";
    QTest::newRow("leading space") << EntityKind::Role << " viewer" << false << "space";
    QTest::newRow("trailing space") << EntityKind::Workspace << "ws " << false << "space";
}

void TestRules::validateName()
{
    QFETCH(EntityKind, kind);
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QFETCH(QString, message);
    const Status s = rules::validateName(kind, name);
    QCOMPARE(s.ok(), ok);
    if (!ok) {
        QCOMPARE(s.error().kind, ErrorKind::Invalid);
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
    }
}

void TestRules::validatePermissionNames_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message");
    QTest::newRow("none") << QStringList{} << true << "";
    QTest::newRow("all") << QStringList{"read", "write", "me"} << true << "";
    QTest::newRow("any case") << QStringList{"READ", " Write "} << true << "";
    QTest::newRow("repeated") << QStringList{"read", "read"} << true << "";
    QTest::newRow("unknown") << QStringList{"fly"} << false << "Unknown permission 'fly'";
    QTest::newRow("known and unknown")
        << QStringList{"read", "fly", "swim"} << false << "'fly', 'swim'";
    QTest::newRow("empty") << QStringList{""} << false << "Unknown permission";
}

void TestRules::validatePermissionNames()
{
    QFETCH(QStringList, names);
    QFETCH(bool, ok);
    QFETCH(QString, message);
    const Status s = rules::validatePermissionNames(names);
    QCOMPARE(s.ok(), ok);
    if (!ok) {
        QCOMPARE(s.error().kind, ErrorKind::Invalid);
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QStringLiteral("read, write and me")));
    }
}

void TestRules::validateEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty is allowed") << "" << true;
    QTest::newRow("plain") << "bob@example.com" << true;
    QTest::newRow("subdomain") << "a.b+c@mail.example.co.uk" << true;
    QTest::newRow("no at") << "bob.example.com" << false;
    QTest::newRow("no domain dot") << "bob@localhost" << false;
    QTest::newRow("two ats") << "a@b@example.com" << false;
    QTest::newRow("space") << "bob @example.com" << false;
}

void TestRules::validateEmail()
{
    QFETCH(QString, email);
    QFETCH(bool, ok);
    const Status s = rules::validateEmail(email);
    QCOMPARE(s.ok(), ok);
    if (!ok) {
        QCOMPARE(s.error().kind, ErrorKind::Invalid);
        QVERIFY(s.error().message.contains(email));
    }
}

void TestRules::protectedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("builtinRole");
    QTest::addColumn<bool>("defaultUser");
    QTest::addColumn<bool>("defaultWorkspace");
    QTest::newRow("admin") << "admin" << true << false << false;
    QTest::newRow("guest") << "guest" << true << false << false;
    QTest::newRow("default") << "default" << false << true << true;
    QTest::newRow("Admin is another name") << "Admin" << false << false << false;
    QTest::newRow("viewer") << "viewer" << false << false << false;
}

void TestRules::protectedNames()
{
    QFETCH(QString, name);
    QFETCH(bool, builtinRole);
    QFETCH(bool, defaultUser);
    QFETCH(bool, defaultWorkspace);
    QCOMPARE(rules::isBuiltinRole(name), builtinRole);
    QCOMPARE(rules::isDefaultUser(name), defaultUser);
    QCOMPARE(rules::isDefaultWorkspace(name), defaultWorkspace);
}

void TestRules::roleEdits_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("assignments");
    QTest::addColumn<bool>("canModify");
    QTest::addColumn<bool>("canDelete");
    QTest::addColumn<QString>("deleteMessage");
    QTest::newRow("admin") << "admin" << 0 << false << false << "built in";
    QTest::newRow("guest, assigned") << "guest" << 3 << false << false << "built in";
    QTest::newRow("custom, unused") << "viewer" << 0 << true << true << "";
    QTest::newRow("custom, assigned once") << "viewer" << 1 << true << false << "still assigned";
    QTest::newRow("custom, assigned often") << "viewer" << 7 << true << false << "Revoke";
}

void TestRules::roleEdits()
{
    QFETCH(QString, role);
    QFETCH(int, assignments);
    QFETCH(bool, canModify);
    QFETCH(bool, canDelete);
    QFETCH(QString, deleteMessage);
    Role r;
    r.name = role;
    const Status modify = rules::canModifyRole(r);
    QCOMPARE(modify.ok(), canModify);
    if (!canModify)
        QCOMPARE(modify.error().kind, ErrorKind::Forbidden);
    const Status remove = rules::canDeleteRole(r, assignments);
    QCOMPARE(remove.ok(), canDelete);
    if (!canDelete) {
        QCOMPARE(remove.error().kind, ErrorKind::Forbidden);
        QVERIFY2(remove.error().message.contains(deleteMessage),
                 qPrintable(remove.error().message));
        QVERIFY(remove.error().message.contains(role));
    }
}

void TestRules::userAndWorkspaceEdits_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("userEditable");
    QTest::addColumn<bool>("workspaceEditable");
    QTest::newRow("default") << "default" << false << false;
    QTest::newRow("bob") << "bob" << true << true;
    QTest::newRow("defaults") << "defaults" << true << true;
}

void TestRules::userAndWorkspaceEdits()
{
    QFETCH(QString, name);
    QFETCH(bool, userEditable);
    QFETCH(bool, workspaceEditable);
    User u;
    u.name = name;
    Workspace w;
    w.name = name;
    for (const Status &s : {rules::canRenameUser(u), rules::canDeleteUser(u)}) {
        QCOMPARE(s.ok(), userEditable);
        if (!s.ok())
            QCOMPARE(s.error().kind, ErrorKind::Forbidden);
    }
    for (const Status &s : {rules::canRenameWorkspace(w), rules::canDeleteWorkspace(w)}) {
        QCOMPARE(s.ok(), workspaceEditable);
        if (!s.ok())
            QCOMPARE(s.error().kind, ErrorKind::Forbidden);
    }
}

void TestRules::permissionNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("permission"); // 0: not a permission
    QTest::newRow("read") << "read" << int(Permission::Read);
    QTest::newRow("write") << "write" << int(Permission::Write);
    QTest::newRow("me") << "me" << int(Permission::Me);
    QTest::newRow("upper case") << "WRITE" << int(Permission::Write);
    QTest::newRow("padded") << "  me " << int(Permission::Me);
    QTest::newRow("unknown") << "fly" << 0;
    QTest::newRow("empty") << "" << 0;
    QTest::newRow("plural") << "reads" << 0;
}

void TestRules::permissionNames()
{
    QFETCH(QString, text);
    QFETCH(int, permission);
    const auto parsed = permission::parse(text);
    QCOMPARE(parsed.has_value(), permission != 0);
    if (parsed) {
        QCOMPARE(int(*parsed), permission);
        // name() gives back the canonical spelling, which parses to the same permission.
        QCOMPARE(permission::name(*parsed), text.trimmed().toLower());
        QCOMPARE(permission::parse(permission::name(*parsed)), parsed);
        QVERIFY(!permission::description(*parsed).isEmpty());
    }
}

void TestRules::permissionSets_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("canonical");
    QTest::addColumn<QStringList>("unknown");
    QTest::newRow("empty") << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("reordered") << QStringList{"me", "read", "write"}
                               << QStringList{"read", "write", "me"} << QStringList{};
    QTest::newRow("duplicates") << QStringList{"read", "READ", "me"} << QStringList{"read", "me"}
                                << QStringList{};
    QTest::newRow("unknown kept aside") << QStringList{"fly", "write", "swim"}
                                        << QStringList{"write"} << QStringList{"fly", "swim"};
}

void TestRules::permissionSets()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, canonical);
    QFETCH(QStringList, unknown);
    QStringList rejected;
    const Permissions set = permission::fromNames(input, &rejected);
    QCOMPARE(permission::names(set), canonical);
    QCOMPARE(rejected, unknown);
    QCOMPARE(permission::fromNames(canonical), set);
    QCOMPARE(permission::all().size(), 3);
    QCOMPARE(permission::names(Permission::Read | Permission::Write | Permission::Me),
             (QStringList{"read", "write", "me"}));
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
