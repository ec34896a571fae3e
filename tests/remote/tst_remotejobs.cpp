// The REST jobs over real loopback HTTP against a canned server: requests as the contract wants
// them, answers parsed, every page fetched, and each kind of failure mapped to its ErrorKind.

#include "cannedserver.h"
#include "remote/jobwaiter.h"
#include "remote/remoteapi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace zenml;
using namespace zenml::remote;
using zenml::remotetest::CannedServer;

namespace {

QJsonArray recorded()
{
    QFile file(QStringLiteral(ZENML_REMOTE_TEST_DATA "/recorded-0.47.0.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("exchanges"))
        .toArray();
}

QByteArray bodyOf(const QJsonArray &all, int i)
{
    const QJsonValue v = all.at(i).toObject().value(QStringLiteral("response_json"));
    return v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
}

// Records what a job's finished() delivered (Result has no default constructor, so QSignalSpy's
// QVariant copies cannot be read back).
template<typename Job> struct Outcome
{
    std::optional<typename Job::ResultType> result;
    int count = 0;
};

template<typename Job> std::shared_ptr<Outcome<Job>> watch(Job *job)
{
    auto outcome = std::make_shared<Outcome<Job>>();
    QObject::connect(job, &Job::finished, job, [outcome](const typename Job::ResultType &r) {
        outcome->result = r;
        ++outcome->count;
    });
    return outcome;
}

} // namespace

class TestRemoteJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void infoWithoutToken();
    void pathPrefix();
    void loginFormEncoded();
    void partialUpdateWithToken();
    void createAndDelete();
    void serverErrors();
    void pagingCombinesAllPages();
    void pagingFailsOnBadLaterPage();
    void pagingRestartsWhenRowsShift();
    void pagingGivesUpOnAChurningList();
    void refusedUuidNeedsNoNetwork();
    void redirects();
    void connectionRefused();
    void unknownHost();
    void faults_data();
    void faults();
    void timeout();
    void abortGivesCancelledOnce();

private:
    RemoteApi api(const QString &token = {}) const;

    QJsonArray m_recorded;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CannedServer> m_server;
};

void TestRemoteJobs::init()
{
    m_recorded = recorded();
    QVERIFY(m_recorded.size() > 100);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<CannedServer>();
    QVERIFY(m_server->start());
}

void TestRemoteJobs::cleanup()
{
    m_server.reset();
    m_network.reset();
}

RemoteApi TestRemoteJobs::api(const QString &token) const
{
    ServerEndpoint ep;
    ep.baseUrl = m_server->baseUrl();
    ep.token = token;
    ep.timeout = std::chrono::milliseconds(5000);
    return RemoteApi(m_network.get(), ep);
}

void TestRemoteJobs::infoWithoutToken()
{
    m_server->on("GET", "^/api/v1/info$", 200, bodyOf(m_recorded, 1));
    const auto info = awaitJob(api(QStringLiteral("secret-token")).serverInfo());
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QCOMPARE(info->version, QStringLiteral("0.47.0"));
    QVERIFY(Compatibility::check(*info).ok());

    QCOMPARE(m_server->requests().size(), 1);
    const auto &req = m_server->requests().first();
    QVERIFY(!req.headers.contains("authorization")); // /info needs none; do not spread the token
    QCOMPARE(req.headers.value("accept"), QByteArray("application/json"));
    QVERIFY(req.headers.value("user-agent").startsWith("zenml-admin/"));
}

void TestRemoteJobs::pathPrefix()
{
    m_server->on("GET", "^/zen/api/v1/version$", 200, "\"0.43.0\"");
    ServerEndpoint ep;
    ep.baseUrl = m_server->baseUrl();
    ep.baseUrl.setPath(QStringLiteral("/zen"));
    const auto version = awaitJob(RemoteApi(m_network.get(), ep).serverVersion());
    QVERIFY(version.ok());
    QCOMPARE(*version, QStringLiteral("0.43.0"));

    // Without the prefix, the route does not exist: /info says "is this a ZenML server?".
    const auto info = awaitJob(api().serverInfo());
    QVERIFY(!info.ok());
    QCOMPARE(info.error().kind, ErrorKind::Unsupported);
    QVERIFY(info.error().message.contains(QLatin1String("path prefix")));
}

void TestRemoteJobs::loginFormEncoded()
{
    m_server->on("POST", "^/api/v1/login$", 200, bodyOf(m_recorded, 7));
    const auto login = awaitJob(api().login(QStringLiteral("default"), QStringLiteral("p+w d&x")));
    QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : login.error().message));
    QCOMPARE(login->userId, QStringLiteral("602f6fe6-53dc-4435-b567-d591b0545350"));
    QVERIFY(login->permissions.testFlag(Permission::Write));

    const auto &req = m_server->requests().first();
    QCOMPARE(req.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
    const QUrlQuery form(QString::fromLatin1(req.body));
    QCOMPARE(form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded),
             QStringLiteral("default"));
    QCOMPARE(form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded),
             QStringLiteral("p+w d&x"));
    QVERIFY(!req.headers.contains("authorization"));

    m_server->on("POST", "^/api/v1/login$", 401, bodyOf(m_recorded, 4));
    const auto wrong = awaitJob(api().login(QStringLiteral("default"), QStringLiteral("bad")));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind, ErrorKind::Unauthorized);
    QCOMPARE(wrong.error().exceptionClass, QStringLiteral("AuthorizationException"));
}

