// Behaviours of the test server that the recordings do not show but the contract README states:
// membership replacement, cascades, protections, filters, sorting, query validation.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using zenml::test::TestClient;
using zenml::test::TestServer;

class TestServerRules : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void teamUpdateReplacesMembershipAndBumpsOnlyTheTeam();
    void assignmentsChangeNoTimestamps();
    void roleProtections();
    void teamAssignmentDuplicatesAreKept();
    void workspaceProtectionsAndCascade();
    void userDeleteCascadesAndProtections();
    void invitationFlowByName();
    void filtersAndSorting();
    void queryValidation();
    void routingErrors();
    void olderReleaseDefaults();

private:
    QString createUser(const QString &name, const QString &password = QString());
    QStringList names(const TestClient::Answer &answer) const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_admin;
};

void TestServerRules::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->listen());
    m_admin = std::make_unique<TestClient>(m_server->baseUrl());
    QVERIFY(m_admin->login("default", ""));
}

QString TestServerRules::createUser(const QString &name, const QString &password)
{
    QJsonObject body{{"name", name}};
    if (!password.isNull())
        body.insert("password", password);
    return m_admin->post("/api/v1/users", body).json().toObject().value("id").toString();
}

QStringList TestServerRules::names(const TestClient::Answer &answer) const
{
    QStringList result;
    for (const QJsonValue &item : answer.json().toObject().value("items").toArray())
        result.append(item.toObject().value("name").toString());
    return result;
}

void TestServerRules::teamUpdateReplacesMembershipAndBumpsOnlyTheTeam()
{
    const QString alice = createUser("alice", "pw");
    const QString bob = createUser("bob", "pw");
    const QJsonObject team =
        m_admin
            ->post("/api/v1/teams", QJsonObject{{"name", "t"}, {"users", QJsonArray{alice, bob}}})
            .json()
            .toObject();
    QCOMPARE(team.value("users").toArray().size(), 2);
    const QString aliceUpdated = m_server->user("alice").value("updated").toString();
    const QString teamId = team.value("id").toString();

    auto replaced =
        m_admin->put("/api/v1/teams/" + teamId, QJsonObject{{"users", QJsonArray{bob}}});
    QCOMPARE(replaced.status, 200);
    QCOMPARE(replaced.json().toObject().value("users").toArray().size(), 1);
    QVERIFY(replaced.json().toObject().value("updated").toString() >
            team.value("updated").toString());
    QCOMPARE(m_server->user("alice").value("updated").toString(), aliceUpdated);
    QCOMPARE(m_server->user("bob").value("teams").toArray().size(), 1);

    auto renamed = m_admin->put("/api/v1/teams/" + teamId, QJsonObject{{"name", "t2"}});
    QCOMPARE(renamed.json().toObject().value("users").toArray().size(), 0); // absent users = none
    QCOMPARE(m_admin->put("/api/v1/teams/t2", QJsonObject{{"name", "t3"}}).status, 422);
}

void TestServerRules::assignmentsChangeNoTimestamps()
{
    const QString alice = createUser("alice", "pw");
    const QString before = m_server->user("alice").value("updated").toString();
    const auto created =
        m_admin->post("/api/v1/role_assignments",
                      QJsonObject{{"user", alice}, {"role", m_server->roleId("guest")}});
    QCOMPARE(created.status, 200);
    QCOMPARE(m_server->user("alice").value("updated").toString(), before);
    QCOMPARE(m_server->user("alice").value("roles").toArray().size(), 1);
    QCOMPARE(
        m_admin->del("/api/v1/role_assignments/" + created.json().toObject().value("id").toString())
            .status,
        200);
    QCOMPARE(m_server->user("alice").value("updated").toString(), before);
}

void TestServerRules::roleProtections()
{
    QCOMPARE(m_admin->put("/api/v1/roles/" + m_server->roleId("guest"), QJsonObject{{"name", "x"}})
                 .status,
             403);
    QCOMPARE(m_admin->del("/api/v1/roles/guest").status, 403);
    QCOMPARE(
        m_admin
            ->post("/api/v1/roles", QJsonObject{{"name", "r"}, {"permissions", QJsonArray{"read"}}})
            .status,
        200);
    QCOMPARE(m_admin->post("/api/v1/teams", QJsonObject{{"name", "t"}}).status, 200);
    QCOMPARE(
        m_admin
            ->post("/api/v1/team_role_assignments",
                   QJsonObject{{"team", m_server->teamId("t")}, {"role", m_server->roleId("r")}})
            .status,
        200);
    const auto refused = m_admin->del("/api/v1/roles/r"); // assigned to a team only
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.detail().contains("in use"));
    QVERIFY(m_server->removeTeam("t"));
    QCOMPARE(m_admin->del("/api/v1/roles/r").status, 200);
}

