// The access model as a file: byte-identical exports, every problem with its place, the plan of
// each kind of change, apply as one transaction through the facade, idempotence and --prune.
#include "access/accessjson.h"
#include "access/accessplan.h"
#include "access/accessyaml.h"
#include "access/mirrorsnapshot.h"
#include "access/planapplier.h"
#include "service/adminservice.h"
#include "service/profilemanager.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using namespace zenml::access;

class TestAccessFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exportIsStableAndRoundTrips_data();
    void exportIsStableAndRoundTrips();
    void awkwardTextSurvives();
    void yamlProblemsCarryTheirPlace();
    void jsonProblemsCarryTheirPlace();
    void planShowsEachKindOfChange();
    void secondApplyQueuesNothing();
    void pruneDeletesOnlyWhenAsked();
    void refusedFileQueuesNothing();
    void serverApplyQueuesInDependencyOrder();

private:
    AdminService &open(const QString &name, ProfileKind kind = ProfileKind::Local);
    static void seed(AdminService &s);
    static AccessPlan planOf(AdminService &s, const QByteArray &yaml, bool prune = false);
    static QByteArray exportYaml(AdminService &s);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileManager> m_profiles;
    std::vector<std::unique_ptr<LocalStore>> m_stores;
    std::vector<std::unique_ptr<AdminService>> m_services;
};

void TestAccessFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileManager>(m_dir->filePath(QStringLiteral("data")));
}

void TestAccessFile::cleanup()
{
    m_services.clear();
    m_stores.clear();
    m_profiles.reset();
    m_dir.reset();
}

AdminService &TestAccessFile::open(const QString &name, ProfileKind kind)
{
    const auto created = kind == ProfileKind::Local
                             ? m_profiles->createLocal(name)
                             : m_profiles->createServer(name, QStringLiteral("https://zenml.test"),
                                                        QStringLiteral("admin"));
    if (!created)
        qFatal("%s", qPrintable(created.error().message));
    auto store = m_profiles->open(name);
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    m_stores.push_back(std::move(store.value()));
    m_services.push_back(std::make_unique<AdminService>(*m_stores.back(), kind));
    return *m_services.back();
}

void TestAccessFile::seed(AdminService &s)
{
    QVERIFY(s.createWorkspace(QStringLiteral("research"), QStringLiteral("The lab")).ok());
    QVERIFY(s.createRole(QStringLiteral("dev"), Permission::Read | Permission::Write).ok());
    for (const char *name : {"zoe", "alice", "bob"}) {
        UserDraft d;
        d.name = QString::fromLatin1(name);
        d.fullName = d.name.toUpper();
        d.email = d.name + QStringLiteral("@example.com");
        d.password = QStringLiteral("pw");
        QVERIFY(s.createUser(d).ok());
    }
    QVERIFY(
        s.createTeam(QStringLiteral("eng"), {QStringLiteral("zoe"), QStringLiteral("alice")}).ok());
    QVERIFY(s.assignRole(
                 {QStringLiteral("dev"), {QStringLiteral("bob")}, {}, QStringLiteral("research")})
                .ok());
    QVERIFY(s.assignRole({QStringLiteral("guest"), {}, {QStringLiteral("eng")}, {}}).ok());
}

QByteArray TestAccessFile::exportYaml(AdminService &s)
{
    auto snap = snapshotOf(s.store());
    if (!snap)
        qFatal("%s", qPrintable(snap.error().message));
    return toYaml(snap->model);
}

AccessPlan TestAccessFile::planOf(AdminService &s, const QByteArray &yaml, bool prune)
{
    QList<Problem> problems;
    const AccessModel file = fromYaml(yaml, problems);
    auto snap = snapshotOf(s.store());
    if (!snap)
        qFatal("%s", qPrintable(snap.error().message));
    return makePlan(file, *snap, prune, problems);
}

void TestAccessFile::exportIsStableAndRoundTrips_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("yaml") << false;
    QTest::newRow("json") << true;
}

