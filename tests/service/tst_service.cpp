#include "tst_service.h"

#include "dbdump.h"
#include "store/outbox.h"
#include "store/roletable.h"
#include "store/usertable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace zenml;

Q_DECLARE_METATYPE(zenml::EntityKind)

namespace {
QStringList operationsOf(LocalStore &store)
{
    QStringList out;
    const auto ops = store.outbox().list();
    for (const OutboxOperation &op : ops.value())
        out << op.operation;
    return out;
}

QStringList userNames(const QList<User> &users)
{
    QStringList out;
    for (const User &u : users)
        out << u.name;
    return out;
}
} // namespace

void TestService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileManager>(m_dir->filePath(QStringLiteral("data")));
    m_secrets.clear();
}

void TestService::cleanup()
{
    m_service.reset();
    m_store.reset();
    m_profiles.reset();
    m_dir.reset();
}

QString TestService::storePath() const
{
    return m_store->path();
}

AdminService &TestService::service(ProfileKind kind)
{
    const QString name =
        kind == ProfileKind::Local ? QStringLiteral("local") : QStringLiteral("srv");
    const auto created = kind == ProfileKind::Local
                             ? m_profiles->createLocal(name)
                             : m_profiles->createServer(name, QStringLiteral("https://zenml.test"),
                                                        QStringLiteral("admin"));
    if (!created)
        qFatal("%s", qPrintable(created.error().message));
    auto store = m_profiles->open(name);
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    m_store = std::move(store.value());
    m_service = std::make_unique<AdminService>(*m_store, kind);
    m_service->setSecretSink([this](const QString &id, const QString &secret) -> Status {
        m_secrets.append({id, secret});
        return {};
    });
    return *m_service;
}

void TestService::seed(AdminService &s)
{
    // A server profile starts empty until its first pull; give it the same base rows.
    if (s.roles()->isEmpty()) {
        QVERIFY(s.createRole(QStringLiteral("admin"),
                             Permission::Read | Permission::Write | Permission::Me)
                    .ok());
        QVERIFY(s.createRole(QStringLiteral("guest"), Permission::Read | Permission::Me).ok());
        QVERIFY(s.createWorkspace(QStringLiteral("default")).ok());
        QVERIFY(s.createUser({QStringLiteral("default"), {}, {}, QStringLiteral("pw"), {}}).ok());
    }
    QVERIFY(s.createRole(QStringLiteral("viewer"), Permission::Read).ok());
    QVERIFY(s.createRole(QStringLiteral("spare"), Permission::Me).ok());
    QVERIFY(s.createUser({QStringLiteral("bob"),
                          QStringLiteral("Bob"),
                          {},
                          QStringLiteral("pw"),
                          {QStringLiteral("viewer")}})
                .ok());
    QVERIFY(s.createUser({QStringLiteral("carl"), {}, {}, std::nullopt, {}}).ok());
    QVERIFY(s.createTeam(QStringLiteral("ml"), {QStringLiteral("bob")}).ok());
    QVERIFY(s.createWorkspace(QStringLiteral("ws1")).ok());
}

