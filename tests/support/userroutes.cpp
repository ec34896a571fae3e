#include "apierrors.h"
#include "bodyschema.h"
#include "entityjson.h"
#include "listing.h"
#include "lookup.h"
#include "routes.h"

namespace zenml::test {

namespace {

using Scope = Router::Scope;
using Type = BodySchema::Type;

BodySchema userSchema(const ServerState &state, bool nameRequired)
{
    QList<BodySchema::Field> fields{{"name", Type::String, nameRequired, 255},
                                    {"full_name", Type::String, false, 255},
                                    {"email", Type::String, false, 0},
                                    {"email_opted_in", Type::Bool, false, 0},
                                    {"hub_token", Type::String, false, 0},
                                    {"password", Type::String, false, 0},
                                    {"activation_token", Type::String, false, 0},
                                    {"active", Type::Bool, false, 0}};
    if (state.atLeast(45))
        fields.append({"external_user_id", Type::Uuid, false, 0});
    if (state.atLeast(46))
        fields.append({"is_service_account", Type::Bool, false, 0});
    return BodySchema(fields);
}

HttpResponse userJson(const ServerState &state, const QString &id,
                      EntityJson::UserDetail detail = EntityJson::UserDetail::Full,
                      const QString &activationToken = QString())
{
    EntityJson json(state);
    return HttpResponse::ofJson(200, json.user(*state.users().find(id), detail, activationToken));
}

// Applies a partial update (PUT semantics: only the keys sent change). Returns an error answer
// when the new name is taken (0.45+; 0.43 accepts duplicate names) or the default user is renamed.
std::optional<HttpResponse> applyUserUpdate(ServerState &state, const QString &id,
                                            const QJsonObject &body)
{
    UserRecord *user = state.users().find(id);
    if (body.contains("name") && body.value("name").isString()) {
        const QString name = body.value("name").toString();
        if (name != user->name) {
            if (user->name == "default")
                return ApiErrors::domain(403, "IllegalOperationError",
                                         "The default user account cannot be renamed.");
            if (state.atLeast(45) && state.users().findByName(name))
                return ApiErrors::domain(
                    409, "EntityExistsError",
                    QStringLiteral("Unable to update user account with name '%1': Found "
                                   "an existing user account with this name.")
                        .arg(name));
            user->name = name;
            state.users().reindex();
            user = state.users().find(id);
        }
    }
    if (body.value("full_name").isString())
        user->fullName = body.value("full_name").toString();
    if (body.contains("email"))
        user->email = body.value("email");
    if (body.contains("email_opted_in"))
        user->emailOptedIn = body.value("email_opted_in");
    if (body.value("password").isString()) {
        user->hasPassword = true;
        user->passwordHash = ServerState::hashPassword(body.value("password").toString());
    }
    if (body.value("active").isBool())
        user->active = body.value("active").toBool();
    user->updated = state.now();
    return std::nullopt;
}

HttpResponse createUser(ServerState &state, const RequestContext &ctx)
{
    QJsonObject body;
    if (auto invalid = userSchema(state, true).parse(ctx.request.body, &body))
        return *invalid;
    const QString name = body.value("name").toString();
    if (state.users().findByName(name)) {
        return ApiErrors::domain(
            409, "EntityExistsError",
            QString::fromLatin1(state.atLeast(45)
                                    ? "Unable to create user with name '%1': Found an "
                                      "existing user account with this name."
                                    : "Unable to create user with name '%1': Found "
                                      "existing user with this name.")
                .arg(name));
    }
    UserRecord user;
    user.id = state.newId();
    user.created = user.updated = state.now();
    user.name = name;
    user.fullName = body.value("full_name").toString();
    user.email = body.value("email");
    user.emailOptedIn = body.value("email_opted_in");
    // No password = an invitation: inactive, with a one-time token shown only in this answer.
    if (!body.value("password").isString()) {
        user.active = false;
        user.activationToken = state.newActivationToken();
    } else {
        user.active = body.value("active").isBool() ? body.value("active").toBool() : true;
        user.hasPassword = true;
        user.passwordHash = ServerState::hashPassword(body.value("password").toString());
    }
    state.users().insert(user);
    return userJson(state, user.id, EntityJson::UserDetail::Full, user.activationToken);
}

HttpResponse listUsers(ServerState &state, const RequestContext &ctx)
{
    using F = ListQuery::FieldType;
    EntityJson json(state);
    return listRows(
        ctx.request, state, state.users().rows(),
        {{"name", F::String},
         {"full_name", F::String},
         {"email", F::String},
         {"active", F::Bool},
         {"email_opted_in", F::Bool}},
        [](const UserRecord &u, const QString &field) -> QVariant {
            if (field == "name")
                return u.name;
            if (field == "full_name")
                return u.fullName;
            if (field == "email")
                return u.email.toString();
            if (field == "active")
                return u.active;
            return u.emailOptedIn.toBool();
        },
        [&json](const UserRecord &u) { return json.user(u); });
}

HttpResponse updateUser(ServerState &state, const RequestContext &ctx)
{
    HttpResponse failure;
    UserRecord *user = Lookup(state).user(ctx.params.at(0), &failure);
    if (!user)
        return failure;
    const QString id = user->id;
    QJsonObject body;
    if (auto invalid = userSchema(state, false).parse(ctx.request.body, &body))
        return *invalid;
    if (auto refused = applyUserUpdate(state, id, body))
        return *refused;
    return userJson(state, id);
}

HttpResponse deleteUser(ServerState &state, const RequestContext &ctx)
{
    HttpResponse failure;
    UserRecord *user = Lookup(state).user(ctx.params.at(0), &failure);
    if (!user)
        return failure;
    if (user->id == ctx.callerId)
        return ApiErrors::domain(
            403, "IllegalOperationError",
            "You cannot delete the user account currently used to authenticate to "
            "the ZenML server. If you wish to delete this account, please "
            "authenticate with another account or contact your ZenML administrator.");
    if (user->name == "default")
        return ApiErrors::domain(403, "IllegalOperationError",
                                 "The default user account cannot be deleted.");
    state.deleteUser(user->id);
    return HttpResponse::ofJson(200, QJsonValue::Null);
}

HttpResponse deactivateUser(ServerState &state, const RequestContext &ctx)
{
    HttpResponse failure;
    UserRecord *user = Lookup(state).user(ctx.params.at(0), &failure);
    if (!user)
        return failure;
    user->active = false;
    user->activationToken = state.newActivationToken();
    user->updated = state.now();
    return userJson(state, user->id, EntityJson::UserDetail::Full, user->activationToken);
}

HttpResponse activateUser(ServerState &state, const RequestContext &ctx)
{
    HttpResponse failure;
    UserRecord *user = Lookup(state).user(ctx.params.at(0), &failure);
    if (!user)
        return failure;
    const QString id = user->id;
    QJsonObject body;
    if (auto invalid = userSchema(state, false).parse(ctx.request.body, &body))
        return *invalid;
    const QString token = body.value("activation_token").toString();
    if (user->activationToken.isEmpty() || token != user->activationToken) {
        if (!state.atLeast(45))
            return ApiErrors::domain(500, "RuntimeError", "");
        return ApiErrors::domain(
            401, "AuthorizationException",
            QStringLiteral("Authentication error: invalid activation token for user %1")
                .arg(ctx.params.at(0)));
    }
    body.insert("active", true);
    if (auto refused = applyUserUpdate(state, id, body))
        return *refused;
    state.users().find(id)->activationToken.clear();
    return userJson(state, id);
}

HttpResponse updateCurrentUser(ServerState &state, const RequestContext &ctx)
{
    QJsonObject body;
    if (auto invalid = userSchema(state, false).parse(ctx.request.body, &body))
        return *invalid;
    body.remove("active"); // nobody (de)activates themselves through their own profile
    if (auto refused = applyUserUpdate(state, ctx.callerId, body))
        return *refused;
    return userJson(state, ctx.callerId, EntityJson::UserDetail::Current);
}

} // namespace

void addUserRoutes(Router &router, ServerState &state)
{
    auto bind = [&state](HttpResponse (*fn)(ServerState &, const RequestContext &)) {
        return [&state, fn](const RequestContext &ctx) { return fn(state, ctx); };
    };
    router.add("GET", "/users", Scope::Read, bind(listUsers));
    router.add("POST", "/users", Scope::Write, bind(createUser));
    router.add("GET", "/users/{}", Scope::Read, [&state](const RequestContext &ctx) {
        HttpResponse failure;
        const UserRecord *user = Lookup(state).user(ctx.params.at(0), &failure);
        return user ? userJson(state, user->id) : failure;
    });
    router.add("PUT", "/users/{}", Scope::Write, bind(updateUser));
    router.add("DELETE", "/users/{}", Scope::Write, bind(deleteUser));
    router.add("PUT", "/users/{}/deactivate", Scope::Write, bind(deactivateUser));
    router.add("PUT", "/users/{}/activate", Scope::None, bind(activateUser));
    router.add("GET", "/current-user", Scope::Read, [&state](const RequestContext &ctx) {
        return userJson(state, ctx.callerId, EntityJson::UserDetail::Current);
    });
    router.add("PUT", "/current-user", Scope::Me, bind(updateCurrentUser));
}

} // namespace zenml::test
