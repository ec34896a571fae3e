// The test server's own promises that other tests build on: fault injection per route,
// direct state changes, fast seeding, token rules.
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using zenml::test::Fault;
using zenml::test::TestServer;

namespace {

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestServerFaults : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void dropConnectionAppliesNothing();
    void dropAfterApplyLosesOnlyTheAnswer();
    void hangNeedsAClientTimeout();
    void truncatedJsonCutsTheBody();
    void statusFaults_data();
    void statusFaults();
    void delayAnswersLater();
    void faultsMatchMethodAndPathAndCount();
    void seedingIsFast();
    void touchUserBumpsUpdated();
    void tokenOfDeletedOrDeactivatedUserIsRefused();
    void pathPrefix();

private:
    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QString &token = {}, int timeoutMs = 5000);
    QString login(const QString &user, const QString &password);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestServerFaults::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
}

Answer TestServerFaults::call(const QByteArray &method, const QString &path, const QByteArray &body,
                              const QString &token, int timeoutMs)
{
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + path));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          body.startsWith('{') ? "application/json"
                                               : "application/x-www-form-urlencoded");
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(timeoutMs + 5000))
        qWarning() << "no finished signal";
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  reply->error(), reply->isOpen() ? reply->readAll() : QByteArray()};
    reply->deleteLater();
    return answer;
}

QString TestServerFaults::login(const QString &user, const QString &password)
{
    const Answer answer = call("POST", "/api/v1/login",
                               "username=" + user.toUtf8() + "&password=" + password.toUtf8());
    return answer.json().value("access_token").toString();
}

void TestServerFaults::dropConnectionAppliesNothing()
{
    const QString token = m_server->tokenFor("default");
    // QNetworkAccessManager silently resends a request whose connection closed before any
    // answer, so a drop that a Qt client should notice has to repeat.
    m_server->injectFault("POST", "/users$", Fault::DropConnection, -1);
    const Answer dropped = call("POST", "/api/v1/users", R"({"name":"frank"})", token);
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QVERIFY(m_server->userId("frank").isEmpty());
    qInfo() << "attempts by QNetworkAccessManager:" << m_server->requestCount("POST", "/users$");
    QVERIFY(m_server->requestCount("POST", "/users$") > 1);
    m_server->clearFaults();
    QCOMPARE(call("POST", "/api/v1/users", R"({"name":"frank"})", token).status, 200);
}

void TestServerFaults::dropAfterApplyLosesOnlyTheAnswer()
{
    const QString token = m_server->tokenFor("default");
    m_server->injectFault("POST", "/users$", Fault::DropAfterApply, -1);
    const Answer dropped = call("POST", "/api/v1/users", R"({"name":"frank"})", token);
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QVERIFY(!m_server->userId("frank").isEmpty());
    m_server->clearFaults();
    // What an idempotent client sees on retry: the name is taken, by its own earlier request.
    const Answer retry = call("POST", "/api/v1/users", R"({"name":"frank"})", token);
    QCOMPARE(retry.status, 409);
    QCOMPARE(retry.json().value("detail").toArray().at(0).toString(), "EntityExistsError");
}

void TestServerFaults::hangNeedsAClientTimeout()
{
    m_server->injectFault("GET", "/info$", Fault::Hang);
    QElapsedTimer timer;
    timer.start();
    const Answer hung = call("GET", "/api/v1/info", {}, {}, 300);
    QCOMPARE(hung.status, 0);
    QCOMPARE(hung.error, QNetworkReply::OperationCanceledError);
    QVERIFY(timer.elapsed() >= 250);
    QCOMPARE(call("GET", "/api/v1/info").status, 200);
}

void TestServerFaults::truncatedJsonCutsTheBody()
{
    m_server->injectFault("GET", "/users$", Fault::TruncatedJson);
    const Answer cut = call("GET", "/api/v1/users", {}, m_server->tokenFor("default"));
    QVERIFY(cut.error != QNetworkReply::NoError || QJsonDocument::fromJson(cut.body).isNull());
    QVERIFY(QJsonDocument::fromJson(cut.body).isNull());
}

void TestServerFaults::statusFaults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("500") << Fault::ServerError500 << 500 << QByteArray("application/json");
    QTest::newRow("503") << Fault::ServiceUnavailable503 << 503 << QByteArray("application/json");
    QTest::newRow("malformed") << Fault::MalformedJson << 200 << QByteArray("application/json");
    QTest::newRow("html") << Fault::Html << 200 << QByteArray("text/html; charset=utf-8");
    QTest::newRow("401") << Fault::Unauthorized401 << 401 << QByteArray("application/json");
}

