// tst_service: every rule violation fails with its error kind and leaves the database (mirror
// and outbox) row for row as it was, on a local and on a server profile.
#include "tst_service.h"

#include "dbdump.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <functional>

using namespace zenml;

Q_DECLARE_METATYPE(zenml::ErrorKind)

namespace {

struct Violation
{
    const char *name;
    ErrorKind expected;
    std::function<Error(AdminService &)> attempt;
};

template<typename T> Error errorOf(const Result<T> &result)
{
    return result.ok() ? Error::make(ErrorKind::Cancelled, QStringLiteral("it succeeded"))
                       : result.error();
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QList<Violation> &violations()
{
    using A = AdminService;
    static const QList<Violation> all{
        {"empty role name", ErrorKind::Invalid,
         [](A &a) { return errorOf(a.createRole({}, Permission::Read)); }},
        {"256-character role name", ErrorKind::Invalid,
         [](A &a) { return errorOf(a.createRole(QString(256, QLatin1Char('r')), {})); }},
        {"duplicate role", ErrorKind::AlreadyExists,
         [](A &a) { return errorOf(a.createRole(s("viewer"), Permission::Read)); }},
        {"change built-in role", ErrorKind::Forbidden,
         [](A &a) {
             RoleChanges c;
             c.add = Permission::Write;
             return errorOf(a.updateRole(s("guest"), c));
         }},
        {"rename role to a taken name", ErrorKind::AlreadyExists,
         [](A &a) {
             RoleChanges c;
             c.name = s("spare");
             return errorOf(a.updateRole(s("viewer"), c));
         }},
        {"delete admin", ErrorKind::Forbidden,
         [](A &a) { return errorOf(a.deleteRoles(list({"admin"}))); }},
        {"delete assigned role", ErrorKind::Forbidden,
         [](A &a) { return errorOf(a.deleteRoles(list({"viewer"}))); }},
        {"delete an unused role and admin", ErrorKind::Forbidden,
         [](A &a) {
             return errorOf(a.deleteRoles(list({"spare", "admin"})));
         }},
        {"duplicate user", ErrorKind::AlreadyExists,
         [](A &a) {
             return errorOf(a.createUser({s("bob"), {}, {}, std::nullopt, {}}));
         }},
        {"empty user name", ErrorKind::Invalid,
         [](A &a) {
             return errorOf(a.createUser({{}, {}, {}, std::nullopt, {}}));
         }},
        {"user with unknown role", ErrorKind::NotFound,
         [](A &a) {
             return errorOf(a.createUser({s("dora"), {}, {}, std::nullopt, list({"nope"})}));
         }},
        {"user with bad email", ErrorKind::Invalid,
         [](A &a) {
             return errorOf(a.createUser({s("dora"), {}, s("dora"), std::nullopt, {}}));
         }},
        {"rename default user", ErrorKind::Forbidden,
         [](A &a) {
             UserChanges c;
             c.name = s("x");
             return errorOf(a.updateUser(s("default"), c));
         }},
        {"deactivate default user", ErrorKind::Forbidden,
         [](A &a) {
             UserChanges c;
             c.active = false;
             return errorOf(a.updateUser(s("default"), c));
         }},
        {"rename user to a taken name", ErrorKind::AlreadyExists,
         [](A &a) {
             UserChanges c;
             c.name = s("carl");
             return errorOf(a.updateUser(s("bob"), c));
         }},
        {"delete a user and default", ErrorKind::Forbidden,
         [](A &a) {
             return errorOf(a.deleteUsers(list({"carl", "default"})));
         }},
        {"delete unknown user", ErrorKind::NotFound,
         [](A &a) {
             return errorOf(a.deleteUsers(list({"carl", "nobody"})));
         }},
        {"duplicate team", ErrorKind::AlreadyExists,
         [](A &a) { return errorOf(a.createTeam(s("ml"), {})); }},
        {"team with unknown member", ErrorKind::NotFound,
         [](A &a) {
             return errorOf(a.createTeam(s("t2"), list({"bob", "nobody"})));
         }},
        {"rename team to empty", ErrorKind::Invalid,
         [](A &a) { return errorOf(a.renameTeam(s("ml"), {})); }},
        {"add unknown member", ErrorKind::NotFound,
         [](A &a) {
             return errorOf(a.addTeamMembers(s("ml"), list({"carl", "nobody"})));
         }},
        {"delete unknown team", ErrorKind::NotFound,
         [](A &a) {
             return errorOf(a.deleteTeams(list({"ml", "nope"})));
         }},
        {"duplicate workspace", ErrorKind::AlreadyExists,
         [](A &a) { return errorOf(a.createWorkspace(s("ws1"))); }},
        {"rename default workspace", ErrorKind::Forbidden,
         [](A &a) { return errorOf(a.updateWorkspace(s("default"), s("x"), std::nullopt)); }},
        {"delete default workspace", ErrorKind::Forbidden,
         [](A &a) {
             return errorOf(a.deleteWorkspaces(list({"ws1", "default"})));
         }},
        {"assign unknown role", ErrorKind::NotFound,
         [](A &a) {
             return errorOf(a.assignRole({s("nope"), list({"bob"}), {}, {}}));
         }},
        {"assign to unknown user", ErrorKind::NotFound,
         [](A &a) {
             return errorOf(a.assignRole({s("guest"), list({"carl", "nobody"}), {}, {}}));
         }},
        {"assign in unknown workspace", ErrorKind::NotFound,
         [](A &a) {
             return errorOf(a.assignRole({s("guest"), list({"carl"}), {}, s("nowhere")}));
         }},
        {"assign a role held by the second user", ErrorKind::AlreadyExists,
         [](A &a) {
             return errorOf(a.assignRole({s("viewer"), list({"carl", "bob"}), {}, {}}));
         }},
        {"assign to nobody", ErrorKind::Usage,
         [](A &a) {
             return errorOf(a.assignRole({s("guest"), {}, {}, {}}));
         }},
        {"revoke a role the second user lacks", ErrorKind::NotFound,
         [](A &a) {
             return errorOf(a.revokeRole({s("viewer"), list({"bob", "carl"}), {}, {}}));
         }},
        {"ambiguous prefix", ErrorKind::Ambiguous,
         [](A &a) {
             return errorOf(a.deleteRoles(list({"spare", "g"})));
         }},
        {"filter by user and team", ErrorKind::Usage,
         [](A &a) { return errorOf(a.assignments(s("bob"), s("ml"))); }},
    };
    return all;
}

} // namespace

AdminService &TestService::seededService(ProfileKind kind)
{
    const QString name =
        kind == ProfileKind::Local ? QStringLiteral("local") : QStringLiteral("srv");
    const QString copy = m_templates.filePath(name);
    if (!QFileInfo::exists(copy)) {
        AdminService &a = service(kind);
        seed(a);
        // "g" must match guest and another role to be ambiguous.
        if (!a.createRole(QStringLiteral("gamma"), {}).ok())
            qFatal("cannot seed");
        const QString path = storePath();
        m_service.reset();
        m_store.reset(); // closing checkpoints the WAL into the file
        if (!QFile::copy(path, copy))
            qFatal("cannot copy the seeded profile");
        init(); // a fresh data folder for the copy
    }
    if (!m_profiles->ensureDataDir().ok() ||
        !QFile::copy(
            copy,
            QDir(m_profiles->dataDir()).filePath(QStringLiteral("profiles/%1.sqlite").arg(name))))
        qFatal("cannot place the seeded profile");
    auto store = m_profiles->open(name);
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    m_store = std::move(store.value());
    m_service = std::make_unique<AdminService>(*m_store, kind);
    return *m_service;
}

void TestService::ruleViolationsLeaveNoTrace_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("server");
    for (int i = 0; i < violations().size(); ++i) {
        QTest::addRow("local: %s", violations().at(i).name) << i << false;
        QTest::addRow("server: %s", violations().at(i).name) << i << true;
    }
}

void TestService::ruleViolationsLeaveNoTrace()
{
    QFETCH(int, index);
    QFETCH(bool, server);
    AdminService &a = seededService(server ? ProfileKind::Server : ProfileKind::Local);
    const Violation &v = violations().at(index);
    const QString before = test::dumpDatabase(storePath());
    const Error error = v.attempt(a);
    QCOMPARE(error.kind, v.expected);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(test::dumpDatabase(storePath()), before);
}
