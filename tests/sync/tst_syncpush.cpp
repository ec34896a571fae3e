// Pushing the outbox: order, ids of rows created offline, conflicts, idempotent retries.
#include "remote/jobwaiter.h"
#include "remote/remoteapi.h"
#include "store/outbox.h"
#include "store/usertable.h"
#include "sync/conflictresolver.h"
#include "sync/operationrequest.h"
#include "syncfixture.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace zenml;
using namespace zenml::test;
using zenml::sync::SyncMode;

class TstSyncPush : public QObject
{
    Q_OBJECT

private slots:
    void offlineEditsReachTheServerInOrder();
    void secondUpdateOfARowIsNoConflict();
    void conflictKeepMine();
    void conflictTakeServer();
    void deleteOfVanishedRowIsDone();
    void createRetryAdoptsOwnRow();
    void createClashIsFailedWithServerMessage();
    void assignmentRetryIsDone();
    void updateWhoseAnswerWasLostIsDone();
    void teamAssignmentRetryCreatesNoDuplicate();
    void queuedPasswordComesFromTheVault();
    void invitationTokenIsHandedOver();
    void invitationWhoseAnswerWasLostGetsANewToken();
};

void TstSyncPush::offlineEditsReachTheServerInOrder()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.sync()->ok());
    const quint16 port = f.server().port();
    f.server().close();

    AdminService &s = f.service();
    QVERIFY(s.createRole(QStringLiteral("ops"), Permission::Read | Permission::Write).ok());
    UserDraft alice{QStringLiteral("alice"),
                    QStringLiteral("Alice A"),
                    {},
                    std::nullopt,
                    {QStringLiteral("ops")}};
    QVERIFY(s.createUser(alice).ok());
    QVERIFY(s.createUser({QStringLiteral("bob"), {}, {}, std::nullopt, {}}).ok());
    QVERIFY(s.createTeam(QStringLiteral("blue"), {QStringLiteral("alice")}).ok());
    QVERIFY(s.addTeamMembers(QStringLiteral("blue"), {QStringLiteral("bob")}).ok());
    UserChanges rename;
    rename.fullName = QStringLiteral("Alice Anders");
    QVERIFY(s.updateUser(QStringLiteral("alice"), rename).ok());
    QVERIFY(s.assignRole({QStringLiteral("guest"), {}, {QStringLiteral("blue")}, {}}).ok());
    QVERIFY(s.deleteUsers({QStringLiteral("bob")}).ok());

    // Offline: nothing reaches the server and the operations stay queued.
    auto offline = f.sync(SyncMode::Both, false, 30000);
    QVERIFY(offline);
    QCOMPARE(f.engine().status().connectivity, sync::Connectivity::Offline);
    QVERIFY(f.engine().status().pending > 0);

    QVERIFY(f.server().listen(port));
    auto report = f.sync();
    QVERIFY(report && report->ok());
    QCOMPARE(f.engine().status().pending, 0);
    QCOMPARE(f.engine().status().failed, 0);
    QCOMPARE(f.engine().status().conflicts, 0);

    TestServer &srv = f.server();
    QCOMPARE(serverNames(srv.users()), (QStringList{"alice", "default"}));
    QCOMPARE(srv.user(QStringLiteral("alice")).value("full_name").toString(),
             QStringLiteral("Alice Anders"));
    QCOMPARE(serverNames(srv.roles()), (QStringList{"admin", "guest", "ops"}));
    const QString aliceId = srv.userId(QStringLiteral("alice"));
    int opsAssignments = 0;
    for (const QJsonValue &a : srv.roleAssignments()) {
        const QJsonObject o = a.toObject();
        if (o.value("user").toObject().value("id").toString() == aliceId &&
            o.value("role").toObject().value("name").toString() == QLatin1String("ops"))
            ++opsAssignments;
    }
    QCOMPARE(opsAssignments, 1);
    QCOMPARE(srv.teamRoleAssignments().size(), 1);
    const QJsonObject blue = srv.teams().at(0).toObject();
    QCOMPARE(blue.value("users").toArray().size(), 1); // bob was deleted after joining
    // The mirror carries the server's ids now.
    auto mirrorAlice = f.store().users().byName(QStringLiteral("alice"));
    QVERIFY(mirrorAlice && mirrorAlice.value());
    QCOMPARE(mirrorAlice.value()->id, aliceId);
    auto syncInfo = f.store().users().syncInfo(aliceId);
    QVERIFY(syncInfo);
    QCOMPARE(syncInfo->state, SyncState::Clean);
    QCOMPARE(syncInfo->baseUpdated, srv.user(aliceId).value("updated").toString());
}