void TestServerFaults::statusFaults()
{
    QFETCH(Fault, fault);
    QFETCH(int, status);
    const QString token = m_server->tokenFor("default");
    m_server->injectFault("POST", "/roles$", fault);
    const Answer answer =
        call("POST", "/api/v1/roles", R"({"name":"ops","permissions":["read"]})", token);
    QCOMPARE(answer.status, status);
    QVERIFY2(m_server->roleId("ops").isEmpty(), "a status fault must not apply the request");
    if (fault == Fault::ServerError500)
        QCOMPARE(answer.json().value("detail").toArray().at(0).toString(), "RuntimeError");
    if (fault == Fault::MalformedJson || fault == Fault::Html)
        QVERIFY(QJsonDocument::fromJson(answer.body).isNull());
    QCOMPARE(
        call("POST", "/api/v1/roles", R"({"name":"ops","permissions":["read"]})", token).status,
        200);
}

void TestServerFaults::delayAnswersLater()
{
    m_server->setFaultDelay(150);
    m_server->injectFault("", "/info$", Fault::Delay);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(call("GET", "/api/v1/info").status, 200);
    QVERIFY(timer.elapsed() >= 140);
}

void TestServerFaults::faultsMatchMethodAndPathAndCount()
{
    const QString token = m_server->tokenFor("default");
    m_server->injectFault("GET", "^/api/v1/users/[^/]+$", Fault::ServerError500, 2);
    QCOMPARE(call("GET", "/api/v1/users", {}, token).status, 200);           // other path
    QCOMPARE(call("PUT", "/api/v1/users/default", "{}", token).status, 200); // other method
    QCOMPARE(call("GET", "/api/v1/users/default", {}, token).status, 500);
    QCOMPARE(call("GET", "/api/v1/users/default", {}, token).status, 500);
    QCOMPARE(call("GET", "/api/v1/users/default", {}, token).status, 200);
    m_server->injectFault("", "/info$", Fault::ServerError500, -1);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(call("GET", "/api/v1/info").status, 500);
    m_server->clearFaults();
    QCOMPARE(call("GET", "/api/v1/info").status, 200);
    QCOMPARE(m_server->requestCount("GET", "^/api/v1/users/default$"), 3);
    QCOMPARE(m_server->requestLog().last().status, 200);
}

void TestServerFaults::seedingIsFast()
{
    QElapsedTimer timer;
    timer.start();
    m_server->seed(10000, 100, 20, 10000);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    const Answer page =
        call("GET", "/api/v1/users?size=10000&page=2", {}, m_server->tokenFor("default"));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json().value("total").toInt(), 10001);
    QCOMPARE(page.json().value("items").toArray().size(), 1);
    QCOMPARE(m_server->roleAssignments().size(), 10001);
}

void TestServerFaults::touchUserBumpsUpdated()
{
    const QString before = m_server->user("default").value("updated").toString();
    QVERIFY(m_server->touchUser("default", {{"full_name", "Changed Elsewhere"}}));
    const QJsonObject after = m_server->user("default");
    QVERIFY(after.value("updated").toString() > before);
    QCOMPARE(after.value("full_name").toString(), "Changed Elsewhere");
    QVERIFY(!m_server->touchUser("nobody"));
}

void TestServerFaults::tokenOfDeletedOrDeactivatedUserIsRefused()
{
    const QString admin = m_server->tokenFor("default");
    QCOMPARE(call("POST", "/api/v1/users", R"({"name":"gina","password":"pw"})", admin).status,
             200);
    QVERIFY(!m_server->assignRole("gina", "guest").isEmpty());
    const QString gina = login("gina", "pw");
    QVERIFY(!gina.isEmpty());
    QCOMPARE(call("GET", "/api/v1/current-user", {}, gina).status, 200);
    QCOMPARE(call("PUT", "/api/v1/users/gina/deactivate", {}, admin).status, 200);
    QCOMPARE(call("GET", "/api/v1/current-user", {}, gina).status, 401);
    QVERIFY(m_server->removeUser("gina"));
    QCOMPARE(call("GET", "/api/v1/current-user", {}, gina).status, 401);
    QCOMPARE(call("GET", "/api/v1/current-user", {}, "garbage").status, 401);

    const QString before = m_server->tokenFor("default");
    QCOMPARE(call("GET", "/api/v1/current-user", {}, before).status, 200);
    m_server->invalidateTokens();
    QCOMPARE(call("GET", "/api/v1/current-user", {}, before).status, 401);
    QCOMPARE(call("GET", "/api/v1/current-user", {}, login("default", "")).status, 200);
}

void TestServerFaults::pathPrefix()
{
    m_server->setPathPrefix("/zen");
    QVERIFY(m_server->baseUrl().toString().endsWith("/zen"));
    QCOMPARE(call("GET", "/api/v1/version").status, 200);
    QNetworkRequest outside(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/version").arg(m_server->port())));
    QNetworkReply *reply = m_network->get(outside);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_testserver_faults.moc"
