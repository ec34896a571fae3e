// Effective permissions, who-can and the access review's findings, on hand-made and random
// profiles.
#include "review/accessreview.h"
#include "review/effectivepermissions.h"
#include "review/mirrorsnapshot.h"
#include "review/reviewreport.h"
#include "service/adminservice.h"
#include "store/localstore.h"
#include "store/sqlutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using namespace zenml::review;

class TestReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void overlappingPaths();
    void inactiveAndLocal();
    void whoCanMatchesBruteForce();
    void whoCanInWorkspace();
    void findings();
    void findingsAbsent();
    void pdfHoldsEveryFinding();

private:
    AdminService &open(ProfileKind kind = ProfileKind::Local);
    void assign(const QString &role, const QStringList &users, const QStringList &teams,
                const QString &workspace = {});
    QString idOf(EntityKind kind, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AdminService> m_service;
};

void TestReview::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReview::cleanup()
{
    m_service.reset();
    m_store.reset();
    m_dir.reset();
}

AdminService &TestReview::open(ProfileKind kind)
{
    auto store = LocalStore::open(m_dir->filePath(QStringLiteral("p.sqlite")));
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    m_store = std::move(store.value());
    if (Status s = m_store->seedLocalDefaults(); !s)
        qFatal("%s", qPrintable(s.error().message));
    m_service = std::make_unique<AdminService>(*m_store, kind);
    // Passwords of a server profile go to the keychain, never to SQLite; here they are dropped.
    m_service->setSecretSink([](const QString &, const QString &) -> Status { return {}; });
    return *m_service;
}

void TestReview::assign(const QString &role, const QStringList &users, const QStringList &teams,
                        const QString &workspace)
{
    auto done = m_service->assignRole({role, users, teams, workspace});
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
}

QString TestReview::idOf(EntityKind kind, const QString &name)
{
    return m_service->resolve(kind, name)->id;
}

static QStringList describe(const QList<GrantPath> &paths)
{
    QStringList out;
    for (const GrantPath &p : paths)
        out << QStringLiteral("%1/%2/%3").arg(p.roleName, p.teamName, p.workspaceName);
    out.sort();
    return out;
}

void TestReview::overlappingPaths()
{
    AdminService &s = open(ProfileKind::Server);
    QVERIFY(s.createRole(QStringLiteral("editor"), Permission::Read | Permission::Write).ok());
    QVERIFY(s.createRole(QStringLiteral("viewer"), Permission::Read).ok());
    QVERIFY(s.createWorkspace(QStringLiteral("ml")).ok());
    QVERIFY(s.createWorkspace(QStringLiteral("web")).ok());
    QVERIFY(s.createUser({QStringLiteral("alice"), {}, {}, QStringLiteral("pw"), {}}).ok());
    QVERIFY(s.createTeam(QStringLiteral("data"), {QStringLiteral("alice")}).ok());
    QVERIFY(s.createTeam(QStringLiteral("ops"), {QStringLiteral("alice")}).ok());
    assign(QStringLiteral("viewer"), {QStringLiteral("alice")}, {QStringLiteral("data")});
    assign(QStringLiteral("editor"), {QStringLiteral("alice")}, {QStringLiteral("data")},
           QStringLiteral("ml"));
    assign(QStringLiteral("viewer"), {}, {QStringLiteral("ops")}, QStringLiteral("web"));

    AccessQuery q(s);
    auto ml = q.effective(QStringLiteral("alice"), QStringLiteral("ml"));
    QVERIFY(ml.ok());
    QVERIFY(ml->enforced);
    QVERIFY(ml->active);
    QCOMPARE(ml->held(), Permission::Read | Permission::Write);
    QCOMPARE(describe(ml->grant(Permission::Read)->paths),
             QStringList({QStringLiteral("editor//ml"), QStringLiteral("editor/data/ml"),
                          QStringLiteral("viewer//"), QStringLiteral("viewer/data/")}));
    QCOMPARE(describe(ml->grant(Permission::Write)->paths),
             QStringList({QStringLiteral("editor//ml"), QStringLiteral("editor/data/ml")}));
    QVERIFY(!ml->grant(Permission::Me));
    for (const GrantPath &p : ml->grant(Permission::Write)->paths)
        QCOMPARE(p.viaKey(), p.viaTeam() ? QStringLiteral("team-workspace")
                                         : QStringLiteral("direct-workspace"));

    // Globally only the global paths count; in web the team's scoped viewer joins them.
    auto global = q.effective(QStringLiteral("alice"));
    QCOMPARE(global->held(), Permissions(Permission::Read));
    QCOMPARE(global->grant(Permission::Read)->paths.size(), 2);
    auto web = q.effective(QStringLiteral("alice"), QStringLiteral("web"));
    QCOMPARE(describe(web->grant(Permission::Read)->paths),
             QStringList({QStringLiteral("viewer//"), QStringLiteral("viewer/data/"),
                          QStringLiteral("viewer/ops/web")}));

    auto rows = q.byWorkspace(QStringLiteral("alice"));
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).workspaceName, QString());
    QCOMPARE(rows->at(1).workspaceName, QStringLiteral("ml"));
    QCOMPARE(rows->at(2).workspaceName, QStringLiteral("web"));

    // A default workspace where alice holds nothing beyond global: the global answer.
    auto def = q.effective(QStringLiteral("alice"), QStringLiteral("default"));
    QCOMPARE(def->held(), Permissions(Permission::Read));
    QCOMPARE(q.effective(QStringLiteral("nobody")).error().kind, ErrorKind::NotFound);
}