void TstSyncPush::secondUpdateOfARowIsNoConflict()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createUser({QStringLiteral("carol"), {}, {}, std::nullopt, {}}).ok());
    QVERIFY(f.sync()->ok());
    for (const char *name : {"C one", "C two", "C three"}) {
        UserChanges c;
        c.fullName = QString::fromLatin1(name);
        QVERIFY(f.service().updateUser(QStringLiteral("carol"), c).ok());
    }
    auto report = f.sync();
    QVERIFY(report && report->ok());
    QVERIFY2(report->push->sent == 3, qPrintable(requestLogText(f.server())));
    QCOMPARE(report->push->conflicts, 0);
    QCOMPARE(f.server().user(QStringLiteral("carol")).value("full_name").toString(),
             QStringLiteral("C three"));
}

void TstSyncPush::conflictKeepMine()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service()
                .createUser({QStringLiteral("dave"), QStringLiteral("Base"), {}, std::nullopt, {}})
                .ok());
    QVERIFY(f.sync()->ok());
    UserChanges mine;
    mine.fullName = QStringLiteral("Mine");
    QVERIFY(f.service().updateUser(QStringLiteral("dave"), mine).ok());
    QVERIFY(f.server().touchUser(QStringLiteral("dave"), {{"full_name", "Theirs"}}));

    auto report = f.sync();
    QVERIFY(report && report->ok());
    QCOMPARE(report->push->conflicts, 1);
    QCOMPARE(f.engine().status().conflicts, 1);
    sync::ConflictResolver resolver(f.store());
    auto conflicts = resolver.list();
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 1);
    const sync::ConflictEntry &c = conflicts->first();
    QCOMPARE(c.mine.value("full_name").toString(), QStringLiteral("Mine"));
    QCOMPARE(c.server.value("full_name").toString(), QStringLiteral("Theirs"));
    // The base is the row as the server showed it before the edit, field by field.
    QCOMPARE(c.base.value("full_name").toString(), QStringLiteral("Base"));
    QCOMPARE(c.base.value("name").toString(), QStringLiteral("dave"));
    // The pull did not overwrite the local change.
    QCOMPARE(f.store().users().byName("dave")->value().fullName, QStringLiteral("Mine"));

    QVERIFY(resolver.resolve(c.operation.id, sync::ConflictResolver::Choice::KeepMine).ok());
    report = f.sync();
    QVERIFY(report && report->ok());
    QCOMPARE(report->push->sent, 1);
    QCOMPARE(f.server().user(QStringLiteral("dave")).value("full_name").toString(),
             QStringLiteral("Mine"));
    QCOMPARE(f.engine().status().conflicts, 0);
}

void TstSyncPush::conflictTakeServer()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createUser({QStringLiteral("erin"), {}, {}, std::nullopt, {}}).ok());
    QVERIFY(f.sync()->ok());
    UserChanges mine;
    mine.fullName = QStringLiteral("Mine");
    QVERIFY(f.service().updateUser(QStringLiteral("erin"), mine).ok());
    mine.fullName = QStringLiteral("Mine again");
    QVERIFY(f.service().updateUser(QStringLiteral("erin"), mine).ok());
    QVERIFY(f.server().touchUser(QStringLiteral("erin"), {{"full_name", "Theirs"}}));
    QVERIFY(f.sync()->ok());
    sync::ConflictResolver resolver(f.store());
    auto conflicts = resolver.list();
    QVERIFY(conflicts && conflicts->size() == 1);
    QVERIFY(
        resolver
            .resolve(conflicts->first().operation.id, sync::ConflictResolver::Choice::TakeServer)
            .ok());
    // Both queued edits of the row are gone, the mirror shows the server's row.
    auto left = f.store().outbox().count({});
    QVERIFY(left);
    QCOMPARE(*left, 0);
    QCOMPARE(f.store().users().byName("erin")->value().fullName, QStringLiteral("Theirs"));
    auto report = f.sync();
    QVERIFY(report && report->ok());
    QCOMPARE(f.server().user(QStringLiteral("erin")).value("full_name").toString(),
             QStringLiteral("Theirs"));
}