void TestAccessFile::exportIsStableAndRoundTrips()
{
    QFETCH(bool, json);
    AdminService &source = open(QStringLiteral("source"));
    seed(source);
    auto snap = snapshotOf(source.store());
    QVERIFY(snap.ok());
    const QByteArray first = json ? toJson(snap->model) : toYaml(snap->model);
    QCOMPARE(json ? toJson(snapshotOf(source.store())->model)
                  : toYaml(snapshotOf(source.store())->model),
             first);
    QVERIFY(first.contains("alice"));
    QVERIFY(!first.contains("@example.com\n  password"));

    AdminService &target = open(QStringLiteral("target"));
    QList<Problem> problems;
    const AccessModel file = json ? fromJson(first, problems) : fromYaml(first, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    auto targetSnap = snapshotOf(target.store());
    QVERIFY(targetSnap.ok());
    const AccessPlan plan = makePlan(file, *targetSnap, false);
    QVERIFY(plan.problems.isEmpty());
    QVERIFY(!plan.isEmpty());
    QVERIFY(applyPlan(target, plan).ok());
    auto after = snapshotOf(target.store());
    QVERIFY(after.ok());
    QCOMPARE(json ? toJson(after->model) : toYaml(after->model), first);
}

void TestAccessFile::awkwardTextSurvives()
{
    AccessModel m;
    const QStringList names{QStringLiteral("true"),           QStringLiteral("123"),
                            QStringLiteral("a: b"),           QStringLiteral("- x"),
                            QStringLiteral("Zoë \"Z\" Ünal"), QStringLiteral("#hash"),
                            QStringLiteral("null"),           QStringLiteral("line\nbreak")};
    for (const QString &n : names)
        m.workspaces << WorkspaceEntry{n, n, false, {}};
    m.normalize();
    for (bool json : {false, true}) {
        QList<Problem> problems;
        const QByteArray bytes = json ? toJson(m) : toYaml(m);
        const AccessModel back = json ? fromJson(bytes, problems) : fromYaml(bytes, problems);
        QVERIFY2(problems.isEmpty(), bytes.constData());
        QCOMPARE(back.workspaces.size(), names.size());
        for (qsizetype i = 0; i < names.size(); ++i) {
            QCOMPARE(back.workspaces.at(i).name, m.workspaces.at(i).name);
            QCOMPARE(back.workspaces.at(i).description, m.workspaces.at(i).description);
        }
    }
}

void TestAccessFile::yamlProblemsCarryTheirPlace()
{
    QList<Problem> problems;
    fromYaml("version: 1\nroles:\n  - name: x\n    permissions: [read, fly]\n"
             "users:\n  - name: a\n    colour: red\n  - name: a\n",
             problems);
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0).at.line, 4);
    QCOMPARE(problems.at(0).at.column, 25);
    QVERIFY(problems.at(0).message.contains(QLatin1String("fly")));
    QCOMPARE(problems.at(1).at.line, 7);
    QVERIFY(problems.at(1).message.contains(QLatin1String("colour")));
    QCOMPARE(problems.at(2).at.line, 8);
    QVERIFY(problems.at(2).message.contains(QLatin1String("line 6")));

    problems.clear();
    fromYaml("version: 1\nusers: [\n  {name: a\n", problems);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.at(0).at.line >= 3);

    problems.clear();
    fromYaml("version: 2\n", problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).at.line, 1);
}

void TestAccessFile::jsonProblemsCarryTheirPlace()
{
    QList<Problem> problems;
    fromJson("{\n  \"version\": 1,\n  \"teams\": [\n    {\"name\": \"t\", \"members\": [1, {}]}\n"
             "  ]\n}\n",
             problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).at.line, 4);
    QCOMPARE(problems.at(0).at.column, 34);

    problems.clear();
    fromJson("{\n  \"version\": 1,\n  \"teams\": [,]\n}\n", problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).at.line, 3);
}

void TestAccessFile::planShowsEachKindOfChange()
{
    AdminService &s = open(QStringLiteral("p"));
    seed(s);
    QByteArray yaml = exportYaml(s);
    yaml.replace("description: The lab", "description: The new lab");
    yaml.replace("permissions: [read, write]\n", "permissions: [read]\n");
    yaml.replace("full_name: ZOE", "full_name: Zoe Z");
    yaml.replace("members: [alice, zoe]", "members: [alice, bob]\n- name: ops\n  members: [zoe]");
    yaml.replace("assignments:\n", "assignments:\n- user: zoe\n  role: dev\n");
    const AccessPlan plan = planOf(s, yaml);
    QVERIFY(plan.problems.isEmpty());
    QCOMPARE(plan.count(ChangeKind::Workspace, Action::Update), 1);
    QCOMPARE(plan.count(ChangeKind::Role, Action::Update), 1);
    QCOMPARE(plan.count(ChangeKind::User, Action::Update), 1);
    QCOMPARE(plan.count(ChangeKind::Team, Action::Update), 1);
    QCOMPARE(plan.count(ChangeKind::Team, Action::Create), 1);
    QCOMPARE(plan.count(ChangeKind::Assignment, Action::Create), 1);
    QCOMPARE(plan.count(Action::Delete), 0);
    const QString text = planText(plan);
    QVERIFY2(text.contains(QStringLiteral("permissions: \"read, write\" → \"read\"")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("full_name: \"ZOE\" → \"Zoe Z\"")));
    QVERIFY(text.contains(QStringLiteral("Plan: 2 to create, 4 to update, 0 to delete.")));
    const QJsonObject json = planJson(plan);
    QCOMPARE(
        json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("update")).toInt(),
        4);

    QVERIFY(applyPlan(s, plan).ok());
    QVERIFY(planOf(s, yaml).isEmpty());
    QCOMPARE(s.team(QStringLiteral("ops"))->memberIds.size(), 1);
}

