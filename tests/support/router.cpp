#include "router.h"

#include "apierrors.h"
#include "jwt.h"

#include <QJsonArray>

namespace zenml::test {

namespace {

QByteArray scopeName(Router::Scope scope)
{
    switch (scope) {
    case Router::Scope::Read:
        return "read";
    case Router::Scope::Write:
        return "write";
    case Router::Scope::Me:
        return "me";
    case Router::Scope::None:
        break;
    }
    return {};
}

} // namespace

Router::Router(ServerState &state)
    : m_state(state)
{}

void Router::add(const QByteArray &method, const QString &pattern, Scope scope, Handler handler)
{
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(QStringLiteral("\\{\\}"), QStringLiteral("([^/]+)"));
    m_routes.append(
        Route{method, QRegularExpression('^' + regex + '$'), scope, std::move(handler)});
}

HttpResponse Router::handle(const HttpRequest &request, const QString &path)
{
    bool pathKnown = false;
    for (const Route &route : std::as_const(m_routes)) {
        const QRegularExpressionMatch match = route.pattern.match(path);
        if (!match.hasMatch())
            continue;
        pathKnown = true;
        if (route.method != request.method)
            continue;
        RequestContext context{request, match.capturedTexts().mid(1), {}};
        if (auto failure = authenticate(request, route.scope, &context.callerId))
            return *failure;
        return route.handler(context);
    }
    return pathKnown ? ApiErrors::methodNotAllowed() : ApiErrors::notFound();
}

std::optional<HttpResponse> Router::authenticate(const HttpRequest &request, Scope scope,
                                                 QString *callerId)
{
    if (scope == Scope::None)
        return std::nullopt;
    const QByteArray authorization = request.header("authorization");
    if (!authorization.toLower().startsWith("bearer ")) {
        return ApiErrors::detail(401, "Not authenticated").withHeader("www-authenticate", "Bearer");
    }
    const QByteArray challenge =
        m_state.atLeast(45) ? "Bearer scope=\"" + scopeName(scope) + '"' : QByteArray("Bearer");
    auto reject = [&](const QString &message047) {
        return ApiErrors::detail(401, m_state.atLeast(45)
                                          ? message047
                                          : QStringLiteral("Invalid authentication credentials"))
            .withHeader("www-authenticate", challenge);
    };
    const auto claims = Jwt::decode(authorization.mid(7).trimmed(), m_state.jwtSecret());
    if (!claims)
        return reject("Authentication error: error decoding access token");
    if (m_state.atLeast(45) && (claims->value("iss").toString() != m_state.serverId() ||
                                claims->value("aud").toString() != m_state.serverId()))
        return reject("Authentication error: error decoding access token");
    const QString userId = claims->value("sub").toString();
    const UserRecord *user = m_state.users().find(userId);
    if (!user)
        return reject(
            QStringLiteral("Authentication error: error retrieving token account %1").arg(userId));
    if (!user->active)
        return reject(
            QStringLiteral("Authentication error: user %1 is not active").arg(user->name));
    // Permissions come from the token, frozen at login, not from the current assignments.
    const QJsonArray permissions = claims->value("permissions").toArray();
    if (!permissions.contains(QString::fromLatin1(scopeName(scope)))) {
        return ApiErrors::detail(403, "Not enough permissions")
            .withHeader("www-authenticate", "Bearer scope=\"" + scopeName(scope) + '"');
    }
    *callerId = userId;
    return std::nullopt;
}

} // namespace zenml::test