void TestRemoteJobs::partialUpdateWithToken()
{
    m_server->on("PUT", "^/api/v1/users/[^/]+$", 200, bodyOf(m_recorded, 24));
    UserChanges changes;
    changes.fullName = QStringLiteral("Alice Updated");
    const QString id = QStringLiteral("689a4270-1216-42b9-ae70-baace48216f3");
    const auto user = awaitJob(api(QStringLiteral("tok")).updateUser(id, changes));
    QVERIFY(user.ok());
    QCOMPARE(user->value.fullName, QStringLiteral("Alice Updated"));
    QCOMPARE(user->rawUpdated, QStringLiteral("2026-11-26T17:49:40.366355"));

    const auto &req = m_server->requests().first();
    QCOMPARE(req.method, QByteArray("PUT"));
    QCOMPARE(req.path(), QStringLiteral("/api/v1/users/") + id);
    QCOMPARE(req.headers.value("authorization"), QByteArray("Bearer tok"));
    QCOMPARE(req.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(req.body).object(),
             (QJsonObject{{"full_name", "Alice Updated"}}));
}

void TestRemoteJobs::createAndDelete()
{
    m_server->on("POST", "^/api/v1/users$", 200, bodyOf(m_recorded, 14));
    m_server->on("DELETE", "^/api/v1/users/", 200, "null");
    UserChanges fields;
    fields.fullName = QStringLiteral("Alice A");
    const auto created =
        awaitJob(api(QStringLiteral("tok")).createUser(QStringLiteral("alice"), fields));
    QVERIFY(created.ok());
    QCOMPARE(created->activationToken.size(), 64);
    QCOMPARE(QJsonDocument::fromJson(m_server->requests().first().body).object(),
             (QJsonObject{{"name", "alice"}, {"full_name", "Alice A"}}));

    const auto gone = awaitJob(api(QStringLiteral("tok")).deleteUser(created->value.id));
    QVERIFY(gone.ok());
    QCOMPARE(m_server->requests().last().method, QByteArray("DELETE"));
}

void TestRemoteJobs::serverErrors()
{
    m_server->on("POST", "^/api/v1/users$", 409, bodyOf(m_recorded, 16));
    m_server->on("GET", "^/api/v1/users/nosuchuser$", 404, bodyOf(m_recorded, 23));
    m_server->on("POST", "^/api/v1/roles$", 403, bodyOf(m_recorded, 65));
    const auto dup = awaitJob(api(QStringLiteral("t")).createUser(QStringLiteral("alice")));
    QCOMPARE(dup.error().kind, ErrorKind::AlreadyExists);
    const auto missing = awaitJob(api(QStringLiteral("t")).getUser(QStringLiteral("nosuchuser")));
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QCOMPARE(missing.error().message,
             QStringLiteral("No user account with the 'nosuchuser' name or ID was found"));
    const auto denied =
        awaitJob(api(QStringLiteral("t")).createRole(QStringLiteral("x"), Permission::Read));
    QCOMPARE(denied.error().kind, ErrorKind::PermissionDenied);
    QCOMPARE(denied.error().httpStatus, 403);
}