void TestReview::inactiveAndLocal()
{
    AdminService &s = open(ProfileKind::Local);
    QVERIFY(s.createUser({QStringLiteral("carl"), {}, {}, std::nullopt, {QStringLiteral("guest")}})
                .ok());
    auto carl = AccessQuery(s).effective(QStringLiteral("carl"));
    QVERIFY(carl.ok());
    QVERIFY(!carl->active);
    QVERIFY(!carl->enforced);
    QCOMPARE(carl->held(), Permission::Read | Permission::Me);
}

void TestReview::whoCanMatchesBruteForce()
{
    AdminService &s = open(ProfileKind::Server);
    QRandomGenerator rng(20261205);
    const QStringList wss{QStringLiteral("w0"), QStringLiteral("w1"), QStringLiteral("w2")};
    for (const QString &w : wss)
        QVERIFY(s.createWorkspace(w).ok());
    QStringList roles;
    for (int i = 0; i < 6; ++i) {
        const QString name = QStringLiteral("r%1").arg(i);
        QVERIFY(s.createRole(name, Permissions(int(rng.bounded(8)))).ok());
        roles << name;
    }
    QStringList users;
    for (int i = 0; i < 80; ++i) {
        const QString name = QStringLiteral("u%1").arg(i);
        QVERIFY(s.createUser({name, {}, {}, QStringLiteral("pw"), {}}).ok());
        users << name;
    }
    QStringList teams;
    for (int i = 0; i < 10; ++i) {
        QStringList members;
        for (int m = 0; m < 8; ++m)
            members << users.at(rng.bounded(users.size()));
        members.removeDuplicates();
        const QString name = QStringLiteral("t%1").arg(i);
        QVERIFY(s.createTeam(name, members).ok());
        teams << name;
    }
    for (int i = 0; i < 150; ++i) {
        const bool team = rng.bounded(3) == 0;
        const QString subject =
            team ? teams.at(rng.bounded(teams.size())) : users.at(rng.bounded(users.size()));
        const int scope = rng.bounded(4);
        AssignmentTarget t{
            roles.at(rng.bounded(roles.size())), {}, {}, scope == 3 ? QString() : wss.at(scope)};
        (team ? t.teams : t.users) << subject;
        QVERIFY(s.assignRole(t, true).ok());
    }

    // Brute force over the facade's own listings: every user, every assignment.
    const QList<AssignmentView> allAssignments = s.assignments().value();
    const QList<Role> allRoles = s.roles().value();
    const QList<Team> allTeams = s.teams().value();
    const QList<User> allUsers = s.users().value();
    QHash<QString, Permissions> rolePerms;
    for (const Role &r : allRoles)
        rolePerms.insert(r.id, r.permissions);
    QHash<QString, QStringList> teamMembers;
    for (const Team &t : allTeams)
        teamMembers.insert(t.id, t.memberIds);
    for (Permission p : permission::all()) {
        for (const QString &scope : QStringList{QString(), QStringLiteral("w1")}) {
            const QString scopeId =
                scope.isEmpty() ? QString() : idOf(EntityKind::Workspace, scope);
            QMap<QString, int> expected; // user id → number of paths
            for (const User &u : allUsers) {
                int paths = 0;
                for (const AssignmentView &a : allAssignments) {
                    const RoleAssignment &r = a.assignment;
                    const bool holds = r.subjectKind == SubjectKind::User
                                           ? r.subjectId == u.id
                                           : teamMembers.value(r.subjectId).contains(u.id);
                    const bool inScope =
                        scope.isEmpty() || r.isGlobal() || r.workspaceId == scopeId;
                    if (holds && inScope && rolePerms.value(r.roleId).testFlag(p))
                        ++paths;
                }
                if (paths > 0)
                    expected.insert(u.id, paths);
            }
            auto holders = AccessQuery(s).whoCan(p, scope);
            QVERIFY(holders.ok());
            QMap<QString, int> actual;
            for (const Holder &h : *holders)
                actual.insert(h.userId, int(h.paths.size()));
            QCOMPARE(actual, expected);
            QVERIFY(!expected.isEmpty() || p == Permission::Me);
        }
    }
}