void TestServerRules::teamAssignmentDuplicatesAreKept()
{
    QCOMPARE(m_admin->post("/api/v1/teams", QJsonObject{{"name", "t"}}).status, 200);
    const QJsonObject body{{"team", m_server->teamId("t")}, {"role", m_server->roleId("guest")}};
    QCOMPARE(m_admin->post("/api/v1/team_role_assignments", body).status, 200);
    QCOMPARE(m_admin->post("/api/v1/team_role_assignments", body).status, 200);
    QCOMPARE(m_server->teamRoleAssignments().size(), 2);
    const auto listed =
        m_admin->get("/api/v1/team_role_assignments?team_id=" + m_server->teamId("t"));
    QCOMPARE(listed.json().toObject().value("total").toInt(), 2);
}

void TestServerRules::workspaceProtectionsAndCascade()
{
    QCOMPARE(m_admin->put("/api/v1/workspaces/default", QJsonObject{{"name", "other"}}).status,
             403);
    QCOMPARE(m_admin->del("/api/v1/workspaces/default").status, 403);
    QCOMPARE(m_admin->put("/api/v1/workspaces/default", QJsonObject{{"description", "d"}}).status,
             200);
    QCOMPARE(m_admin->post("/api/v1/workspaces", QJsonObject{{"name", "ws"}}).status, 200);
    QCOMPARE(m_admin->post("/api/v1/workspaces", QJsonObject{{"name", "ws"}}).status, 409);
    QCOMPARE(m_admin->post("/api/v1/teams", QJsonObject{{"name", "t"}}).status, 200);
    QCOMPARE(m_admin
                 ->post("/api/v1/team_role_assignments",
                        QJsonObject{{"team", m_server->teamId("t")},
                                    {"role", m_server->roleId("guest")},
                                    {"workspace", m_server->workspaceId("ws")}})
                 .status,
             200);
    QCOMPARE(m_admin->get("/api/v1/workspaces/ws/team_role_assignments")
                 .json()
                 .toObject()
                 .value("total")
                 .toInt(),
             1);
    QCOMPARE(m_admin->del("/api/v1/workspaces/ws").status, 200);
    QCOMPARE(m_server->teamRoleAssignments().size(), 0);
}

void TestServerRules::userDeleteCascadesAndProtections()
{
    const QString alice = createUser("alice", "pw");
    QVERIFY(!m_server->assignRole("alice", "admin").isEmpty());
    QCOMPARE(
        m_admin->post("/api/v1/teams", QJsonObject{{"name", "t"}, {"users", QJsonArray{alice}}})
            .status,
        200);
    TestClient asAlice(m_server->baseUrl());
    QVERIFY(asAlice.login("alice", "pw"));
    QCOMPARE(asAlice.del("/api/v1/users/default").status, 403); // the default user, by someone else
    QCOMPARE(asAlice.del("/api/v1/users/alice").status, 403);   // oneself
    QCOMPARE(m_admin->del("/api/v1/users/alice").status, 200);
    QCOMPARE(m_server->roleAssignments().size(), 1);
    QCOMPARE(m_server->teams().at(0).toObject().value("users").toArray().size(), 0);
    QCOMPARE(asAlice.get("/api/v1/current-user").status, 401);
}

void TestServerRules::invitationFlowByName()
{
    const auto invited = m_admin->post("/api/v1/users", QJsonObject{{"name", "ivy"}});
    const QString token = invited.json().toObject().value("activation_token").toString();
    QCOMPARE(token.size(), 64);
    QCOMPARE(m_server->activationToken("ivy"), token);
    TestClient anonymous(m_server->baseUrl());
    QCOMPARE(anonymous.login("ivy", ""), false);
    const auto activated =
        anonymous.put("/api/v1/users/ivy/activate",
                      QJsonObject{{"password", "new"}, {"activation_token", token}});
    QCOMPARE(activated.status, 200);
    QCOMPARE(activated.json().toObject().value("active").toBool(), true);
    QCOMPARE(anonymous
                 .put("/api/v1/users/ivy/activate",
                      QJsonObject{{"password", "x"}, {"activation_token", token}})
                 .status,
             401); // used up
    QVERIFY(anonymous.login("ivy", "new"));
    const auto renewed = m_admin->put("/api/v1/users/ivy/deactivate");
    QCOMPARE(renewed.json().toObject().value("active").toBool(), false);
    QVERIFY(renewed.json().toObject().value("activation_token").toString() != token);
    QCOMPARE(m_admin->get("/api/v1/users/ivy").json().toObject().value("activation_token"),
             QJsonValue());
}

