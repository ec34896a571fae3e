// tst_store: each query of each table class, and the outbox.
#include "tst_store.h"

#include "store/assignmenttable.h"
#include "store/outbox.h"
#include "store/roletable.h"
#include "store/teamtable.h"
#include "store/usertable.h"
#include "store/workspacetable.h"

#include <QTest>
#include <QUuid>

using namespace zenml;

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

User makeUser(const QString &name, const QString &fullName = {}, const QString &email = {},
              bool active = true)
{
    User u;
    u.id = newId();
    u.name = name;
    u.fullName = fullName;
    u.email = email;
    u.active = active;
    u.created = u.updated = QDateTime::currentDateTimeUtc();
    return u;
}

QStringList userNames(const Result<QList<User>> &users)
{
    QStringList names;
    for (const User &u : *users)
        names << u.name;
    return names;
}

RoleAssignment assignment(SubjectKind kind, const QString &subject, const QString &role,
                          const QString &workspace = {})
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return RoleAssignment{newId(), kind, subject, role, workspace, now, now};
}
} // namespace

void TestStore::userQueries()
{
    auto store = open();
    QVERIFY(store);
    UserTable &users = store->users();
    const User bob = makeUser(QStringLiteral("bob"), QStringLiteral("Bob Builder"),
                              QStringLiteral("bob@example.com"));
    const User ann = makeUser(QStringLiteral("ann"), QStringLiteral("Ann Other"), {}, false);
    QVERIFY(users.insert(bob, SyncState::Clean, QStringLiteral("2023-01-01T00:00:00")).ok());
    QVERIFY(users.insert(ann, SyncState::Created).ok());

    QCOMPARE(userNames(users.list()), (QStringList{"ann", "bob"}));
    QCOMPARE(userNames(users.list({QStringLiteral("BUILDER"), {}})), QStringList{"bob"});
    QCOMPARE(userNames(users.list({QStringLiteral("example.com"), {}})), QStringList{"bob"});
    QCOMPARE(userNames(users.list({QStringLiteral("other"), {}})), QStringList{"ann"});
    QCOMPARE(userNames(users.list({{}, false})), QStringList{"ann"});
    QCOMPARE(userNames(users.list({QStringLiteral("b"), true})), QStringList{"bob"});
    QCOMPARE(userNames(users.list({QStringLiteral("b"), false})), QStringList{});

    const auto found = users.byId(bob.id);
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE(found->value().fullName, QStringLiteral("Bob Builder"));
    QCOMPARE(found->value().email, QStringLiteral("bob@example.com"));
    QCOMPARE(found->value().created, bob.created.toUTC());
    QVERIFY(!users.byId(newId())->has_value());
    QCOMPARE(users.byName(QStringLiteral("ann"))->value().id, ann.id);
    QVERIFY(!users.byName(QStringLiteral("nobody"))->has_value());

    // NamedTable queries.
    QCOMPARE(users.refByName(QStringLiteral("bob"))->value().id, bob.id);
    QCOMPARE(users.refById(ann.id)->value().name, QStringLiteral("ann"));
    QCOMPARE(users.refsByPrefix(QStringLiteral("bo"))->size(), qsizetype(1)); // ids are hex
    QCOMPARE(users.refsByPrefix(bob.id.left(8))->first().name, QStringLiteral("bob"));
    QCOMPARE(users.refsByPrefix(QStringLiteral("B"))->size(), qsizetype(0)); // case-sensitive
    QCOMPARE(users.refsByPrefix(QStringLiteral("%"))->size(), qsizetype(0)); // no wildcards
    QCOMPARE(users.allRefs()->size(), qsizetype(2));
    QCOMPARE(users.count().value(), 2);
    QCOMPARE(users.syncInfo(bob.id)->baseUpdated, QStringLiteral("2023-01-01T00:00:00"));
    QCOMPARE(users.syncInfo(ann.id)->state, SyncState::Created);
    QCOMPARE(users.syncInfo(newId()).error().kind, ErrorKind::NotFound);
    QVERIFY(users.setSyncState(ann.id, SyncState::Clean, QStringLiteral("b2")).ok());
    QCOMPARE(users.syncInfo(ann.id)->state, SyncState::Clean);
    QCOMPARE(users.syncInfo(ann.id)->baseUpdated, QStringLiteral("b2"));

    User changed = users.byId(bob.id)->value();
    changed.name = QStringLiteral("robert");
    changed.email.clear();
    changed.active = false;
    QVERIFY(users.update(changed, SyncState::Modified).ok());
    const User reread = users.byId(bob.id)->value();
    QCOMPARE(reread.name, QStringLiteral("robert"));
    QCOMPARE(reread.email, QString());
    QCOMPARE(reread.active, false);
    QCOMPARE(users.syncInfo(bob.id)->state, SyncState::Modified);

    const Status duplicate = users.insert(makeUser(QStringLiteral("ann")), SyncState::Clean);
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind, ErrorKind::Io);

    QVERIFY(users.remove(ann.id).ok());
    QCOMPARE(userNames(users.list()), QStringList{"robert"});
}

