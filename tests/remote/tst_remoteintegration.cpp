// The REST client against the project's test ZenML server (tests/support), on 0.47 and 0.43:
// log in, list, create and delete, page through a big collection, and survive injected faults.

#include "remote/jobwaiter.h"
#include "remote/remoteapi.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace zenml;
using namespace zenml::remote;
using zenml::test::Fault;
using zenml::test::TestServer;

class TestRemoteIntegration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void userLifecycle_data();
    void userLifecycle();
    void teamsRolesWorkspaces();
    void pathPrefixAndPaging();
    void faults_data();
    void faults();

private:
    RemoteApi signedIn();

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TestServer> m_server;
};

void TestRemoteIntegration::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->listen(0));
}

void TestRemoteIntegration::cleanup()
{
    m_server.reset();
    m_network.reset();
}

RemoteApi TestRemoteIntegration::signedIn()
{
    ServerEndpoint ep;
    ep.baseUrl = m_server->baseUrl();
    ep.timeout = std::chrono::milliseconds(5000);
    RemoteApi api(m_network.get(), ep);
    const auto login = awaitJob(api.login(QStringLiteral("default"), QString()));
    if (login.ok())
        api.setToken(login->accessToken);
    else
        qWarning("login failed: %s", qPrintable(login.error().message));
    return api;
}

void TestRemoteIntegration::userLifecycle_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("0.47.0") << "0.47.0";
    QTest::newRow("0.43.0") << "0.43.0";
    QTest::newRow("0.39.1") << "0.39.1";
}

void TestRemoteIntegration::userLifecycle()
{
    QFETCH(QString, version);
    m_server->setVersion(version);
    m_server->reset();
    RemoteApi api = signedIn();
    QVERIFY(!api.endpoint().token.isEmpty());

    const auto info = awaitJob(api.serverInfo());
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QCOMPARE(info->version, version);
    QVERIFY(Compatibility::check(*info).ok());

    const auto me = awaitJob(api.currentUser());
    QVERIFY(me.ok());
    QCOMPARE(me->value.name, QStringLiteral("default"));

    const auto users = awaitJob(api.listUsers());
    QVERIFY2(users.ok(), qPrintable(users.ok() ? QString() : users.error().message));
    QCOMPARE(users->size(), 1);
    const auto roles = awaitJob(api.listRoles(ListQuery().sortBy(QStringLiteral("asc:name"))));
    QVERIFY(roles.ok());
    QCOMPARE(roles->size(), 2);
    QCOMPARE(roles->at(0).value.name, QStringLiteral("admin"));
    const auto assignments = awaitJob(api.listUserAssignments());
    QVERIFY(assignments.ok());
    QCOMPARE(assignments->size(), 1);
    QCOMPARE(assignments->first().value.subjectId, me->value.id);
    QVERIFY(assignments->first().value.isGlobal());

    // An invitation: inactive user with a one-time token, then a guest role.
    UserChanges fields;
    fields.fullName = QStringLiteral("Zoe Z");
    const auto zoe = awaitJob(api.createUser(QStringLiteral("zoe"), fields));
    QVERIFY2(zoe.ok(), qPrintable(zoe.ok() ? QString() : zoe.error().message));
    QVERIFY(!zoe->value.active);
    QCOMPARE(zoe->activationToken, m_server->activationToken(QStringLiteral("zoe")));
    const auto guest = std::find_if(roles->begin(), roles->end(), [](const RemoteRole &r) {
        return r.value.name == QLatin1String("guest");
    });
    QVERIFY(guest != roles->end());
    const auto assigned = awaitJob(api.createUserAssignment(zoe->value.id, guest->value.id));
    QVERIFY(assigned.ok());
    const auto again = awaitJob(api.createUserAssignment(zoe->value.id, guest->value.id));
    QCOMPARE(again.error().kind, ErrorKind::AlreadyExists);
    const auto zoes = awaitJob(
        api.listUserAssignments(ListQuery().where(QStringLiteral("user_id"), zoe->value.id)));
    QVERIFY(zoes.ok());
    QCOMPARE(zoes->size(), 1);

    const auto renewed = awaitJob(api.deactivateUser(zoe->value.id));
    QVERIFY(renewed.ok());
    QCOMPARE(renewed->activationToken.size(), 64);
    QVERIFY(renewed->activationToken != zoe->activationToken);
    const auto activated =
        awaitJob(api.activateUser(zoe->value.id, QStringLiteral("zoepass1"),
                                  renewed->activationToken, QStringLiteral("zoe")));
    QVERIFY2(activated.ok(), qPrintable(activated.ok() ? QString() : activated.error().message));
    QVERIFY(activated->value.active);
    QVERIFY(activated->activationToken.isEmpty());

    UserChanges rename;
    rename.fullName = QStringLiteral("Zoe Renamed");
    const auto updated = awaitJob(api.updateUser(zoe->value.id, rename));
    QVERIFY(updated.ok());
    QCOMPARE(updated->value.fullName, QStringLiteral("Zoe Renamed"));
    QVERIFY(updated->rawUpdated != zoe->rawUpdated);

    QVERIFY(awaitJob(api.deleteUserAssignment(assigned->value.id)).ok());
    QVERIFY(awaitJob(api.deleteUser(zoe->value.id)).ok());
    const auto gone = awaitJob(api.getUser(zoe->value.id));
    QCOMPARE(gone.error().kind, ErrorKind::NotFound);
    QVERIFY(!gone.error().message.startsWith(QLatin1Char('"')));
    QVERIFY(!gone.error().message.startsWith(QLatin1Char('\'')));
    const auto self = awaitJob(api.deleteUser(QStringLiteral("default")));
    QCOMPARE(self.error().kind, ErrorKind::Forbidden);
}

