#pragma once

#include "httpresponse.h"
#include "requestcontext.h"
#include "serverstate.h"

#include <QList>
#include <QRegularExpression>
#include <functional>
#include <optional>

namespace zenml::test {

// Matches a request to a route of /api/v1 (405 for a known path with another method, 404 for
// the rest), checks the bearer token and the scope the route needs, then runs the handler.
class Router
{
public:
    enum class Scope { None, Read, Write, Me };
    using Handler = std::function<HttpResponse(const RequestContext &)>;

    explicit Router(ServerState &state);

    // pattern: path below /api/v1 with "{}" for each parameter, e.g. "/users/{}/activate".
    void add(const QByteArray &method, const QString &pattern, Scope scope, Handler handler);
    // path is the request path with the server's prefix already removed.
    HttpResponse handle(const HttpRequest &request, const QString &path);

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Scope scope;
        Handler handler;
    };
    std::optional<HttpResponse> authenticate(const HttpRequest &request, Scope scope,
                                             QString *callerId);

    ServerState &m_state;
    QList<Route> m_routes;
};

} // namespace zenml::test
