// The pieces of the sync engine that need no server: back-off, the push order, the requests.
#include "store/outboxoperation.h"
#include "sync/backoffpolicy.h"
#include "sync/idtranslator.h"
#include "sync/operationrequest.h"
#include "sync/pushplan.h"

#include <QJsonArray>
#include <QTest>

using namespace zenml;
using namespace zenml::sync;
using namespace std::chrono_literals;

class TstSyncUnits : public QObject
{
    Q_OBJECT

private slots:
    void backoffGrowsAndCaps();
    void backoffJitterStaysInBounds();
    void planOrdersOperationsOnOneRow();
    void planWaitsForCreatesItRefersTo();
    void planDeleteWaitsForReferrers();
    void planHonoursBackoffTime();
    void requestTranslatesIdsAndMasksPasswords();
    void requestForEveryOperation();
};

static OutboxOperation op(qint64 id, const QString &operation, EntityKind kind,
                          const QString &entity, const QJsonObject &payload = {})
{
    OutboxOperation o;
    o.id = id;
    o.operation = operation;
    o.entityKind = kind;
    o.entityId = entity;
    o.payload = payload;
    return o;
}

void TstSyncUnits::backoffGrowsAndCaps()
{
    BackoffPolicy p(100ms, 1000ms, 0.0);
    QCOMPARE(p.delayFor(1), 100ms);
    QCOMPARE(p.delayFor(2), 200ms);
    QCOMPARE(p.delayFor(4), 800ms);
    QCOMPARE(p.delayFor(5), 1000ms);
    QCOMPARE(p.delayFor(60), 1000ms);
}

void TstSyncUnits::backoffJitterStaysInBounds()
{
    BackoffPolicy p(1000ms, 60000ms, 0.5);
    p.setRandom([] { return 0.0; });
    QCOMPARE(p.delayFor(1), 500ms);
    p.setRandom([] { return 0.999999; });
    QVERIFY(p.delayFor(1) >= 1499ms && p.delayFor(1) <= 1500ms);
}

void TstSyncUnits::planOrdersOperationsOnOneRow()
{
    const auto U = EntityKind::User;
    PushPlan plan({op(1, OutboxOperation::UpdateUser, U, "a"),
                   op(2, OutboxOperation::UpdateUser, U, "b"),
                   op(3, OutboxOperation::UpdateUser, U, "a")});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(plan.ready(now, 10), (QList<int>{0, 1}));
    plan.at(0).status = OutboxStatus::Done;
    QCOMPARE(plan.ready(now, 10), (QList<int>{1, 2}));
    QCOMPARE(plan.ready(now, 1), (QList<int>{1}));
}

void TstSyncUnits::planWaitsForCreatesItRefersTo()
{
    PushPlan plan({op(1, OutboxOperation::CreateUser, EntityKind::User, "u"),
                   op(2, OutboxOperation::CreateRole, EntityKind::Role, "r"),
                   op(3, OutboxOperation::AssignUserRole, EntityKind::UserRoleAssignment, "a",
                      {{"user", "u"}, {"role", "r"}}),
                   op(4, OutboxOperation::CreateTeam, EntityKind::Team, "t",
                      {{"name", "t"}, {"users", QJsonArray{"u"}}})});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(plan.ready(now, 10), (QList<int>{0, 1}));
    QCOMPARE(plan.blockerOf(2), 1);
    plan.at(0).status = OutboxStatus::Done;
    QCOMPARE(plan.ready(now, 10), (QList<int>{1, 3}));
    plan.at(1).status = OutboxStatus::Failed;
    QCOMPARE(plan.ready(now, 10), (QList<int>{3})); // a failed create keeps its dependents back
}

void TstSyncUnits::planDeleteWaitsForReferrers()
{
    PushPlan plan({op(1, OutboxOperation::AssignUserRole, EntityKind::UserRoleAssignment, "a",
                      {{"user", "u"}, {"role", "r"}}),
                   op(2, OutboxOperation::DeleteRole, EntityKind::Role, "r")});
    QCOMPARE(plan.ready(QDateTime::currentDateTimeUtc(), 10), (QList<int>{0}));
}

void TstSyncUnits::planHonoursBackoffTime()
{
    OutboxOperation later = op(1, OutboxOperation::UpdateUser, EntityKind::User, "a");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    later.nextAttempt = now.addSecs(5);
    PushPlan plan({later});
    QVERIFY(plan.ready(now, 10).isEmpty());
    QCOMPARE(plan.nextWake(), later.nextAttempt);
    QCOMPARE(plan.ready(now.addSecs(6), 10), (QList<int>{0}));
}

void TstSyncUnits::requestTranslatesIdsAndMasksPasswords()
{
    IdTranslator ids;
    ids.add("local-u", "11111111-1111-1111-1111-111111111111");
    const OutboxOperation create = op(1, OutboxOperation::UpdateUser, EntityKind::User, "local-u",
                                      {{"full_name", "A"}, {"password_in_keychain", true}});
    auto call = OperationRequest::build(create, ids, QStringLiteral("hunter2"));
    QVERIFY(call);
    QCOMPARE(call->verb, QByteArray("PUT"));
    QCOMPARE(call->path, QStringLiteral("/users/11111111-1111-1111-1111-111111111111"));
    QVERIFY(call->body.contains("hunter2"));
    QVERIFY(!call->body.contains("password_in_keychain"));
    const QString shown = OperationRequest::describe(create, ids);
    QVERIFY(shown.startsWith(QStringLiteral("PUT /api/v1/users/1111")));
    QVERIFY(shown.contains(QStringLiteral("********")));
    QVERIFY(!shown.contains(QStringLiteral("hunter2")));
}

void TstSyncUnits::requestForEveryOperation()
{
    IdTranslator ids;
    const QList<std::tuple<QString, EntityKind, QByteArray, QString>> cases{
        {OutboxOperation::CreateUser, EntityKind::User, "POST", "/users"},
        {OutboxOperation::DeleteUser, EntityKind::User, "DELETE", "/users/x"},
        {OutboxOperation::DeactivateUser, EntityKind::User, "PUT", "/users/x/deactivate"},
        {OutboxOperation::SetTeamMembers, EntityKind::Team, "PUT", "/teams/x"},
        {OutboxOperation::UpdateRole, EntityKind::Role, "PUT", "/roles/x"},
        {OutboxOperation::DeleteWorkspace, EntityKind::Workspace, "DELETE", "/workspaces/x"},
        {OutboxOperation::AssignTeamRole, EntityKind::TeamRoleAssignment, "POST",
         "/team_role_assignments"},
        {OutboxOperation::RevokeUserRole, EntityKind::UserRoleAssignment, "DELETE",
         "/role_assignments/x"},
    };
    for (const auto &[name, kind, verb, path] : cases) {
        auto call = OperationRequest::build(op(1, name, kind, "x"), ids);
        QVERIFY2(call, qPrintable(name));
        QCOMPARE(call->verb, verb);
        QCOMPARE(call->path, path);
    }
    QVERIFY(!OperationRequest::build(op(1, "frobnicate", EntityKind::User, "x"), ids));
}

QTEST_GUILESS_MAIN(TstSyncUnits)
#include "tst_syncunits.moc"
