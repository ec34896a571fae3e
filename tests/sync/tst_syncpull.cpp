// Pulling: the first full pull, incremental pulls by `updated`, de-duplication, the deletion
// sweep, and pending local changes that a pull must not overwrite.
#include "remote/jobwaiter.h"
#include "remote/remoteapi.h"
#include "store/assignmenttable.h"
#include "store/historytable.h"
#include "store/outbox.h"
#include "store/roletable.h"
#include "store/teamtable.h"
#include "store/usertable.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace zenml;
using namespace zenml::test;
using zenml::sync::SyncMode;

class TstSyncPull : public QObject
{
    Q_OBJECT

private slots:
    void firstPullMirrorsTheServer();
    void unchangedSyncSendsOneRequestPerKind();
    void incrementalPullTakesChanges();
    void sweepFindsDeletions();
    void pendingChangeIsNotOverwritten();
    void deletedOnServerWhilePendingIsAConflict();
    void duplicateTeamAssignmentsStaySettled();
    void pulledChangesAreHistory();
};

void TstSyncPull::firstPullMirrorsTheServer()
{
    SyncFixture f;
    QVERIFY(f.ok());
    f.server().seed(40, 5, 3, 60);
    auto report = f.sync(SyncMode::PullOnly);
    QVERIFY(report && report->ok());
    QVERIFY(report->pull->swept);
    QCOMPARE(*f.store().users().count(), f.server().users().size());
    QCOMPARE(*f.store().teams().count(), f.server().teams().size());
    QCOMPARE(*f.store().roles().count(), f.server().roles().size());
    auto assignments = f.store().assignments().list();
    QVERIFY(assignments);
    QCOMPARE(assignments->size(),
             f.server().roleAssignments().size() + f.server().teamRoleAssignments().size());
    // Memberships come with the teams.
    int members = 0;
    for (const QJsonValue &t : f.server().teams())
        members += int(t.toObject().value("users").toArray().size());
    int mirrored = 0;
    const auto teams = f.store().teams().list();
    QVERIFY(teams);
    for (const Team &t : *teams)
        mirrored += int(t.memberIds.size());
    QCOMPARE(mirrored, members);
}

void TstSyncPull::unchangedSyncSendsOneRequestPerKind()
{
    SyncFixture f;
    QVERIFY(f.ok());
    f.server().seed(30, 3, 2, 20);
    f.engine().setSweepEvery(1000);
    QVERIFY(f.sync()->ok());
    f.server().clearRequestLog();
    auto report = f.sync();
    QVERIFY(report && report->ok());
    QVERIFY2(f.server().requestCount() <= 6, qPrintable(requestLogText(f.server())));
    QCOMPARE(report->pull->written, 0);
}

void TstSyncPull::incrementalPullTakesChanges()
{
    SyncFixture f;
    QVERIFY(f.ok());
    f.engine().setSweepEvery(1000);
    QVERIFY(f.sync()->ok());
    QVERIFY(f.server().touchUser(QStringLiteral("default"), {{"full_name", "The Default"}}));
    QVERIFY(f.server().touchRole(QStringLiteral("guest")));
    const QString id = f.server().assignRole(QStringLiteral("default"), QStringLiteral("guest"));
    QVERIFY(!id.isEmpty());
    f.server().clearRequestLog();
    auto report = f.sync();
    QVERIFY(report && report->ok());
    QVERIFY(!report->pull->swept);
    QVERIFY(f.server().requestLog().first().query.contains(QStringLiteral("updated=gte")));
    QCOMPARE(f.store().users().byName("default")->value().fullName, QStringLiteral("The Default"));
    auto a = f.store().assignments().byId(SubjectKind::User, id);
    QVERIFY(a && a.value());
}