void TestRemoteJobs::pagingCombinesAllPages()
{
    // Three pages of one user each (as the recording's size=1 listing), ids made distinct.
    const QJsonObject user = QJsonDocument::fromJson(bodyOf(m_recorded, 20)).object();
    m_server->on("GET", "^/api/v1/users$", [user](const CannedServer::Request &r) {
        const QUrlQuery q(r.query());
        const int page = q.queryItemValue(QStringLiteral("page")).toInt();
        QJsonObject item = user;
        item[QStringLiteral("id")] =
            QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(page);
        const QJsonObject body{{"index", page},
                               {"max_size", 1},
                               {"total_pages", 3},
                               {"total", 3},
                               {"items", QJsonArray{item}}};
        return CannedServer::Response{200, QJsonDocument(body).toJson()};
    });
    auto *job =
        api(QStringLiteral("t"))
            .listUsers(ListQuery().where(QStringLiteral("name"), QStringLiteral("contains:a")));
    QSignalSpy progress(job, &ListJob::progress);
    const auto users = awaitJob(job);
    QVERIFY2(users.ok(), qPrintable(users.ok() ? QString() : users.error().message));
    QCOMPARE(users->size(), 3);
    QCOMPARE(users->at(2).value.id, QStringLiteral("00000000-0000-4000-8000-000000000003"));
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.at(1), (QList<QVariant>{2, 3}));

    QCOMPARE(m_server->requests().size(), 3);
    const QUrlQuery q(m_server->requests().at(2).query());
    QCOMPARE(q.queryItemValue(QStringLiteral("page")), QStringLiteral("3"));
    QCOMPARE(q.queryItemValue(QStringLiteral("size")), QStringLiteral("1000"));
    QCOMPARE(q.queryItemValue(QStringLiteral("sort_by")), QStringLiteral("created"));
    QCOMPARE(q.queryItemValue(QStringLiteral("name")), QStringLiteral("contains:a"));
}

void TestRemoteJobs::pagingFailsOnBadLaterPage()
{
    const QJsonObject role = QJsonDocument::fromJson(bodyOf(m_recorded, 33)).object();
    m_server->on("GET", "^/api/v1/roles$", [role](const CannedServer::Request &r) {
        const int page = QUrlQuery(r.query()).queryItemValue(QStringLiteral("page")).toInt();
        QJsonObject item = role;
        if (page == 2)
            item.remove(QStringLiteral("permissions"));
        const QJsonObject body{{"index", page},
                               {"max_size", 1000},
                               {"total_pages", 2},
                               {"total", 1001},
                               {"items", QJsonArray{item}}};
        return CannedServer::Response{200, QJsonDocument(body).toJson()};
    });
    const auto roles = awaitJob(api(QStringLiteral("t")).listRoles());
    QVERIFY(!roles.ok());
    QCOMPARE(roles.error().kind, ErrorKind::Protocol);
    // Counted across pages: the first item of page 2 is the 1001st.
    QVERIFY2(roles.error().message.contains(QLatin1String("items[1000].permissions")),
             qPrintable(roles.error().message));
}

// Serves `rows` one per page (size 1), as the server's offset paging does.
static CannedServer::Response pageOf(const QJsonObject &proto, const QStringList &rows, int page)
{
    QJsonArray items;
    if (page >= 1 && page <= rows.size()) {
        QJsonObject item = proto;
        item[QStringLiteral("id")] = rows.at(page - 1);
        items.append(item);
    }
    const QJsonObject body{{"index", page},
                           {"max_size", 1},
                           {"total_pages", qMax(1, int(rows.size()))},
                           {"total", rows.size()},
                           {"items", items}};
    return CannedServer::Response{200, QJsonDocument(body).toJson()};
}