void TestReview::whoCanInWorkspace()
{
    AdminService &s = open(ProfileKind::Server);
    QVERIFY(s.createRole(QStringLiteral("editor"), Permission::Read | Permission::Write).ok());
    QVERIFY(s.createWorkspace(QStringLiteral("ml")).ok());
    QVERIFY(s.createUser({QStringLiteral("alice"), {}, {}, QStringLiteral("pw"), {}}).ok());
    QVERIFY(s.createTeam(QStringLiteral("data"), {QStringLiteral("alice")}).ok());
    assign(QStringLiteral("editor"), {}, {QStringLiteral("data")}, QStringLiteral("ml"));
    auto inMl = AccessQuery(s).whoCan(Permission::Write, QStringLiteral("ml"));
    QStringList names;
    for (const Holder &h : *inMl)
        names << h.userName;
    // The seeded default user is a global admin.
    QCOMPARE(names, QStringList({QStringLiteral("alice"), QStringLiteral("default")}));
    QCOMPARE(inMl->first().paths.first().teamName, QStringLiteral("data"));
    auto inDefault = AccessQuery(s).whoCan(Permission::Write, QStringLiteral("default"));
    QCOMPARE(inDefault->size(), 1);
    QCOMPARE(inDefault->first().userName, QStringLiteral("default"));
}

static const Finding &findingOf(const ReviewResult &r, FindingKind kind)
{
    for (const Finding &f : r.findings) {
        if (f.kind == kind)
            return f;
    }
    qFatal("finding missing");
}

static QStringList namesOf(const Finding &f)
{
    QStringList out;
    for (const FindingRow &r : f.rows)
        out << r.entityName;
    return out;
}