void TstSyncPush::deleteOfVanishedRowIsDone()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createUser({QStringLiteral("frank"), {}, {}, std::nullopt, {}}).ok());
    QVERIFY(f.sync()->ok());
    QVERIFY(f.service().deleteUsers({QStringLiteral("frank")}).ok());
    QVERIFY(f.server().removeUser(QStringLiteral("frank")));
    auto report = f.sync();
    QVERIFY(report && report->ok());
    QCOMPARE(report->push->sent, 1);
    QCOMPARE(f.engine().status().conflicts, 0);
}

void TstSyncPush::createRetryAdoptsOwnRow()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.sync()->ok());
    f.server().injectFault(QStringLiteral("POST"), QStringLiteral("/users$"),
                           Fault::DropAfterApply);
    f.server().injectFault(QStringLiteral("POST"), QStringLiteral("/roles$"),
                           Fault::DropAfterApply);
    f.server().injectFault(QStringLiteral("POST"), QStringLiteral("/teams$"),
                           Fault::DropAfterApply);
    QVERIFY(f.service()
                .createUser({QStringLiteral("gina"), QStringLiteral("G"), {}, std::nullopt, {}})
                .ok());
    QVERIFY(f.service().createRole(QStringLiteral("viewer"), Permission::Read).ok());
    QVERIFY(f.service().createTeam(QStringLiteral("green"), {QStringLiteral("gina")}).ok());
    auto report = f.sync();
    QVERIFY(report && report->ok());
    QCOMPARE(f.engine().status().pending, 0);
    QCOMPARE(f.engine().status().failed, 0);
    QCOMPARE(serverNames(f.server().users()), (QStringList{"default", "gina"}));
    QCOMPARE(serverNames(f.server().roles()), (QStringList{"admin", "guest", "viewer"}));
    QCOMPARE(serverNames(f.server().teams()), (QStringList{"green"}));
    QCOMPARE(f.store().users().byName("gina")->value().id,
             f.server().userId(QStringLiteral("gina")));
}

void TstSyncPush::createClashIsFailedWithServerMessage()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.sync()->ok());
    QVERIFY(f.service().createRole(QStringLiteral("dup"), Permission::Read).ok());
    // Someone else takes the name first, with other permissions.
    QVERIFY(f.server().touchRole(QStringLiteral("guest")));
    QVERIFY(f.server().assignRole(QStringLiteral("default"), QStringLiteral("guest")).size() >= 0);
    auto api = f.api().createRole(QStringLiteral("dup"), Permission::Write | Permission::Me);
    QSignalSpy created(api, &remote::RoleJob::finished);
    api->start();
    QVERIFY(created.wait());
    auto report = f.sync();
    QVERIFY(report && report->ok());
    QCOMPARE(report->push->failed, 1);
    auto failed = f.store().outbox().list({OutboxStatus::Failed});
    QVERIFY(failed && failed->size() == 1);
    QVERIFY(failed->first().lastError.contains(QStringLiteral("dup")) ||
            !failed->first().lastError.isEmpty());
}

void TstSyncPush::assignmentRetryIsDone()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createUser({QStringLiteral("hank"), {}, {}, std::nullopt, {}}).ok());
    QVERIFY(f.sync()->ok());
    f.server().injectFault(QStringLiteral("POST"), QStringLiteral("/role_assignments$"),
                           Fault::DropAfterApply);
    QVERIFY(
        f.service().assignRole({QStringLiteral("guest"), {QStringLiteral("hank")}, {}, {}}).ok());
    auto report = f.sync();
    QVERIFY(report && report->ok());
    QCOMPARE(f.engine().status().pending, 0);
    QCOMPARE(f.engine().status().failed, 0);
    int hank = 0;
    for (const QJsonValue &a : f.server().roleAssignments())
        hank += a.toObject().value("user").toObject().value("name").toString() == "hank";
    QCOMPARE(hank, 1);
}

void TstSyncPush::updateWhoseAnswerWasLostIsDone()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createTeam(QStringLiteral("amber"), {}).ok());
    QVERIFY(f.service().createUser({QStringLiteral("otto"), {}, {}, std::nullopt, {}}).ok());
    QVERIFY(f.sync()->ok());
    f.server().injectFault(QStringLiteral("PUT"), QStringLiteral("/teams/"), Fault::DropAfterApply,
                           2);
    QVERIFY(f.service().addTeamMembers(QStringLiteral("amber"), {QStringLiteral("otto")}).ok());
    QVERIFY(f.service().renameTeam(QStringLiteral("amber"), QStringLiteral("ember")).ok());
    auto report = f.sync();
    QVERIFY(report && report->ok());
    QCOMPARE(f.engine().status().conflicts, 0);
    QCOMPARE(f.engine().status().pending, 0);
    QCOMPARE(serverNames(f.server().teams()), (QStringList{"ember"}));
    QVERIFY2(f.server().teams().at(0).toObject().value("users").toArray().size() == 1,
             qPrintable(requestLogText(f.server())));
}