void TestRemoteJobs::pagingRestartsWhenRowsShift()
{
    // Row a is deleted right after page 1 was served: b slides onto page 1 and would be missed,
    // while a (gone) would be delivered. The changed total makes the job read again.
    const QJsonObject proto = QJsonDocument::fromJson(bodyOf(m_recorded, 20)).object();
    auto rows = std::make_shared<QStringList>(
        QStringList{QStringLiteral("00000000-0000-4000-8000-00000000000a"),
                    QStringLiteral("00000000-0000-4000-8000-00000000000b"),
                    QStringLiteral("00000000-0000-4000-8000-00000000000c")});
    auto served = std::make_shared<int>(0);
    m_server->on("GET", "^/api/v1/users$", [=](const CannedServer::Request &r) {
        const int page = QUrlQuery(r.query()).queryItemValue(QStringLiteral("page")).toInt();
        const auto response = pageOf(proto, *rows, page);
        if (++*served == 1)
            rows->removeFirst();
        return response;
    });
    const auto users = awaitJob(api(QStringLiteral("t")).listUsers());
    QVERIFY2(users.ok(), qPrintable(users.ok() ? QString() : users.error().message));
    QCOMPARE(users->size(), 2);
    QCOMPARE(users->at(0).value.id, rows->at(0));
    QCOMPARE(users->at(1).value.id, rows->at(1));
    QCOMPARE(m_server->requests().size(), 4); // 2 pages, then 2 pages again
}

void TestRemoteJobs::pagingGivesUpOnAChurningList()
{
    // A row is added after every request: no two pages ever agree on the total.
    const QJsonObject proto = QJsonDocument::fromJson(bodyOf(m_recorded, 20)).object();
    auto rows = std::make_shared<QStringList>(
        QStringList{QStringLiteral("00000000-0000-4000-8000-000000000001"),
                    QStringLiteral("00000000-0000-4000-8000-000000000002")});
    m_server->on("GET", "^/api/v1/users$", [=](const CannedServer::Request &r) {
        const int page = QUrlQuery(r.query()).queryItemValue(QStringLiteral("page")).toInt();
        const auto response = pageOf(proto, *rows, page);
        rows->append(QStringLiteral("00000000-0000-4000-8000-%1")
                         .arg(rows->size() + 1, 12, 10, QLatin1Char('0')));
        return response;
    });
    const auto users = awaitJob(api(QStringLiteral("t")).listUsers());
    QVERIFY(!users.ok());
    QCOMPARE(users.error().kind, ErrorKind::Server);
    QVERIFY(users.error().isTransient());
    QVERIFY(users.error().message.contains(QLatin1String("kept changing")));
    QCOMPARE(m_server->requests().size(), 2 * (ListJob::kMaxRestarts + 1));
}

void TestRemoteJobs::refusedUuidNeedsNoNetwork()
{
    TeamChanges changes;
    changes.name = QStringLiteral("renamed");
    auto *job = api(QStringLiteral("t")).updateTeam(QStringLiteral("team1"), changes);
    const auto outcome = watch(job);
    job->start();
    QCOMPARE(outcome->count, 0); // delivered asynchronously even without network traffic
    QTRY_COMPARE(outcome->count, 1);
    QCOMPARE(outcome->result->error().kind, ErrorKind::Usage);
    QVERIFY(m_server->requests().isEmpty());
}

void TestRemoteJobs::redirects()
{
    // Same origin: followed, and the token goes along.
    m_server->on("GET", "^/old/api/v1/current-user$", [](const CannedServer::Request &) {
        return CannedServer::Response{
            307, {}, "application/json", "Location: /api/v1/current-user\r\n"};
    });
    m_server->on("GET", "^/api/v1/current-user$", 200, bodyOf(m_recorded, 8));
    ServerEndpoint ep = api(QStringLiteral("tok")).endpoint();
    ep.baseUrl.setPath(QStringLiteral("/old"));
    const auto me = awaitJob(RemoteApi(m_network.get(), ep).currentUser());
    QVERIFY2(me.ok(), qPrintable(me.ok() ? QString() : me.error().message));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().last().headers.value("authorization"), QByteArray("Bearer tok"));

    // Another origin: not followed; the message names the new address.
    m_server->on("GET", "^/api/v1/users$", [](const CannedServer::Request &) {
        return CannedServer::Response{
            301, {}, "text/html", "Location: https://zenml.example.test/api/v1/users\r\n"};
    });
    const auto users = awaitJob(api(QStringLiteral("tok")).listUsers());
    QVERIFY(!users.ok());
    QCOMPARE(users.error().kind, ErrorKind::Protocol);
    QCOMPARE(users.error().httpStatus, 301);
    QVERIFY2(
        users.error().message.contains(QLatin1String("https://zenml.example.test/api/v1/users")),
        qPrintable(users.error().message));
    QCOMPARE(m_server->requests().size(), 3);
}

