#include "testserver.h"

#include "apierrors.h"
#include "httpconnection.h"
#include "router.h"
#include "routes.h"
#include "serverstate.h"

#include <QTcpServer>
#include <QTimer>

namespace zenml::test {

namespace {

HttpResponse faultResponse(Fault fault)
{
    switch (fault) {
    case Fault::ServerError500:
        return ApiErrors::domain(500, "RuntimeError", "Injected fault");
    case Fault::ServiceUnavailable503: {
        HttpResponse r = ApiErrors::detail(503, "Service Unavailable");
        return r.withHeader("retry-after", "1");
    }
    case Fault::MalformedJson: {
        HttpResponse r;
        r.useRawBody = true;
        r.rawBody = "{\"index\": 1, \"items\": [nope";
        return r;
    }
    case Fault::Html: {
        HttpResponse r;
        r.useRawBody = true;
        r.contentType = "text/html; charset=utf-8";
        r.rawBody = "<!DOCTYPE html><html><head><title>Sign in</title></head>"
                    "<body><h1>Please sign in to the network</h1></body></html>";
        return r;
    }
    case Fault::Unauthorized401:
        return ApiErrors::detail(401, "Not authenticated").withHeader("www-authenticate", "Bearer");
    default:
        return ApiErrors::domain(500, "RuntimeError", "");
    }
}

} // namespace

TestServer::TestServer(QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<ServerState>())
    , m_router(std::make_unique<Router>(*m_state))
    , m_server(new QTcpServer(this))
{
    addAuthRoutes(*m_router, *m_state);
    addUserRoutes(*m_router, *m_state);
    addTeamRoutes(*m_router, *m_state);
    addRoleRoutes(*m_router, *m_state);
    addAssignmentRoutes(*m_router, *m_state);
    addWorkspaceRoutes(*m_router, *m_state);
    connect(m_server, &QTcpServer::newConnection, this, &TestServer::onNewConnection);
}

TestServer::~TestServer() = default;

bool TestServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

void TestServer::close()
{
    m_server->close();
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        connection->drop();
}

quint16 TestServer::port() const
{
    return m_server->serverPort();
}

QUrl TestServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(m_pathPrefix));
}

QUrl TestServer::apiUrl() const
{
    return QUrl(baseUrl().toString() + QStringLiteral("/api/v1"));
}

void TestServer::setPathPrefix(const QString &prefix)
{
    m_pathPrefix = prefix;
    while (m_pathPrefix.endsWith('/'))
        m_pathPrefix.chop(1);
    if (!m_pathPrefix.isEmpty() && !m_pathPrefix.startsWith('/'))
        m_pathPrefix.prepend('/');
}

QString TestServer::pathPrefix() const
{
    return m_pathPrefix;
}

void TestServer::setVersion(const QString &version)
{
    m_state->setVersion(version);
}

QString TestServer::version() const
{
    return m_state->version();
}

void TestServer::setDefaultPassword(const QString &password)
{
    m_state->setDefaultPassword(password);
}

void TestServer::setIdSeed(quint64 seed)
{
    m_state->setIdSeed(seed);
}

QString TestServer::serverId() const
{
    return m_state->serverId();
}

void TestServer::invalidateTokens()
{
    m_state->rotateJwtSecret();
}

void TestServer::setClockOffset(qint64 seconds)
{
    m_state->setClockOffset(seconds);
}

void TestServer::reset()
{
    m_state->reset();
}

void TestServer::seed(int users, int teams, int roles, int userAssignments)
{
    m_state->seed(users, teams, roles, userAssignments);
}

void TestServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReady, this, &TestServer::onRequest);
        connect(connection, &HttpConnection::closed, this,
                [](HttpConnection *closed) { closed->deleteLater(); });
    }
}

QString TestServer::localPath(const HttpRequest &request) const
{
    if (m_pathPrefix.isEmpty())
        return request.path;
    if (request.path.startsWith(m_pathPrefix + '/'))
        return request.path.mid(m_pathPrefix.size());
    return QString(); // outside the prefix: nothing lives there
}

std::optional<Fault> TestServer::takeFault(const QString &method, const QString &path)
{
    for (FaultRule &rule : m_faults) {
        if (rule.remaining == 0)
            continue;
        if (!rule.method.isEmpty() && rule.method != method)
            continue;
        if (!rule.path.match(path).hasMatch())
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        return rule.fault;
    }
    return std::nullopt;
}

void TestServer::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    const QString method = QString::fromLatin1(request.method);
    const QString path = localPath(request);
    m_log.append(LoggedRequest{method, path.isEmpty() ? request.path : path, request.rawQuery,
                               QString::fromUtf8(request.body), 0});
    const qsizetype logIndex = m_log.size() - 1;
    const std::optional<Fault> fault = takeFault(method, path);
    if (!fault && m_answerDelay > 0) {
        QTimer::singleShot(m_answerDelay, connection, [this, connection, request, logIndex] {
            answer(connection, request, logIndex);
        });
        return;
    }
    if (!fault) {
        answer(connection, request, logIndex);
        return;
    }
    switch (*fault) {
    case Fault::Delay:
        QTimer::singleShot(m_faultDelay, connection, [this, connection, request, logIndex] {
            answer(connection, request, logIndex);
        });
        return;
    case Fault::Hang:
        return; // the connection stays open and silent until the client gives up
    case Fault::DropConnection:
        connection->drop();
        return;
    case Fault::DropAfterApply: {
        // The change is made, only the answer is lost: what a client's idempotent retry must
        // survive.
        m_log[logIndex].status = dispatch(request).status;
        connection->drop();
        return;
    }
    case Fault::TruncatedJson: {
        const HttpResponse response = dispatch(request);
        m_log[logIndex].status = response.status;
        connection->respondTruncated(response);
        return;
    }
    default: {
        const HttpResponse response = faultResponse(*fault);
        m_log[logIndex].status = response.status;
        connection->respond(response);
        emit requestHandled(method, m_log.at(logIndex).path, response.status);
        return;
    }
    }
}

void TestServer::answer(HttpConnection *connection, const HttpRequest &request, qsizetype logIndex)
{
    const HttpResponse response = dispatch(request);
    if (logIndex < m_log.size())
        m_log[logIndex].status = response.status;
    connection->respond(response);
    emit requestHandled(QString::fromLatin1(request.method), localPath(request), response.status);
}

HttpResponse TestServer::dispatch(const HttpRequest &request)
{
    const QString path = localPath(request);
    if (path == "/health")
        return request.method == "GET" ? HttpResponse::ofJson(200, "OK")
                                       : ApiErrors::methodNotAllowed();
    if (path.startsWith("/api/v1/"))
        return m_router->handle(request, path.mid(7));
    return ApiErrors::notFound();
}

} // namespace zenml::test