void TestService::nameResolution()
{
    AdminService &s = service(ProfileKind::Local);
    seed(s);
    const QString bobId = s.userDetails(QStringLiteral("bob"))->user.id;

    auto r = s.resolve(EntityKind::User, bobId);
    QVERIFY(r.ok());
    QCOMPARE(r->name, QStringLiteral("bob"));
    QCOMPARE(s.resolve(EntityKind::User, bobId.toUpper())->id, bobId); // a UUID in any case
    QCOMPARE(s.resolve(EntityKind::User, QStringLiteral("bob"))->id, bobId);
    QCOMPARE(s.resolve(EntityKind::User, QStringLiteral("bo"))->id, bobId);
    QCOMPARE(s.resolve(EntityKind::User, bobId.left(12))->id, bobId);

    r = s.resolve(EntityKind::User, QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QCOMPARE(r.error().kind, ErrorKind::NotFound);
    r = s.resolve(EntityKind::User, QStringLiteral("zed"));
    QCOMPARE(r.error().kind, ErrorKind::NotFound);
    QVERIFY(r.error().message.contains(QStringLiteral("'zed'")));
    r = s.resolve(EntityKind::User, QString());
    QCOMPARE(r.error().kind, ErrorKind::Usage);

    // An exact name beats the longer names it prefixes; a shared prefix is ambiguous.
    QVERIFY(s.createRole(QStringLiteral("view"), Permission::Read).ok());
    QCOMPARE(s.resolve(EntityKind::Role, QStringLiteral("view"))->name, QStringLiteral("view"));
    r = s.resolve(EntityKind::Role, QStringLiteral("vi"));
    QCOMPARE(r.error().kind, ErrorKind::Ambiguous);
    QVERIFY2(r.error().message.contains(QStringLiteral("view (")) &&
                 r.error().message.contains(QStringLiteral("viewer (")),
             qPrintable(r.error().message));
    QCOMPARE(s.resolve(EntityKind::Team, QStringLiteral("m"))->name, QStringLiteral("ml"));
    QCOMPARE(s.resolve(EntityKind::Workspace, QStringLiteral("ws"))->name, QStringLiteral("ws1"));
}

void TestService::userVerbs()
{
    AdminService &s = service(ProfileKind::Local);
    seed(s);
    auto dora = s.createUser({QStringLiteral("dora"),
                              QStringLiteral("Dora E"),
                              QStringLiteral("dora@example.com"),
                              QStringLiteral("pw"),
                              {QStringLiteral("guest"), QStringLiteral("viewer")}});
    QVERIFY(dora.ok());
    QVERIFY(dora->active);
    QVERIFY(!s.userDetails(QStringLiteral("carl"))->user.active); // no password: inactive
    QCOMPARE(userNames(s.users().value()), (QStringList{"bob", "carl", "default", "dora"}));
    QCOMPARE(userNames(s.users({QStringLiteral("dora@"), {}}).value()), QStringList{"dora"});
    QCOMPARE(userNames(s.users({{}, false}).value()), QStringList{"carl"});

    auto details = s.userDetails(QStringLiteral("bob"));
    QCOMPARE(details->roles.size(), qsizetype(1));
    QCOMPARE(details->roles.first().roleName, QStringLiteral("viewer"));
    QCOMPARE(details->teams.size(), qsizetype(1));
    QCOMPARE(details->teams.first().name, QStringLiteral("ml"));
    QCOMPARE(s.userDetails(QStringLiteral("dora"))->roles.size(), qsizetype(2));

    UserChanges changes;
    changes.name = QStringLiteral("dora2");
    changes.fullName = QStringLiteral("D");
    changes.email = QString();
    changes.active = false;
    auto updated = s.updateUser(QStringLiteral("dora"), changes);
    QVERIFY(updated.ok());
    QCOMPARE(updated->name, QStringLiteral("dora2"));
    const User reread = s.userDetails(QStringLiteral("dora2"))->user;
    QCOMPARE(reread.fullName, QStringLiteral("D"));
    QCOMPARE(reread.email, QString());
    QVERIFY(!reread.active);

    QVERIFY(s.deleteUsers({QStringLiteral("dora2"), QStringLiteral("carl")}).ok());
    QCOMPARE(userNames(s.users().value()), (QStringList{"bob", "default"}));
    QCOMPARE(s.assignments(QStringLiteral("bob"))->size(), qsizetype(1));
    // A local profile queues nothing.
    QCOMPARE(m_store->outbox().count({}).value(), 0);
}

void TestService::teamVerbs()
{
    AdminService &s = service(ProfileKind::Local);
    seed(s);
    auto team =
        s.createTeam(QStringLiteral("data"), {QStringLiteral("bob"), QStringLiteral("carl")});
    QVERIFY(team.ok());
    QCOMPARE(team->memberIds.size(), qsizetype(2));
    QVERIFY(s.renameTeam(QStringLiteral("data"), QStringLiteral("data2")).ok());
    QCOMPARE(s.team(QStringLiteral("data2"))->memberIds.size(), qsizetype(2));
    QVERIFY(s.removeTeamMembers(QStringLiteral("data2"), {QStringLiteral("bob")}).ok());
    QCOMPARE(s.team(QStringLiteral("data2"))->memberIds,
             QStringList{s.userDetails(QStringLiteral("carl"))->user.id});
    QVERIFY(
        s.addTeamMembers(QStringLiteral("data2"), {QStringLiteral("bob"), QStringLiteral("carl")})
            .ok());
    QCOMPARE(s.team(QStringLiteral("data2"))->memberIds.size(), qsizetype(2)); // no duplicates
    QVERIFY(s.setTeamMembers(QStringLiteral("data2"), {QStringLiteral("bob")}).ok());
    QCOMPARE(s.team(QStringLiteral("data2"))->memberIds.size(), qsizetype(1));
    QCOMPARE(s.teams(QStringLiteral("DATA"))->size(), qsizetype(1));
    QVERIFY(s.deleteTeams({QStringLiteral("data2")}).ok());
    QCOMPARE(s.teams()->size(), qsizetype(1));
}

void TestService::roleVerbs()
{
    AdminService &s = service(ProfileKind::Local);
    seed(s);
    auto editor = s.createRole(QStringLiteral("editor"), Permission::Read | Permission::Write);
    QVERIFY(editor.ok());
    RoleChanges changes;
    changes.name = QStringLiteral("editor2");
    changes.add = Permission::Me;
    changes.remove = Permission::Write;
    auto updated = s.updateRole(QStringLiteral("editor"), changes);
    QVERIFY(updated.ok());
    QCOMPARE(s.role(QStringLiteral("editor2"))->permissions, Permission::Read | Permission::Me);
    RoleChanges replace;
    replace.permissions = Permissions(Permission::Write);
    QVERIFY(s.updateRole(QStringLiteral("editor2"), replace).ok());
    QCOMPARE(s.role(QStringLiteral("editor2"))->permissions, Permissions(Permission::Write));
    QCOMPARE(s.roles()->size(), qsizetype(5));
    QVERIFY(s.deleteRoles({QStringLiteral("editor2"), QStringLiteral("spare")}).ok());
    QCOMPARE(s.roles()->size(), qsizetype(3));
}

void TestService::workspaceVerbs()
{
    AdminService &s = service(ProfileKind::Local);
    seed(s);
    QVERIFY(s.createWorkspace(QStringLiteral("ws2"), QStringLiteral("second")).ok());
    auto updated =
        s.updateWorkspace(QStringLiteral("ws2"), QStringLiteral("ws3"), QStringLiteral("third"));
    QVERIFY(updated.ok());
    QCOMPARE(updated->description, QStringLiteral("third"));
    QVERIFY(
        s.assignRole({QStringLiteral("guest"), {QStringLiteral("bob")}, {}, QStringLiteral("ws3")})
            .ok());
    QCOMPARE(s.assignments({}, {}, {}, QStringLiteral("ws3"))->size(), qsizetype(1));
    QVERIFY(s.deleteWorkspaces({QStringLiteral("ws3")}).ok());
    QCOMPARE(s.workspaces()->size(), qsizetype(2));
    // Its assignments went with it.
    QCOMPARE(s.assignments(QStringLiteral("bob"))->size(), qsizetype(1));
}

void TestService::assignmentVerbs()
{
    AdminService &s = service(ProfileKind::Local);
    seed(s);
    AssignmentTarget target{QStringLiteral("guest"),
                            {QStringLiteral("bob"), QStringLiteral("carl")},
                            {QStringLiteral("ml")},
                            QStringLiteral("ws1")};
    auto created = s.assignRole(target);
    QVERIFY(created.ok());
    QCOMPARE(created->size(), qsizetype(3));
    QCOMPARE(s.assignments({}, {}, QStringLiteral("guest"))->size(), qsizetype(3));
    QCOMPARE(s.assignments({}, QStringLiteral("ml"))->size(), qsizetype(1));
    QCOMPARE(s.assignments(QStringLiteral("bob"), {}, {}, QStringLiteral("ws1"))->size(),
             qsizetype(1));

    // Again, skipping the ones that exist: nothing new.
    created = s.assignRole(target, true);
    QVERIFY(created.ok());
    QCOMPARE(created->size(), qsizetype(0));

    auto revoked =
        s.revokeRole({QStringLiteral("guest"), {QStringLiteral("bob")}, {}, QStringLiteral("ws1")});
    QCOMPARE(revoked.value(), 1);
    revoked = s.revokeRole(target, true);
    QCOMPARE(revoked.value(), 2);
    QCOMPARE(s.assignments({}, {}, QStringLiteral("guest"))->size(), qsizetype(0));
    QCOMPARE(s.assignments({}, {}, QStringLiteral("viewer"))->first().subjectName,
             QStringLiteral("bob"));
}

void TestService::serverProfileQueuesOperations()
{
    AdminService &s = service(ProfileKind::Server);
    QCOMPARE(s.profileKind(), ProfileKind::Server);
    seed(s);
    const QStringList seeded = operationsOf(*m_store);
    QCOMPARE(seeded.count(QStringLiteral("create_role")), 4);
    QCOMPARE(seeded.count(QStringLiteral("create_user")), 3);
    QCOMPARE(seeded.count(QStringLiteral("assign_user_role")), 1);
    QCOMPARE(seeded.count(QStringLiteral("create_team")), 1);
    QCOMPARE(seeded.count(QStringLiteral("create_workspace")), 2);
    QVERIFY(m_store->outbox().removeDone().ok());

    // The password went to the secret sink, never into SQLite.
    QCOMPARE(m_secrets.size(), qsizetype(2));
    QCOMPARE(m_secrets.at(1).second, QStringLiteral("pw"));
    QVERIFY(!test::dumpDatabase(storePath()).contains(QStringLiteral("\"pw\"")));

    const QList<OutboxOperation> before = m_store->outbox().list().value();
    const qsizetype start = before.size();
    const QString bobId = s.userDetails(QStringLiteral("bob"))->user.id;
    const QString mlId = s.team(QStringLiteral("ml"))->id;
    const QString guestId = s.role(QStringLiteral("guest"))->id;
    const QString wsId = s.resolve(EntityKind::Workspace, QStringLiteral("ws1"))->id;
    QCOMPARE(m_store->users().syncInfo(bobId)->state, SyncState::Created);

    UserChanges rename;
    rename.name = QStringLiteral("robert");
    QVERIFY(s.updateUser(QStringLiteral("bob"), rename).ok());
    QVERIFY(s.renameTeam(QStringLiteral("ml"), QStringLiteral("ml2")).ok());
    QVERIFY(s.addTeamMembers(QStringLiteral("ml2"), {QStringLiteral("carl")}).ok());
    RoleChanges grant;
    grant.add = Permission::Write;
    QVERIFY(s.updateRole(QStringLiteral("viewer"), grant).ok());
    QVERIFY(s.updateWorkspace(QStringLiteral("ws1"), std::nullopt, QStringLiteral("d")).ok());
    QVERIFY(
        s.assignRole({QStringLiteral("guest"), {}, {QStringLiteral("ml2")}, QStringLiteral("ws1")})
            .ok());
    QVERIFY(
        s.revokeRole({QStringLiteral("guest"), {}, {QStringLiteral("ml2")}, QStringLiteral("ws1")})
            .ok());
    QVERIFY(s.deleteRoles({QStringLiteral("spare")}).ok());
    QVERIFY(s.deleteTeams({QStringLiteral("ml2")}).ok());
    QVERIFY(s.deleteUsers({QStringLiteral("carl")}).ok());
    QVERIFY(s.deleteWorkspaces({QStringLiteral("ws1")}).ok());

    const QList<OutboxOperation> ops = m_store->outbox().list().value().mid(start);
    QStringList names;
    for (const OutboxOperation &op : ops)
        names << op.operation;
    QCOMPARE(names, (QStringList{"update_user", "update_team", "set_team_members", "update_role",
                                 "update_workspace", "assign_team_role", "revoke_team_role",
                                 "delete_role", "delete_team", "delete_user", "delete_workspace"}));
    QCOMPARE(ops.at(0).entityId, bobId);
    QCOMPARE(ops.at(0).payload, (QJsonObject{{QStringLiteral("name"), QStringLiteral("robert")}}));
    QCOMPARE(ops.at(1).payload.value(QStringLiteral("name")).toString(), QStringLiteral("ml2"));
    QCOMPARE(ops.at(2).payload.value(QStringLiteral("users")).toArray().size(), 2);
    QCOMPARE(ops.at(3).payload.value(QStringLiteral("permissions")).toArray(),
             (QJsonArray{QStringLiteral("read"), QStringLiteral("write")}));
    QCOMPARE(ops.at(4).payload.value(QStringLiteral("description")).toString(),
             QStringLiteral("d"));
    QCOMPARE(ops.at(5).entityKind, EntityKind::TeamRoleAssignment);
    QCOMPARE(ops.at(5).payload, (QJsonObject{{QStringLiteral("team"), mlId},
                                             {QStringLiteral("role"), guestId},
                                             {QStringLiteral("workspace"), wsId}}));
    QCOMPARE(ops.at(6).payload.value(QStringLiteral("subject")).toString(), mlId);
    QCOMPARE(ops.at(7).payload.value(QStringLiteral("name")).toString(), QStringLiteral("spare"));
    QCOMPARE(ops.at(9).payload.value(QStringLiteral("name")).toString(), QStringLiteral("carl"));
    for (const OutboxOperation &op : ops)
        QCOMPARE(op.status, OutboxStatus::Pending);
    // A row created offline stays "created" through later edits.
    QCOMPARE(m_store->users().syncInfo(bobId)->state, SyncState::Created);
}

void TestService::serverPasswordNeedsKeychain()
{
    AdminService &s = service(ProfileKind::Server);
    s.setSecretSink({});
    const QString before = test::dumpDatabase(storePath());
    auto user = s.createUser({QStringLiteral("bob"), {}, {}, QStringLiteral("pw"), {}});
    QVERIFY(!user.ok());
    QCOMPARE(user.error().kind, ErrorKind::Keychain);
    QCOMPARE(test::dumpDatabase(storePath()), before);
}

void TestService::changedSignal()
{
    AdminService &s = service(ProfileKind::Local);
    QSignalSpy spy(&s, &AdminService::changed);
    QVERIFY(s.createRole(QStringLiteral("viewer"), Permission::Read).ok());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<EntityKind>(), EntityKind::Role);
    QVERIFY(!s.createRole(QStringLiteral("viewer"), Permission::Read).ok());
    QCOMPARE(spy.count(), 1); // nothing committed, nothing announced
}