void TestRemoteJobs::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there any more
    ServerEndpoint ep;
    ep.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const auto info = awaitJob(RemoteApi(m_network.get(), ep).serverInfo());
    QVERIFY(!info.ok());
    QCOMPARE(info.error().kind, ErrorKind::Network);
    QVERIFY2(info.error().message.contains(QLatin1String("refused")),
             qPrintable(info.error().message));
}

void TestRemoteJobs::unknownHost()
{
    ServerEndpoint ep;
    ep.baseUrl = QUrl(QStringLiteral("http://nonexistent.invalid:8080"));
    const auto info = awaitJob(RemoteApi(m_network.get(), ep).serverInfo());
    QVERIFY(!info.ok());
    QCOMPARE(info.error().kind, ErrorKind::Network);
    QVERIFY2(info.error().message.contains(QLatin1String("nonexistent.invalid was not found")),
             qPrintable(info.error().message));
}

void TestRemoteJobs::faults_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("words");
    QTest::newRow("drop") << int(CannedServer::Fault::Drop) << int(ErrorKind::Network)
                          << "closed the connection";
    QTest::newRow("drop mid body") << int(CannedServer::Fault::DropMidBody)
                                   << int(ErrorKind::Network) << "closed the connection";
    QTest::newRow("truncated json")
        << int(CannedServer::Fault::TruncatedJson) << int(ErrorKind::Protocol) << "cut off";
    QTest::newRow("html") << int(CannedServer::Fault::Html) << int(ErrorKind::Protocol)
                          << "did not answer with JSON; is this a ZenML server?";
    QTest::newRow("500") << int(CannedServer::Fault::ServerError500) << int(ErrorKind::Server)
                         << "database is locked";
    QTest::newRow("401") << int(CannedServer::Fault::Unauthorized401)
                         << int(ErrorKind::Unauthorized) << "Not authenticated";
}

void TestRemoteJobs::faults()
{
    QFETCH(int, fault);
    QFETCH(int, kind);
    QFETCH(QString, words);
    m_server->on("GET", "^/api/v1/current-user$", 200, bodyOf(m_recorded, 8));
    // Every time: Qt itself resends an idempotent GET once when a connection dies unanswered.
    m_server->fault(QStringLiteral("^/api/v1/current-user$"), CannedServer::Fault(fault));
    const auto user = awaitJob(api(QStringLiteral("t")).currentUser());
    QVERIFY(!user.ok());
    QCOMPARE(int(user.error().kind), kind);
    QVERIFY2(user.error().message.contains(words), qPrintable(user.error().message));
    m_server->clearFaults();
    QVERIFY(awaitJob(api(QStringLiteral("t")).currentUser()).ok());
}

void TestRemoteJobs::timeout()
{
    m_server->fault(QStringLiteral("^/api/v1/users$"), CannedServer::Fault::Hang);
    ServerEndpoint ep = api(QStringLiteral("t")).endpoint();
    ep.timeout = std::chrono::milliseconds(300);
    auto *job = RemoteApi(m_network.get(), ep).listUsers();
    QSignalSpy finished(job, &UserListJob::finished);
    const auto outcome = watch(job);
    QElapsedTimer clock;
    clock.start();
    job->start();
    QVERIFY(finished.wait(5000));
    QVERIFY(clock.elapsed() >= 250);
    QCOMPARE(outcome->result->error().kind, ErrorKind::Timeout);
    QVERIFY(outcome->result->error().isTransient());
}

void TestRemoteJobs::abortGivesCancelledOnce()
{
    m_server->fault(QStringLiteral("^/api/v1/roles$"), CannedServer::Fault::Hang);
    auto *job = api(QStringLiteral("t")).listRoles();
    QPointer<RoleListJob> guard(job);
    QSignalSpy finished(job, &RoleListJob::finished);
    const auto outcome = watch(job);
    job->start();
    QTRY_COMPARE(m_server->requests().size(), 1);
    job->abort();
    job->abort(); // a second abort is harmless
    QCOMPARE(finished.size(), 1);
    QCOMPARE(outcome->result->error().kind, ErrorKind::Cancelled);
    QTRY_VERIFY(guard.isNull()); // deleteLater() after finishing
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestRemoteJobs)
#include "tst_remotejobs.moc"