void TestRemoteIntegration::teamsRolesWorkspaces()
{
    RemoteApi api = signedIn();
    const QString defaultId = m_server->userId(QStringLiteral("default"));
    const auto team = awaitJob(api.createTeam(QStringLiteral("team1"), {defaultId}));
    QVERIFY2(team.ok(), qPrintable(team.ok() ? QString() : team.error().message));
    QCOMPARE(team->value.memberIds, QStringList{defaultId});
    TeamChanges members;
    members.memberIds = QStringList{};
    const auto emptied = awaitJob(api.updateTeam(team->value.id, members));
    QVERIFY(emptied.ok());
    QVERIFY(emptied->value.memberIds.isEmpty());

    const auto role =
        awaitJob(api.createRole(QStringLiteral("ops"), Permission::Read | Permission::Write));
    QVERIFY(role.ok());
    RoleChanges perms;
    perms.permissions = Permissions(Permission::Me);
    const auto changed = awaitJob(api.updateRole(role->value.id, perms));
    QVERIFY(changed.ok());
    QCOMPARE(changed->value.permissions, Permissions(Permission::Me));

    const auto ws = awaitJob(api.createWorkspace(QStringLiteral("ws2"), QStringLiteral("second")));
    QVERIFY(ws.ok());
    const auto ta =
        awaitJob(api.createTeamAssignment(team->value.id, role->value.id, ws->value.id));
    QVERIFY2(ta.ok(), qPrintable(ta.ok() ? QString() : ta.error().message));
    QCOMPARE(ta->value.workspaceId, ws->value.id);
    const auto tas = awaitJob(
        api.listTeamAssignments(ListQuery().where(QStringLiteral("team_id"), team->value.id)));
    QVERIFY(tas.ok());
    QCOMPARE(tas->size(), 1);
    QCOMPARE(tas->first().value.subjectKind, SubjectKind::Team);
    const auto workspaces = awaitJob(api.listWorkspaces());
    QVERIFY(workspaces.ok());
    QCOMPARE(workspaces->size(), 2);

    QVERIFY(awaitJob(api.deleteTeamAssignment(ta->value.id)).ok());
    QVERIFY(awaitJob(api.deleteTeam(team->value.id)).ok());
    QVERIFY(awaitJob(api.deleteRole(role->value.id)).ok());
    QVERIFY(awaitJob(api.deleteWorkspace(ws->value.id)).ok());
    QCOMPARE(awaitJob(api.deleteRole(QStringLiteral("admin"))).error().kind, ErrorKind::Forbidden);
}

void TestRemoteIntegration::pathPrefixAndPaging()
{
    m_server->setPathPrefix(QStringLiteral("/zen"));
    m_server->seed(40, 0, 0, 0);
    RemoteApi api = signedIn();
    QVERIFY(api.endpoint().baseUrl.path().startsWith(QLatin1String("/zen")));
    auto *job = api.listUsers(ListQuery().pageSize(7));
    QSignalSpy progress(job, &ListJob::progress);
    const auto users = awaitJob(job);
    QVERIFY2(users.ok(), qPrintable(users.ok() ? QString() : users.error().message));
    QCOMPARE(users->size(), 41);
    QCOMPARE(progress.size(), 6);
    QCOMPARE(progress.last(), (QList<QVariant>{6, 6}));
    QSet<QString> ids;
    for (const auto &u : *users)
        ids.insert(u.value.id);
    QCOMPARE(ids.size(), 41);
}

void TestRemoteIntegration::faults_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("kind");
    QTest::newRow("hang") << int(Fault::Hang) << int(ErrorKind::Timeout);
    QTest::newRow("drop") << int(Fault::DropConnection) << int(ErrorKind::Network);
    QTest::newRow("500") << int(Fault::ServerError500) << int(ErrorKind::Server);
    QTest::newRow("503") << int(Fault::ServiceUnavailable503) << int(ErrorKind::Server);
    QTest::newRow("malformed") << int(Fault::MalformedJson) << int(ErrorKind::Protocol);
    // Headers promise the whole body, then the socket closes: a dropped connection (transient),
    // not a contract violation; a complete answer with cut JSON is Protocol (tst_remotejobs).
    QTest::newRow("truncated") << int(Fault::TruncatedJson) << int(ErrorKind::Network);
    QTest::newRow("html") << int(Fault::Html) << int(ErrorKind::Protocol);
    QTest::newRow("401") << int(Fault::Unauthorized401) << int(ErrorKind::Unauthorized);
}

void TestRemoteIntegration::faults()
{
    QFETCH(int, fault);
    QFETCH(int, kind);
    RemoteApi api = signedIn();
    ServerEndpoint ep = api.endpoint();
    ep.timeout = std::chrono::milliseconds(400);
    api.setEndpoint(ep);
    // Every time: Qt itself resends an idempotent GET once when a connection dies unanswered.
    m_server->injectFault(QStringLiteral("GET"), QStringLiteral("^/api/v1/roles$"), Fault(fault),
                          -1);
    const auto roles = awaitJob(api.listRoles());
    QVERIFY(!roles.ok());
    QCOMPARE(int(roles.error().kind), kind);
    QVERIFY(!roles.error().message.isEmpty());
    m_server->clearFaults();
    const auto retry = awaitJob(api.listRoles());
    QVERIFY2(retry.ok(), qPrintable(retry.ok() ? QString() : retry.error().message));
}

QTEST_GUILESS_MAIN(TestRemoteIntegration)
#include "tst_remoteintegration.moc"