void TestAccessFile::secondApplyQueuesNothing()
{
    AdminService &s = open(QStringLiteral("srv"), ProfileKind::Server);
    const QByteArray yaml = "version: 1\nroles:\n- name: dev\n  permissions: [read]\n"
                            "users:\n- name: ann\n  active: false\n"
                            "assignments:\n- user: ann\n  role: dev\n";
    const AccessPlan plan = planOf(s, yaml);
    QCOMPARE(plan.changes.size(), 3);
    QVERIFY(applyPlan(s, plan).ok());
    const int queued = s.store().outbox().count({}).value();
    QVERIFY(queued >= 3);
    const AccessPlan again = planOf(s, yaml);
    QVERIFY(again.isEmpty());
    QVERIFY(applyPlan(s, again).ok());
    QCOMPARE(s.store().outbox().count({}).value(), queued);
}

void TestAccessFile::pruneDeletesOnlyWhenAsked()
{
    AdminService &s = open(QStringLiteral("prune"));
    seed(s);
    const QByteArray yaml = "version: 1\nusers:\n- name: alice\n  full_name: ALICE\n"
                            "  email: alice@example.com\n";
    const AccessPlan kept = planOf(s, yaml);
    QCOMPARE(kept.count(Action::Delete), 0);
    QVERIFY(kept.isEmpty());

    const AccessPlan pruned = planOf(s, yaml, true);
    QVERIFY(pruned.problems.isEmpty());
    QCOMPARE(pruned.count(ChangeKind::User, Action::Delete), 2); // bob, zoe; never default
    QCOMPARE(pruned.count(ChangeKind::Team, Action::Delete), 1);
    QCOMPARE(pruned.count(ChangeKind::Role, Action::Delete), 1); // dev; never admin or guest
    QCOMPARE(pruned.count(ChangeKind::Workspace, Action::Delete), 1);
    QCOMPARE(pruned.count(ChangeKind::Assignment, Action::Delete), 2); // not default's admin
    // Revokes come before the deletes they make possible.
    int lastRevoke = -1, firstDelete = int(pruned.changes.size());
    for (int i = 0; i < pruned.changes.size(); ++i) {
        const PlanChange &c = pruned.changes.at(i);
        if (c.kind == ChangeKind::Assignment)
            lastRevoke = i;
        else
            firstDelete = std::min(firstDelete, i);
    }
    QVERIFY(lastRevoke < firstDelete);
    QVERIFY2(applyPlan(s, pruned).ok(), qPrintable(applyPlan(s, pruned).error().message));
    QCOMPARE(s.users()->size(), 2);
    QVERIFY(planOf(s, yaml, true).isEmpty());
}

void TestAccessFile::refusedFileQueuesNothing()
{
    AdminService &s = open(QStringLiteral("refuse")); // a local profile has the built-in roles
    const QByteArray before = exportYaml(s);
    const QByteArray yaml = "version: 1\n"            // 1
                            "roles:\n"                // 2
                            "- name: admin\n"         // 3
                            "  permissions: [read]\n" // 4
                            "- name: dev\n"           // 5
                            "  permissions: [root]\n" // 6
                            "users:\n"                // 7
                            "- name: ann\n"           // 8
                            "- name: ann\n"           // 9
                            "assignments:\n"          // 10
                            "- user: ghost\n"         // 11
                            "  role: guest\n";        // 12
    const AccessPlan plan = planOf(s, yaml);
    QCOMPARE(plan.problems.size(), 4);
    QList<int> lines;
    for (const Problem &p : plan.problems)
        lines << p.at.line;
    QCOMPARE(lines, (QList<int>{3, 6, 9, 11}));
    QVERIFY(plan.changes.isEmpty());
    QVERIFY(!applyPlan(s, plan).ok());
    QCOMPARE(exportYaml(s), before);
}

void TestAccessFile::serverApplyQueuesInDependencyOrder()
{
    AdminService &s = open(QStringLiteral("order"), ProfileKind::Server);
    const QByteArray yaml = "version: 1\n"
                            "assignments:\n- team: eng\n  role: dev\n  workspace: lab\n"
                            "teams:\n- name: eng\n  members: [ann]\n"
                            "users:\n- name: ann\n  active: false\n"
                            "roles:\n- name: dev\n  permissions: [read]\n"
                            "workspaces:\n- name: lab\n";
    const AccessPlan plan = planOf(s, yaml);
    QVERIFY(plan.problems.isEmpty());
    QVERIFY(applyPlan(s, plan).ok());
    QStringList kinds;
    const QList<OutboxOperation> ops = s.store().outbox().list().value();
    for (const OutboxOperation &op : ops)
        kinds << entitykind::key(op.entityKind);
    kinds.removeDuplicates();
    QCOMPARE(kinds, (QStringList{QStringLiteral("workspace"), QStringLiteral("role"),
                                 QStringLiteral("user"), QStringLiteral("team"),
                                 entitykind::key(EntityKind::TeamRoleAssignment)}));
}

QTEST_GUILESS_MAIN(TestAccessFile)
#include "tst_accessfile.moc"
