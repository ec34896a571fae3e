#include "apierrors.h"
#include "jwt.h"
#include "routes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace zenml::test {

namespace {

HttpResponse info(const ServerState &state)
{
    QJsonObject json{{"id", state.serverId()},
                     {"version", state.version()},
                     {"deployment_type", "other"},
                     {"database_type", "sqlite"},
                     {"secrets_store_type", "sql"}};
    if (state.atLeast(40)) // 0.39 has no debug flag
        json.insert("debug", false);
    if (state.atLeast(45))
        json.insert("auth_scheme", "OAUTH2_PASSWORD_BEARER");
    return HttpResponse::ofJson(200, json);
}

HttpResponse wrongCredentials(const ServerState &state)
{
    if (state.atLeast(45))
        return ApiErrors::domain(401, "AuthorizationException",
                                 "Authentication error: invalid username or password");
    return ApiErrors::detail(401, "Incorrect username or password")
        .withHeader("www-authenticate", "Bearer");
}

HttpResponse login(ServerState &state, const HttpRequest &request)
{
    const bool isForm =
        request.header("content-type").startsWith("application/x-www-form-urlencoded");
    if (!isForm && state.atLeast(45))
        return ApiErrors::detail(400, "Unsupported grant type: zenml-external.");
    QByteArray body = request.body;
    body.replace('+', ' ');
    const QUrlQuery form(QString::fromUtf8(body));
    if (!isForm || !form.hasQueryItem("username"))
        return ApiErrors::requestValidation(
            {ValidationIssue{{"body", "username"}, ApiErrors::fieldRequired()}});
    const QString username = form.queryItemValue("username", QUrl::FullyDecoded);
    const QString password = form.queryItemValue("password", QUrl::FullyDecoded);
    const UserRecord *user = state.users().findByName(username);
    if (!user || !user->hasPassword || user->passwordHash != ServerState::hashPassword(password))
        return wrongCredentials(state);
    // 0.43 issues a token to a deactivated user; the token is refused on first use.
    if (!user->active && state.atLeast(45))
        return ApiErrors::domain(
            401, "AuthorizationException",
            QStringLiteral("Authentication error: user %1 is not active").arg(user->name));
    QJsonObject claims{{"sub", user->id},
                       {"permissions", QJsonArray::fromStringList(state.permissionsOf(user->id))}};
    if (state.atLeast(45)) {
        claims.insert("iss", state.serverId());
        claims.insert("aud", state.serverId());
    }
    QJsonObject json{{"access_token", QString::fromLatin1(Jwt::encode(claims, state.jwtSecret()))},
                     {"token_type", "bearer"}};
    if (state.atLeast(45)) {
        json.insert("expires_in", QJsonValue::Null);
        json.insert("refresh_token", QJsonValue::Null);
        json.insert("scope", QJsonValue::Null);
    }
    return HttpResponse::ofJson(200, json);
}

} // namespace

void addAuthRoutes(Router &router, ServerState &state)
{
    using Scope = Router::Scope;
    router.add("GET", "/info", Scope::None,
               [&state](const RequestContext &) { return info(state); });
    router.add("GET", "/version", Scope::None, [&state](const RequestContext &) {
        return HttpResponse::ofJson(200, state.version());
    });
    router.add("POST", "/login", Scope::None,
               [&state](const RequestContext &ctx) { return login(state, ctx.request); });
    router.add("GET", "/logout", Scope::None, [&state](const RequestContext &) {
        // Logout came with 0.45; it clears a cookie and does not invalidate bearer tokens.
        return state.atLeast(45) ? HttpResponse::ofJson(200, QJsonValue::Null)
                                 : ApiErrors::notFound();
    });
}

} // namespace zenml::test