void TestStore::teamQueries()
{
    auto store = open();
    QVERIFY(store);
    const User bob = makeUser(QStringLiteral("bob"));
    const User ann = makeUser(QStringLiteral("ann"));
    QVERIFY(store->users().insert(bob, SyncState::Clean).ok());
    QVERIFY(store->users().insert(ann, SyncState::Clean).ok());
    TeamTable &teams = store->teams();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Team ml{newId(), QStringLiteral("ml"), {bob.id, ann.id}, now, now};
    const Team ops{newId(), QStringLiteral("Ops"), {}, now, now};
    QVERIFY(teams.insert(ml, SyncState::Clean).ok());
    QVERIFY(teams.insert(ops, SyncState::Created).ok());

    const auto all = teams.list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, QStringLiteral("Ops")); // ORDER BY name: upper case first
    QCOMPARE(all->at(1).memberIds, (QStringList{ann.id, bob.id})); // by user name
    QCOMPARE(teams.list(QStringLiteral("OPS"))->size(), qsizetype(1));
    QCOMPARE(teams.list(QStringLiteral("zz"))->size(), qsizetype(0));

    QCOMPARE(teams.byId(ml.id)->value().memberIds.size(), qsizetype(2));
    QCOMPARE(teams.teamIdsOfUser(bob.id).value(), QStringList{ml.id});

    Team changed = teams.byId(ml.id)->value();
    changed.name = QStringLiteral("ml2");
    changed.memberIds = {bob.id};
    QVERIFY(teams.update(changed, SyncState::Modified).ok());
    QCOMPARE(teams.byId(ml.id)->value().name, QStringLiteral("ml2"));
    QCOMPARE(teams.byId(ml.id)->value().memberIds, QStringList{bob.id});
    QCOMPARE(teams.teamIdsOfUser(ann.id).value(), QStringList{});

    // Deleting a user takes it out of its teams.
    QVERIFY(store->users().remove(bob.id).ok());
    QCOMPARE(teams.byId(ml.id)->value().memberIds, QStringList{});

    QVERIFY(teams.remove(ops.id).ok());
    QVERIFY(!teams.byId(ops.id)->has_value());
}