void TestService::severalVerbsAsOneEdit()
{
    // atomically(): the verbs of a block stay together or go together, queued operations
    // included, and listeners hear of them once the block has ended.
    AdminService &s = service(ProfileKind::Server);
    const QString before = test::dumpDatabase(storePath());
    QSignalSpy spy(&s, &AdminService::changed);
    int heardInside = -1;
    Status failed = s.atomically([&]() -> Status {
        if (auto r = s.createRole(QStringLiteral("viewer"), Permission::Read); !r)
            return r.error();
        if (auto r = s.createUser(
                {QStringLiteral("dora"), {}, {}, std::nullopt, {QStringLiteral("viewer")}});
            !r)
            return r.error();
        heardInside = int(spy.count());
        // A rule violation at the third step: everything goes.
        return s.createTeam(QStringLiteral("dora"), {QStringLiteral("nobody")}).error();
    });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ErrorKind::NotFound);
    QCOMPARE(heardInside, 0);
    QCOMPARE(test::dumpDatabase(storePath()), before);
    QVERIFY(spy.count() >= 2); // the views drop what they showed of the block
    spy.clear();

    QVERIFY(
        s.atomically([&]() -> Status {
             if (auto r = s.createRole(QStringLiteral("viewer"), Permission::Read); !r)
                 return r.error();
             if (auto r = s.createUser(
                     {QStringLiteral("dora"), {}, {}, std::nullopt, {QStringLiteral("viewer")}});
                 !r)
                 return r.error();
             return {};
         }).ok());
    QVERIFY(s.userDetails(QStringLiteral("dora")).ok());
    QCOMPARE(s.store().outbox().count({}).value(), 3); // role, user, assignment
    QSet<EntityKind> kinds;
    for (const QList<QVariant> &args : std::as_const(spy))
        kinds.insert(args.first().value<EntityKind>());
    QCOMPARE(int(spy.count()), int(kinds.size())); // once per kind
    QVERIFY(kinds.contains(EntityKind::Role) && kinds.contains(EntityKind::User));
}