void TstSyncPush::teamAssignmentRetryCreatesNoDuplicate()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createTeam(QStringLiteral("red"), {}).ok());
    QVERIFY(f.sync()->ok());
    f.server().injectFault(QStringLiteral("POST"), QStringLiteral("/team_role_assignments$"),
                           Fault::DropAfterApply);
    QVERIFY(
        f.service().assignRole({QStringLiteral("guest"), {}, {QStringLiteral("red")}, {}}).ok());
    auto report = f.sync();
    QVERIFY(report && report->ok());
    QCOMPARE(f.engine().status().pending, 0);
    QVERIFY2(f.server().teamRoleAssignments().size() == 1, qPrintable(requestLogText(f.server())));
}

void TstSyncPush::queuedPasswordComesFromTheVault()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.sync()->ok());
    QHash<QString, QString> vault;
    QStringList removed;
    f.service().setSecretSink([&vault](const QString &userId, const QString &secret) {
        vault.insert(sync::OperationRequest::passwordKey(userId), secret);
        return Status();
    });
    sync::PasswordVault pv;
    pv.read = [&vault](const QString &key, const sync::PasswordVault::ReadDone &done) {
        done(vault.contains(key) ? std::optional<QString>(vault.value(key)) : std::nullopt);
    };
    pv.remove = [&removed](const QString &key) { removed << key; };
    f.engine().setPasswordVault(pv);
    QVERIFY(f.service()
                .createUser({QStringLiteral("ivy"), {}, {}, QStringLiteral("s3cret!"), {}})
                .ok());
    auto ops = f.store().outbox().list();
    QVERIFY(ops && ops->size() == 1);
    QVERIFY(!ops->first().payload.contains(QStringLiteral("password")));
    auto report = f.sync();
    QVERIFY(report && report->ok());
    QVERIFY(f.server().checkPassword(QStringLiteral("ivy"), QStringLiteral("s3cret!")));
    QCOMPARE(removed.size(), 1);
}

void TstSyncPush::invitationTokenIsHandedOver()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QSignalSpy tokens(&f.engine(), &sync::SyncEngine::invitationTokenReceived);
    QVERIFY(f.service().createUser({QStringLiteral("jane"), {}, {}, std::nullopt, {}}).ok());
    QVERIFY(f.sync()->ok());
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first().at(0).toString(), f.server().userId(QStringLiteral("jane")));
    QCOMPARE(tokens.first().at(1).toString(), f.server().activationToken(QStringLiteral("jane")));
}

void TstSyncPush::invitationWhoseAnswerWasLostGetsANewToken()
{
    // The create of an invitation is applied but its answer (with the only copy of the activation
    // token) is lost: the retry adopts the user and asks for a new token, so there is a link to
    // share, and it works.
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.sync()->ok());
    QSignalSpy tokens(&f.engine(), &sync::SyncEngine::invitationTokenReceived);
    f.server().injectFault(QStringLiteral("POST"), QStringLiteral("/users$"),
                           Fault::DropAfterApply);
    QVERIFY(f.service().createUser({QStringLiteral("kai"), {}, {}, std::nullopt, {}}).ok());
    auto report = f.sync();
    QVERIFY(report && report->ok());
    QCOMPARE(f.engine().status().pending, 0);
    QCOMPARE(serverNames(f.server().users()), (QStringList{"default", "kai"}));
    QCOMPARE(tokens.size(), 1);
    const QString id = f.server().userId(QStringLiteral("kai"));
    QCOMPARE(tokens.first().at(0).toString(), id);
    const QString token = tokens.first().at(1).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(token, f.server().activationToken(QStringLiteral("kai")));
    auto activated =
        remote::awaitJob(f.api().activateUser(id, QStringLiteral("Welcome-42"), token));
    QVERIFY2(activated, activated ? "" : qPrintable(activated.error().message));
    QVERIFY(activated->value.active);
}

QTEST_GUILESS_MAIN(TstSyncPush)
#include "tst_syncpush.moc"