void TestReview::findings()
{
    AdminService &s = open(ProfileKind::Server);
    QVERIFY(s.createRole(QStringLiteral("editor"), Permission::Read | Permission::Write).ok());
    QVERIFY(s.createRole(QStringLiteral("unused"), Permission::Read).ok());
    QVERIFY(s.createWorkspace(QStringLiteral("ml")).ok());
    QVERIFY(s.createWorkspace(QStringLiteral("gone")).ok());
    QVERIFY(s.createUser({QStringLiteral("alice"), {}, {}, QStringLiteral("pw"), {}}).ok());
    QVERIFY(s.createUser({QStringLiteral("bob"), {}, {}, QStringLiteral("pw"), {}}).ok());
    QVERIFY(s.createUser({QStringLiteral("carl"), {}, {}, std::nullopt, {QStringLiteral("guest")}})
                .ok());
    QVERIFY(s.createUser({QStringLiteral("dora"), {}, {}, QStringLiteral("pw"), {}}).ok());
    QVERIFY(s.createUser({QStringLiteral("eve"), {}, {}, std::nullopt, {}}).ok());
    QVERIFY(s.createTeam(QStringLiteral("data"), {QStringLiteral("alice")}).ok());
    QVERIFY(s.createTeam(QStringLiteral("empty"), {}).ok());
    QVERIFY(s.createTeam(QStringLiteral("ops"), {QStringLiteral("bob")}).ok());
    assign(QStringLiteral("editor"), {}, {QStringLiteral("data")}, QStringLiteral("ml"));
    assign(QStringLiteral("admin"), {}, {QStringLiteral("ops")});
    assign(QStringLiteral("guest"), {QStringLiteral("dora")}, {}, QStringLiteral("gone"));
    // The workspace disappears from the mirror while its assignment stays (as a pull that
    // missed the delete would leave it).
    QSqlDatabase db = m_store->database();
    QVERIFY(sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
    QVERIFY(sql::exec(db, QStringLiteral("DELETE FROM workspaces WHERE name = 'gone'")).ok());
    QVERIFY(sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON")).ok());

    auto r = AccessReview(s).run(14, QDateTime::currentDateTimeUtc().addDays(30));
    QVERIFY(r.ok());
    QCOMPARE(r->findings.size(), 8);
    const Finding &write = findingOf(*r, FindingKind::WriteHolders);
    QCOMPARE(namesOf(write), QStringList({QStringLiteral("alice"), QStringLiteral("bob"),
                                          QStringLiteral("default")}));
    QCOMPARE(write.rows.first().paths.first().teamName, QStringLiteral("data"));
    QCOMPARE(write.rows.first().action, FindingAction::None); // a team's role: not one step
    QCOMPARE(write.rows.last().action, FindingAction::Revoke);
    QCOMPARE(namesOf(findingOf(*r, FindingKind::Admins)),
             QStringList({QStringLiteral("bob"), QStringLiteral("default")}));
    QCOMPARE(namesOf(findingOf(*r, FindingKind::InactiveWithRoles)),
             QStringList({QStringLiteral("carl")}));
    QCOMPARE(namesOf(findingOf(*r, FindingKind::StaleInvitations)),
             QStringList({QStringLiteral("carl"), QStringLiteral("eve")}));
    QCOMPARE(findingOf(*r, FindingKind::StaleInvitations).rows.first().action,
             FindingAction::DeleteUser);
    QCOMPARE(namesOf(findingOf(*r, FindingKind::NoRole)), QStringList());
    QCOMPARE(namesOf(findingOf(*r, FindingKind::UnusedRoles)),
             QStringList({QStringLiteral("unused")}));
    QCOMPARE(namesOf(findingOf(*r, FindingKind::EmptyTeams)),
             QStringList({QStringLiteral("empty")}));
    QCOMPARE(findingOf(*r, FindingKind::EmptyTeams).rows.first().action, FindingAction::DeleteTeam);
    QCOMPARE(namesOf(findingOf(*r, FindingKind::DanglingAssignments)),
             QStringList({QStringLiteral("dora")}));

    // Fresh invitations are not stale yet; dora without her dangling role has none at all.
    r = AccessReview(s).run(14);
    QCOMPARE(namesOf(findingOf(*r, FindingKind::StaleInvitations)), QStringList());
    QVERIFY(sql::exec(db, QStringLiteral("DELETE FROM user_role_assignments WHERE workspace_id "
                                         "NOT IN (SELECT id FROM workspaces)"))
                .ok());
    r = AccessReview(s).run(14);
    QCOMPARE(namesOf(findingOf(*r, FindingKind::NoRole)), QStringList({QStringLiteral("dora")}));
    QCOMPARE(namesOf(findingOf(*r, FindingKind::DanglingAssignments)), QStringList());
}

void TestReview::findingsAbsent()
{
    // A fresh local profile: one global admin, nothing stale, nothing empty, nothing unused
    // except guest.
    AdminService &s = open(ProfileKind::Local);
    QVERIFY(s.createUser(
                 {QStringLiteral("zed"), {}, {}, QStringLiteral("pw"), {QStringLiteral("guest")}})
                .ok());
    auto r = AccessReview(s).run(0, QDateTime::currentDateTimeUtc().addDays(1));
    QVERIFY(r.ok());
    QVERIFY(!r->enforced);
    QCOMPARE(namesOf(findingOf(*r, FindingKind::WriteHolders)),
             QStringList({QStringLiteral("default")}));
    QCOMPARE(namesOf(findingOf(*r, FindingKind::Admins)), QStringList({QStringLiteral("default")}));
    for (FindingKind k :
         {FindingKind::InactiveWithRoles, FindingKind::StaleInvitations, FindingKind::NoRole,
          FindingKind::UnusedRoles, FindingKind::EmptyTeams, FindingKind::DanglingAssignments})
        QVERIFY2(findingOf(*r, k).rows.isEmpty(), qPrintable(findingOf(*r, k).key()));
}

void TestReview::pdfHoldsEveryFinding()
{
    AdminService &s = open(ProfileKind::Local);
    QVERIFY(s.createTeam(QStringLiteral("hollow"), {}).ok());
    auto r = AccessReview(s).run();
    QVERIFY(r.ok());
    const QString pdf = m_dir->filePath(QStringLiteral("review.pdf"));
    ReportHeader header{QStringLiteral("acme"), {}, {}, {}};
    QVERIFY(report::writePdf(*r, header, pdf).ok());
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QProcess extract;
    extract.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(extract.waitForFinished(60000));
    QCOMPARE(extract.exitCode(), 0);
    const QString text = QString::fromUtf8(extract.readAllStandardOutput()).simplified();
    QVERIFY(text.contains(QStringLiteral("Access review")));
    QVERIFY(text.contains(QStringLiteral("acme")));
    QVERIFY(text.contains(QStringLiteral("hollow")));
    for (const Finding &f : r->findings)
        QVERIFY2(text.contains(f.title()), qPrintable(f.title()));

    QVERIFY(
        !report::writePdf(*r, header, m_dir->filePath(QStringLiteral("no/such/dir/x.pdf"))).ok());
    const QString csv = report::csv(*r);
    QVERIFY(csv.startsWith(QStringLiteral("finding,count,entity_kind")));
    QVERIFY(csv.contains(QStringLiteral("empty-teams,1,team,")));
}

QTEST_MAIN(TestReview)
#include "tst_review.moc"