void TstSyncPull::sweepFindsDeletions()
{
    SyncFixture f;
    QVERIFY(f.ok());
    f.engine().setSweepEvery(1000);
    QVERIFY(f.service().createUser({QStringLiteral("kim"), {}, {}, std::nullopt, {}}).ok());
    QVERIFY(f.service().createRole(QStringLiteral("temp"), Permission::Read).ok());
    QVERIFY(f.sync()->ok());
    QVERIFY(f.server().removeUser(QStringLiteral("kim")));
    QVERIFY(f.server().removeRole(QStringLiteral("temp")));
    auto report = f.sync();
    QVERIFY(report && report->ok());
    QVERIFY(f.store().users().byName("kim")->has_value()); // an incremental pull cannot see it
    report = f.sync(SyncMode::PullOnly, true);
    QVERIFY(report && report->ok());
    QVERIFY(report->pull->swept);
    QCOMPARE(report->pull->removed, 2);
    QVERIFY(!f.store().users().byName("kim")->has_value());
    QVERIFY(!f.store().roles().byName("temp")->has_value());
}

void TstSyncPull::pendingChangeIsNotOverwritten()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createTeam(QStringLiteral("ops"), {}).ok());
    QVERIFY(f.sync()->ok());
    QVERIFY(f.service().renameTeam(QStringLiteral("ops"), QStringLiteral("ops-mine")).ok());
    QVERIFY(f.server().touchTeam(QStringLiteral("ops"), {{"name", "ops-theirs"}}));
    auto report = f.sync(SyncMode::PullOnly);
    QVERIFY(report && report->ok());
    QCOMPARE(report->pull->conflicts, 1);
    QVERIFY(f.store().teams().refByName("ops-mine")->has_value());
    auto conflicts = f.store().outbox().list({OutboxStatus::Conflict});
    QVERIFY(conflicts && conflicts->size() == 1);
    QCOMPARE(conflicts->first().serverSnapshot.value("name").toString(),
             QStringLiteral("ops-theirs"));
}

void TstSyncPull::deletedOnServerWhilePendingIsAConflict()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createRole(QStringLiteral("auditor"), Permission::Read).ok());
    QVERIFY(f.sync()->ok());
    RoleChanges c;
    c.add = Permission::Write;
    QVERIFY(f.service().updateRole(QStringLiteral("auditor"), c).ok());
    QVERIFY(f.server().removeRole(QStringLiteral("auditor")));
    auto report = f.sync();
    QVERIFY(report && report->ok());
    auto conflicts = f.store().outbox().list({OutboxStatus::Conflict});
    QVERIFY(conflicts && conflicts->size() == 1);
    QVERIFY(conflicts->first().serverSnapshot.isEmpty());
}

void TstSyncPull::duplicateTeamAssignmentsStaySettled()
{
    // The server keeps a team's role twice when asked twice (it checks users' assignments for
    // duplicates, not teams'); the mirror keeps one copy, and the same one pull after pull.
    SyncFixture f;
    QVERIFY(f.ok());
    f.engine().setSweepEvery(1);
    auto team = remote::awaitJob(f.api().createTeam(QStringLiteral("ops")));
    QVERIFY(team);
    auto role = remote::awaitJob(f.api().getRole(QStringLiteral("guest")));
    QVERIFY(role);
    auto first = remote::awaitJob(f.api().createTeamAssignment(team->value.id, role->value.id));
    auto second = remote::awaitJob(f.api().createTeamAssignment(team->value.id, role->value.id));
    QVERIFY(first && second);
    QVERIFY(first->value.id != second->value.id);
    QCOMPARE(f.server().teamRoleAssignments().size(), 2);

    auto teamAssignmentIds = [&f] {
        QStringList ids;
        const auto all = f.store().assignments().list();
        for (const AssignmentView &v : all.value()) {
            if (v.assignment.subjectKind == SubjectKind::Team)
                ids << v.assignment.id;
        }
        return ids;
    };
    auto report = f.sync(SyncMode::PullOnly, true);
    QVERIFY(report && report->ok());
    QStringList mirrored = teamAssignmentIds();
    QCOMPARE(mirrored.size(), 1);
    const QString kept = mirrored.first();
    QVERIFY(kept == first->value.id || kept == second->value.id);
    for (int i = 0; i < 3; ++i) {
        report = f.sync(SyncMode::PullOnly, true);
        QVERIFY(report && report->ok());
        QVERIFY(report->pull->swept);
        QCOMPARE(report->pull->written, 0);
        QCOMPARE(report->pull->removed, 0);
        QCOMPARE(teamAssignmentIds(), QStringList{kept});
    }

    // When the kept copy goes on the server, the other one takes its place.
    QVERIFY(remote::awaitJob(f.api().deleteTeamAssignment(kept)));
    report = f.sync(SyncMode::PullOnly, true);
    QVERIFY(report && report->ok());
    QCOMPARE(teamAssignmentIds(),
             QStringList{kept == first->value.id ? second->value.id : first->value.id});
}