void TestServerRules::filtersAndSorting()
{
    for (const char *name : {"anna", "Andy", "bert", "carla"})
        createUser(QString::fromLatin1(name), "pw");
    createUser("dora"); // inactive: invited
    QCOMPARE(names(m_admin->get("/api/v1/users?name=startswith:an&sort_by=asc:name")),
             QStringList({"Andy", "anna"}));
    QCOMPARE(names(m_admin->get("/api/v1/users?name=endswith:a&sort_by=desc:name")),
             QStringList({"dora", "carla", "anna"}));
    QCOMPARE(names(m_admin->get("/api/v1/users?active=false")), QStringList({"dora"}));
    QCOMPARE(names(m_admin->get("/api/v1/users?logical_operator=or&name=bert&active=false")),
             QStringList({"bert", "dora"}));
    QVERIFY(m_server->touchUser("anna", {{"full_name", "A"}}));
    QCOMPARE(names(m_admin->get("/api/v1/users?sort_by=desc:updated&size=1")),
             QStringList({"anna"}));
    const auto future = m_admin->get("/api/v1/users?created=gte:2999-01-01%2000:00:00");
    QCOMPARE(future.json().toObject().value("total").toInt(), 0);
    const auto past = m_admin->get("/api/v1/users?created=lt:2999-01-01%2000:00:00&size=2&page=3");
    QCOMPARE(past.json().toObject().value("index").toInt(), 3);
    QCOMPARE(names(past), QStringList({"carla", "dora"}));
}

void TestServerRules::queryValidation()
{
    for (const char *query : {"page=0", "size=0", "size=x", "logical_operator=xor"}) {
        const auto answer = m_admin->get(QStringLiteral("/api/v1/users?") + query);
        QCOMPARE(answer.status, 422);
        QVERIFY2(answer.json().isArray(), qPrintable(query));
    }
    const auto sort = m_admin->get("/api/v1/roles?sort_by=desc:bogus");
    QCOMPARE(sort.status, 422);
    QCOMPARE(
        sort.json().toObject().value("detail").toArray().at(0).toObject().value("msg").toString(),
        "You can only sort by valid fields of this resource");
    QCOMPARE(m_admin->get("/api/v1/users?page=2").status, 400);
    QCOMPARE(m_admin
                 ->post("/api/v1/roles",
                        QJsonObject{{"name", QString(256, 'x')}, {"permissions", QJsonArray()}})
                 .status,
             422);
}

void TestServerRules::routingErrors()
{
    QCOMPARE(m_admin->get("/api/v1/teams/").status, 404);
    QCOMPARE(m_admin->get("/api/v1/nothing").status, 404);
    QCOMPARE(m_admin->get("/api/v2/users").status, 404);
    QCOMPARE(m_admin->send("PATCH", "/api/v1/roles/admin", QJsonObject{}).status, 405);
    QCOMPARE(m_admin->del("/api/v1/role_assignments/not-a-uuid").status, 422);
    const auto json =
        m_admin->sendRaw("POST", "/api/v1/login", R"({"username":"default"})", "application/json");
    QCOMPARE(json.status, 400);
}

void TestServerRules::olderReleaseDefaults()
{
    m_server->setVersion("0.43.0");
    const auto list = m_admin->get("/api/v1/users");
    QCOMPARE(list.json().toObject().value("max_size").toInt(), 50);
    QVERIFY(!list.json().toObject().value("items").toArray().at(0).toObject().contains(
        "is_service_account"));
    QCOMPARE(m_admin->get("/api/v1/logout").status, 404);
    QVERIFY(!m_admin->get("/api/v1/info").json().toObject().contains("auth_scheme"));
}

QTEST_GUILESS_MAIN(TestServerRules)
#include "tst_testserver_rules.moc"