void TestStore::roleQueries()
{
    auto store = open();
    QVERIFY(store);
    RoleTable &roles = store->roles();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Role viewer{newId(), QStringLiteral("viewer"), Permission::Read, now, now};
    const Role empty{newId(), QStringLiteral("empty"), {}, now, now};
    QVERIFY(roles.insert(viewer, SyncState::Clean).ok());
    QVERIFY(roles.insert(empty, SyncState::Created).ok());

    const auto all = roles.list();
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, QStringLiteral("empty"));
    QCOMPARE(all->at(0).permissions, Permissions());
    QCOMPARE(all->at(1).permissions, Permissions(Permission::Read));
    QCOMPARE(roles.byName(QStringLiteral("viewer"))->value().id, viewer.id);
    QCOMPARE(roles.byId(empty.id)->value().name, QStringLiteral("empty"));
    QVERIFY(!roles.byName(QStringLiteral("nope"))->has_value());

    Role changed = viewer;
    changed.name = QStringLiteral("editor");
    changed.permissions = Permission::Read | Permission::Write;
    QVERIFY(roles.update(changed, SyncState::Modified).ok());
    QCOMPARE(roles.byId(viewer.id)->value().permissions, Permission::Read | Permission::Write);
    QCOMPARE(roles.byId(viewer.id)->value().name, QStringLiteral("editor"));
    changed.permissions = Permission::Me;
    QVERIFY(roles.update(changed, SyncState::Modified).ok());
    QCOMPARE(roles.byId(viewer.id)->value().permissions, Permissions(Permission::Me));

    QVERIFY(roles.remove(empty.id).ok());
    QCOMPARE(roles.count().value(), 1);
}

void TestStore::workspaceQueries()
{
    auto store = open();
    QVERIFY(store);
    WorkspaceTable &workspaces = store->workspaces();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Workspace ws{newId(), QStringLiteral("ws1"), QStringLiteral("first"), now, now};
    QVERIFY(workspaces.insert(ws, SyncState::Clean).ok());
    QCOMPARE(workspaces.list()->size(), qsizetype(1));
    QCOMPARE(workspaces.byId(ws.id)->value().description, QStringLiteral("first"));
    Workspace changed = ws;
    changed.name = QStringLiteral("ws2");
    changed.description.clear();
    QVERIFY(workspaces.update(changed, SyncState::Modified).ok());
    QCOMPARE(workspaces.byId(ws.id)->value().name, QStringLiteral("ws2"));
    QCOMPARE(workspaces.byId(ws.id)->value().description, QString());

    // Scoped assignments go with their workspace.
    const User bob = makeUser(QStringLiteral("bob"));
    const Role role{newId(), QStringLiteral("viewer"), Permission::Read, now, now};
    QVERIFY(store->users().insert(bob, SyncState::Clean).ok());
    QVERIFY(store->roles().insert(role, SyncState::Clean).ok());
    QVERIFY(store->assignments()
                .insert(assignment(SubjectKind::User, bob.id, role.id, ws.id), SyncState::Clean)
                .ok());
    QVERIFY(workspaces.remove(ws.id).ok());
    QCOMPARE(store->assignments().list()->size(), qsizetype(0));
    QCOMPARE(workspaces.count().value(), 0);
}

