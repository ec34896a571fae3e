#pragma once

#include "fault.h"
#include "loggedrequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QUrl>
#include <memory>
#include <optional>

class QTcpServer;

namespace zenml::test {

class HttpConnection;
class Router;
class ServerState;
struct HttpRequest;
struct HttpResponse;

// An in-process imitation of a ZenML 0.47 (or 0.43) server's user management REST API on
// 127.0.0.1, answering as the recordings in tests/contract/recordings do, with state that tests
// can inspect and change directly, and faults that can be injected per route.
class TestServer : public QObject
{
    Q_OBJECT
public:
    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    // --- Listening
    bool listen(quint16 port = 0); // 127.0.0.1 only; 0 = any free port
    void close();
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT plus the path prefix; the API is under /api/v1
    QUrl apiUrl() const;  // baseUrl() + /api/v1
    void setPathPrefix(const QString &prefix); // e.g. "/zen": routes live under /zen/api/v1
    QString pathPrefix() const;

    // --- Behaviour
    void setVersion(const QString &version); // "0.47.0" (default) or "0.43.0"; also any 0.39..0.47
    QString version() const;
    void setDefaultPassword(const QString &password); // of user "default"; empty by default
    void setIdSeed(quint64 seed);
    // The server's clock runs `seconds` ahead of the client's (negative: behind); call reset()
    // after it for seeded rows on that clock too.
    void setClockOffset(qint64 seconds); // makes ids and activation tokens reproducible from now on
    QString serverId() const;
    // Every token issued so far is refused from now on (401), as after a server restart with a
    // new secret: clients must log in again and resume.
    void invalidateTokens();

    // --- State
    void reset(); // fresh seeded state: workspace default, roles admin/guest, user default (admin)
    void seed(int users, int teams, int roles, int userAssignments); // bulk rows for benchmarks

    QJsonArray users() const; // as GET /users items, plus "email"
    QJsonArray teams() const;
    QJsonArray roles() const;
    QJsonArray workspaces() const;
    QJsonArray roleAssignments() const;
    QJsonArray teamRoleAssignments() const;
    QJsonObject user(const QString &nameOrId) const; // empty object when unknown
    QString userId(const QString &name) const;
    QString teamId(const QString &name) const;
    QString roleId(const QString &name) const;
    QString workspaceId(const QString &name) const;
    QString activationToken(const QString &userName) const; // the pending one, or empty
    bool checkPassword(const QString &userName, const QString &password) const;
    // What a login would issue now (permissions of the current assignments); empty if unknown.
    QString tokenFor(const QString &userName) const;

    // Edits "by someone else": applied directly, `updated` bumped. Keys as in the REST bodies
    // (user: name full_name email active email_opted_in password; team: name users [names or ids];
    // role: name permissions; workspace: name description). False when the row is unknown.
    bool touchUser(const QString &nameOrId, const QJsonObject &changes = {});
    bool touchTeam(const QString &nameOrId, const QJsonObject &changes = {});
    bool touchRole(const QString &nameOrId, const QJsonObject &changes = {});
    bool touchWorkspace(const QString &nameOrId, const QJsonObject &changes = {});
    bool removeUser(const QString &nameOrId); // with the server's cascades
    bool removeTeam(const QString &nameOrId);
    bool removeRole(const QString &nameOrId);
    bool removeWorkspace(const QString &nameOrId);
    bool removeRoleAssignment(const QString &id);
    // Adds a user role assignment directly; returns its id, or empty when something is unknown.
    QString assignRole(const QString &userNameOrId, const QString &roleNameOrId,
                       const QString &workspaceNameOrId = QString());

    // --- Requests seen
    int requestCount() const;
    // Requests whose method equals (empty = any) and whose path (without prefix) matches the regex.
    int requestCount(const QString &method, const QString &pathRegex) const;
    QList<LoggedRequest> requestLog() const;
    void clearRequestLog();

    // --- Faults. pathRegex is searched in the path without prefix (e.g. "/users$" or
    // "^/api/v1/users/[^/]+$"); method empty = any; times -1 = every time. First match wins.
    void injectFault(const QString &method, const QString &pathRegex, Fault fault, int times = 1);
    void setFaultDelay(int ms); // for Fault::Delay; default 200 ms
    // Every request is handled this long after it arrives, without using the CPU meanwhile: the
    // time a real server spends waiting on its database. Requests in flight wait side by side.
    void setAnswerDelay(int ms);
    void clearFaults();
    int pendingFaults() const; // injected faults that still have uses left

signals:
    void requestHandled(const QString &method, const QString &path, int status);

private:
    struct FaultRule
    {
        QString method;
        QRegularExpression path;
        Fault fault;
        int remaining; // -1 = forever
    };
    void onNewConnection();
    void onRequest(HttpConnection *connection, const HttpRequest &request);
    void answer(HttpConnection *connection, const HttpRequest &request, qsizetype logIndex);
    HttpResponse dispatch(const HttpRequest &request);
    std::optional<Fault> takeFault(const QString &method, const QString &path);
    QString localPath(const HttpRequest &request) const;

    std::unique_ptr<ServerState> m_state;
    std::unique_ptr<Router> m_router;
    QTcpServer *m_server = nullptr;
    QString m_pathPrefix;
    QList<FaultRule> m_faults;
    int m_faultDelay = 200;
    int m_answerDelay = 0;
    QList<LoggedRequest> m_log;
};

} // namespace zenml::test