void TestService::permissionGate()
{
    AdminService &s = service(ProfileKind::Local);
    QStringList asked;
    s.setPermissionGate([&asked](Permission, const QString &action) -> Status {
        asked << action;
        return Error::make(ErrorKind::PermissionDenied, QStringLiteral("no write"));
    });
    const QString before = test::dumpDatabase(storePath());
    auto role = s.createRole(QStringLiteral("viewer"), Permission::Read);
    QCOMPARE(role.error().kind, ErrorKind::PermissionDenied);
    QCOMPARE(s.deleteUsers({QStringLiteral("default")}).error().kind, ErrorKind::PermissionDenied);
    QCOMPARE(asked.size(), qsizetype(2));
    QCOMPARE(test::dumpDatabase(storePath()), before);
    QVERIFY(s.roles().ok()); // reading needs no write permission
}

void TestService::profiles()
{
    ProfileManager &pm = *m_profiles;
    QCOMPARE(pm.activeProfile(), QStringLiteral("default"));
    QVERIFY(!pm.exists(QStringLiteral("default")));
    auto store = pm.open(QStringLiteral("default")); // created on first use
    QVERIFY(store.ok());
    QCOMPARE(store.value()->roles().count().value(), 2);
    store.value().reset();
    QVERIFY(pm.createServer(QStringLiteral("srv"), QStringLiteral("https://zenml.test"),
                            QStringLiteral("admin"))
                .ok());
    auto info = pm.info(QStringLiteral("srv"));
    QCOMPARE(info->kind, ProfileKind::Server);
    QCOMPARE(info->serverUrl, QStringLiteral("https://zenml.test"));
    QCOMPARE(info->username, QStringLiteral("admin"));
    QCOMPARE(pm.list()->size(), qsizetype(2));
    QVERIFY(pm.setActiveProfile(QStringLiteral("srv")).ok());
    QCOMPARE(pm.activeProfile(), QStringLiteral("srv"));
    QCOMPARE(pm.createLocal(QStringLiteral("srv")).error().kind, ErrorKind::AlreadyExists);
    QCOMPARE(pm.createLocal(QStringLiteral("bad name")).error().kind, ErrorKind::Invalid);
    QCOMPARE(pm.open(QStringLiteral("nosuch")).error().kind, ErrorKind::NotFound);
    QVERIFY(pm.remove(QStringLiteral("srv")).ok());
    QCOMPARE(pm.activeProfile(), QStringLiteral("default"));
    QCOMPARE(pm.remove(QStringLiteral("srv")).error().kind, ErrorKind::NotFound);

    QFile file(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ProfileManager broken(file.fileName() + QStringLiteral("/data"));
    QCOMPARE(broken.ensureDataDir().error().kind, ErrorKind::Io);
    QCOMPARE(broken.createLocal(QStringLiteral("p")).error().kind, ErrorKind::Io);
}

QTEST_GUILESS_MAIN(TestService)