QTEST_GUILESS_MAIN(TstSyncPull)
#include "tst_syncpull.moc"

// What a pull finds changed on the server is history ("changed on the server", with the fields
// that differ); the first pull that fills the mirror and the echo of the admin's own changes are
// not.
void TstSyncPull::pulledChangesAreHistory()
{
    SyncFixture f;
    QVERIFY(f.ok());
    f.engine().setSweepEvery(1000);
    QVERIFY(f.service().createUser({QStringLiteral("kim"), {}, {}, std::nullopt, {}}).ok());
    QVERIFY(f.service().createTeam(QStringLiteral("ops"), {}).ok());
    QVERIFY(f.sync()->ok());
    QVERIFY(f.sync()->ok());
    auto serverSide = [&f] {
        HistoryQuery all;
        auto entries = f.store().history().list(all);
        QList<HistoryEntry> out;
        for (const HistoryEntry &e : *entries) {
            if (e.source == QLatin1String("server"))
                out << e;
        }
        return out;
    };
    QVERIFY(serverSide().isEmpty());

    QVERIFY(f.server().touchUser(QStringLiteral("default"), {{"full_name", "The Default"}}));
    QVERIFY(f.server().touchTeam(QStringLiteral("ops"), {{"users", QJsonArray{"kim"}}}));
    QVERIFY(f.server().touchRole(QStringLiteral("guest"))); // its time alone moves
    auto report = f.sync();
    QVERIFY(report && report->ok());
    QList<HistoryEntry> found = serverSide();
    QCOMPARE(found.size(), 2);
    const HistoryEntry team =
        found.at(0).entityName == QLatin1String("ops") ? found.at(0) : found.at(1);
    const HistoryEntry user =
        found.at(0).entityName == QLatin1String("ops") ? found.at(1) : found.at(0);
    QCOMPARE(user.verb, QStringLiteral("server_update"));
    QCOMPARE(user.entityName, QStringLiteral("default"));
    QCOMPARE(user.actor, QStringLiteral("server"));
    const QJsonObject fullName = user.fields.value(QStringLiteral("full_name")).toObject();
    QCOMPARE(fullName.value(QStringLiteral("new")).toString(), QStringLiteral("The Default"));
    QVERIFY(fullName.contains(QStringLiteral("old")));
    QCOMPARE(user.fields.size(), 1);
    // A team's members by name, not by id.
    QCOMPARE(team.fields.value(QStringLiteral("users")).toObject().value(QStringLiteral("new")),
             QJsonValue(QJsonArray{QStringLiteral("kim")}));

    // The admin's own change, sent and pulled back, is not a change on the server.
    QVERIFY(f.service().createWorkspace(QStringLiteral("ml")).ok());
    QVERIFY(f.sync()->ok());
    QVERIFY(f.sync()->ok());
    QCOMPARE(serverSide().size(), 2);

    // A row the server no longer has, found by the sweep.
    QVERIFY(f.server().removeUser(QStringLiteral("kim")));
    report = f.sync(SyncMode::PullOnly, true);
    QVERIFY(report && report->ok());
    found = serverSide();
    QVERIFY(found.size() >= 3); // the team that lost kim may have changed as well
    QCOMPARE(found.first().verb, QStringLiteral("server_delete"));
    QCOMPARE(found.first().entityName, QStringLiteral("kim"));
    QCOMPARE(found.first().entityKind, QStringLiteral("user"));
}