void TestStore::assignmentQueries()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->seedLocalDefaults().ok());
    AssignmentTable &table = store->assignments();
    const User bob = makeUser(QStringLiteral("bob"));
    QVERIFY(store->users().insert(bob, SyncState::Clean).ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Team ml{newId(), QStringLiteral("ml"), {}, now, now};
    QVERIFY(store->teams().insert(ml, SyncState::Clean).ok());
    const QString guest = store->roles().byName(QStringLiteral("guest"))->value().id;
    const QString ws = store->workspaces().list()->first().id;

    const RoleAssignment global = assignment(SubjectKind::User, bob.id, guest);
    const RoleAssignment scoped = assignment(SubjectKind::User, bob.id, guest, ws);
    const RoleAssignment team = assignment(SubjectKind::Team, ml.id, guest, ws);
    for (const RoleAssignment &a : {global, scoped, team})
        QVERIFY(table.insert(a, SyncState::Created).ok());

    QCOMPARE(table.list()->size(), qsizetype(4)); // with the seeded default -> admin
    AssignmentQuery byBob;
    byBob.kind = SubjectKind::User;
    byBob.subjectId = bob.id;
    QCOMPARE(table.list(byBob)->size(), qsizetype(2));
    byBob.workspaceId = QString();
    QCOMPARE(table.list(byBob)->size(), qsizetype(1)); // "" means global only
    AssignmentQuery inWs;
    inWs.workspaceId = ws;
    const auto scopedViews = table.list(inWs);
    QCOMPARE(scopedViews->size(), qsizetype(2));
    QCOMPARE(scopedViews->at(0).workspaceName, QStringLiteral("default"));
    AssignmentQuery teams;
    teams.kind = SubjectKind::Team;
    QCOMPARE(table.list(teams)->first().subjectName, QStringLiteral("ml"));
    AssignmentQuery byRole;
    byRole.roleId = guest;
    QCOMPARE(table.list(byRole)->size(), qsizetype(3));

    QCOMPARE(table.find(SubjectKind::User, bob.id, guest, {})->value().id, global.id);
    QCOMPARE(table.find(SubjectKind::User, bob.id, guest, ws)->value().id, scoped.id);
    QVERIFY(!table.find(SubjectKind::Team, ml.id, guest, {})->has_value());
    QCOMPARE(table.byId(SubjectKind::Team, team.id)->value().subjectId, ml.id);
    QVERIFY(!table.byId(SubjectKind::User, team.id)->has_value());
    QCOMPARE(table.countForRole(guest).value(), 3);

    // The same subject, role and scope twice is refused by the unique index.
    QVERIFY(!table.insert(assignment(SubjectKind::User, bob.id, guest), SyncState::Clean).ok());
    // A role in use cannot be deleted underneath its assignments.
    QVERIFY(!store->roles().remove(guest).ok());

    QVERIFY(table.setSyncState(SubjectKind::User, global.id, SyncState::Clean).ok());
    QVERIFY(table.remove(SubjectKind::User, global.id).ok());
    QVERIFY(table.remove(SubjectKind::Team, team.id).ok());
    QCOMPARE(table.countForRole(guest).value(), 1);
    QCOMPARE(AssignmentTable::tableOf(SubjectKind::Team), QStringLiteral("team_role_assignments"));
}

void TestStore::replacingIdsCascades()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->seedLocalDefaults().ok());
    const User bob = makeUser(QStringLiteral("bob"));
    QVERIFY(store->users().insert(bob, SyncState::Created).ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Team ml{newId(), QStringLiteral("ml"), {bob.id}, now, now};
    QVERIFY(store->teams().insert(ml, SyncState::Created).ok());
    const QString guest = store->roles().byName(QStringLiteral("guest"))->value().id;
    const RoleAssignment a = assignment(SubjectKind::User, bob.id, guest);
    QVERIFY(store->assignments().insert(a, SyncState::Created).ok());

    const QString serverId = newId();
    QVERIFY(store->users().replaceId(bob.id, serverId).ok());
    QCOMPARE(store->assignments().byId(SubjectKind::User, a.id)->value().subjectId, serverId);
    QCOMPARE(store->teams().byId(ml.id)->value().memberIds, QStringList{serverId});
    const QString serverAssignment = newId();
    QVERIFY(store->assignments().replaceId(SubjectKind::User, a.id, serverAssignment).ok());
    QVERIFY(store->assignments().byId(SubjectKind::User, serverAssignment)->has_value());
}

void TestStore::outboxRoundTrip()
{
    auto store = open();
    QVERIFY(store);
    Outbox &outbox = store->outbox();
    const QString userId = newId();
    OutboxOperation create;
    create.operation = OutboxOperation::CreateUser;
    create.entityKind = EntityKind::User;
    create.entityId = userId;
    create.payload = {{QStringLiteral("name"), QStringLiteral("bob")}};
    OutboxOperation assign = create;
    assign.operation = OutboxOperation::AssignUserRole;
    assign.entityKind = EntityKind::UserRoleAssignment;
    assign.entityId = newId();
    assign.payload = {{QStringLiteral("user"), userId}};
    OutboxOperation rename = create;
    rename.operation = OutboxOperation::UpdateUser;
    rename.baseUpdated = QStringLiteral("2023-05-01T10:00:00.123456");

    const auto first = outbox.append(create);
    const auto second = outbox.append(assign);
    const auto third = outbox.append(rename);
    QVERIFY(first.ok() && second.ok() && third.ok());
    QVERIFY(*first < *second && *second < *third);

    auto pending = outbox.list();
    QCOMPARE(pending->size(), qsizetype(3));
    QCOMPARE(pending->at(0).operation, QStringLiteral("create_user"));
    QCOMPARE(pending->at(1).entityKind, EntityKind::UserRoleAssignment);
    QCOMPARE(pending->at(1).payload.value(QStringLiteral("user")).toString(), userId);
    QCOMPARE(pending->at(2).baseUpdated, QStringLiteral("2023-05-01T10:00:00.123456"));
    QCOMPARE(pending->at(0).status, OutboxStatus::Pending);
    QVERIFY(pending->at(0).created.isValid());
    QCOMPARE(outbox.count({OutboxStatus::Pending}).value(), 3);
    QVERIFY(outbox.hasOpenOperationFor(userId).value());

    QVERIFY(outbox.setStatus(*first, OutboxStatus::InFlight).ok());
    QVERIFY(outbox.setStatus(*first, OutboxStatus::Done).ok());
    QCOMPARE(outbox.list()->size(), qsizetype(2)); // Done is left out by default
    QCOMPARE(outbox.list({OutboxStatus::Done})->size(), qsizetype(1));

    const QDateTime next = QDateTime::currentDateTimeUtc().addSecs(30);
    QVERIFY(outbox.setStatus(*second, OutboxStatus::InFlight).ok());
    QVERIFY(outbox.recordAttempt(*second, next, QStringLiteral("connection refused")).ok());
    auto retried = outbox.byId(*second);
    QCOMPARE(retried->value().attempts, 1);
    QCOMPARE(retried->value().status, OutboxStatus::Pending);
    QCOMPARE(retried->value().lastError, QStringLiteral("connection refused"));
    QCOMPARE(retried->value().nextAttempt.toMSecsSinceEpoch(), next.toMSecsSinceEpoch());
    QVERIFY(outbox.recordAttempt(*second, next, {}).ok());
    QCOMPARE(outbox.byId(*second)->value().attempts, 2);

    const QJsonObject snapshot{{QStringLiteral("name"), QStringLiteral("bobby")}};
    QVERIFY(outbox.setConflict(*third, snapshot, QStringLiteral("changed on the server")).ok());
    QCOMPARE(outbox.byId(*third)->value().status, OutboxStatus::Conflict);
    QCOMPARE(outbox.byId(*third)->value().serverSnapshot, snapshot);
    QCOMPARE(outbox.count({OutboxStatus::Conflict}).value(), 1);
    QVERIFY(outbox
                .updatePayload(*third, {{QStringLiteral("name"), QStringLiteral("rob")}},
                               QStringLiteral("b3"))
                .ok());
    QCOMPARE(outbox.byId(*third)->value().payload.value(QStringLiteral("name")).toString(),
             QStringLiteral("rob"));
    QCOMPARE(outbox.byId(*third)->value().baseUpdated, QStringLiteral("b3"));
    QVERIFY(outbox.setStatus(*third, OutboxStatus::Failed, QStringLiteral("400")).ok());
    QCOMPARE(outbox.byId(*third)->value().lastError, QStringLiteral("400"));

    QVERIFY(outbox.removeDone().ok());
    QVERIFY(!outbox.byId(*first)->has_value());
    QVERIFY(outbox.remove(*second).ok());
    QCOMPARE(outbox.count({}).value(), 1);

    const QString serverId = newId();
    QCOMPARE(outbox.serverIdOf(userId).value(), userId); // unmapped: itself
    QVERIFY(outbox.mapId(userId, serverId).ok());
    QCOMPARE(outbox.serverIdOf(userId).value(), serverId);
    QVERIFY(outbox.remove(*third).ok());
    QVERIFY(!outbox.hasOpenOperationFor(userId).value());
}
