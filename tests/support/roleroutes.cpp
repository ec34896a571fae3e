#include "apierrors.h"
#include "bodyschema.h"
#include "entityjson.h"
#include "listing.h"
#include "lookup.h"
#include "routes.h"

#include <QJsonArray>

namespace zenml::test {

namespace {

using Scope = Router::Scope;
using Type = BodySchema::Type;

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

HttpResponse roleJson(const ServerState &state, const QString &id)
{
    return HttpResponse::ofJson(200, EntityJson(state).role(*state.roles().find(id)));
}

HttpResponse createRole(ServerState &state, const RequestContext &ctx)
{
    QJsonObject body;
    const BodySchema schema(
        {{"name", Type::String, true, 255}, {"permissions", Type::PermissionList, true, 0}});
    if (auto invalid = schema.parse(ctx.request.body, &body))
        return *invalid;
    const QString name = body.value("name").toString();
    if (state.roles().findByName(name))
        return ApiErrors::domain(
            409, "EntityExistsError",
            QStringLiteral("Unable to create role '%1': Role already exists.").arg(name));
    const qint64 now = state.now();
    const RoleRecord role{state.newId(), now, now, name, toStringList(body.value("permissions"))};
    state.roles().insert(role);
    return roleJson(state, role.id);
}

HttpResponse updateRole(ServerState &state, const RequestContext &ctx)
{
    const QString id = BodySchema::normalizeUuid(ctx.params.at(0));
    if (id.isEmpty())
        return Lookup::pathNotUuid("role_id");
    HttpResponse failure;
    RoleRecord *role = Lookup(state).role(id, &failure);
    if (!role)
        return failure;
    QJsonObject body;
    const BodySchema schema(
        {{"name", Type::String, false, 255}, {"permissions", Type::PermissionList, false, 0}});
    if (auto invalid = schema.parse(ctx.request.body, &body))
        return *invalid;
    if (ServerState::isBuiltInRole(role->name))
        return ApiErrors::domain(
            403, "IllegalOperationError",
            QStringLiteral("The built-in role '%1' cannot be updated.").arg(role->name));
    const QString name = body.value("name").toString();
    if (body.value("name").isString() && name != role->name) {
        if (state.roles().findByName(name))
            return ApiErrors::domain(
                409, "EntityExistsError",
                QStringLiteral("Unable to update role '%1': Role already exists.").arg(name));
        role->name = name;
        state.roles().reindex();
        role = state.roles().find(id);
    }
    if (body.value("permissions").isArray())
        role->permissions = toStringList(body.value("permissions"));
    role->updated = state.now();
    return roleJson(state, id);
}

HttpResponse deleteRole(ServerState &state, const RequestContext &ctx)
{
    HttpResponse failure;
    const RoleRecord *role = Lookup(state).role(ctx.params.at(0), &failure);
    if (!role)
        return failure;
    if (ServerState::isBuiltInRole(role->name))
        return ApiErrors::domain(
            403, "IllegalOperationError",
            QStringLiteral("The built-in role '%1' cannot be deleted.").arg(role->name));
    const QString id = role->id;
    auto usesRole = [&id](const AssignmentRecord &a) { return a.roleId == id; };
    const auto &users = state.userAssignments().rows();
    const auto &teams = state.teamAssignments().rows();
    if (std::any_of(users.begin(), users.end(), usesRole) ||
        std::any_of(teams.begin(), teams.end(), usesRole))
        return ApiErrors::domain(
            403, "IllegalOperationError",
            QStringLiteral("Role `%1` of type cannot be deleted as it is in use by "
                           "multiple users and teams. Before deleting this role make "
                           "sure to remove all instances where this role is used.")
                .arg(role->name));
    state.deleteRole(id);
    return HttpResponse::ofJson(200, QJsonValue::Null);
}

} // namespace

void addRoleRoutes(Router &router, ServerState &state)
{
    router.add("GET", "/roles", Scope::Read, [&state](const RequestContext &ctx) {
        using F = ListQuery::FieldType;
        EntityJson json(state);
        return listRows(
            ctx.request, state, state.roles().rows(), {{"name", F::String}},
            [](const RoleRecord &r, const QString &) -> QVariant { return r.name; },
            [&json](const RoleRecord &r) { return json.role(r); });
    });
    router.add("POST", "/roles", Scope::Write,
               [&state](const RequestContext &ctx) { return createRole(state, ctx); });
    router.add("GET", "/roles/{}", Scope::Read, [&state](const RequestContext &ctx) {
        HttpResponse failure;
        const RoleRecord *role = Lookup(state).role(ctx.params.at(0), &failure);
        return role ? roleJson(state, role->id) : failure;
    });
    router.add("PUT", "/roles/{}", Scope::Write,
               [&state](const RequestContext &ctx) { return updateRole(state, ctx); });
    router.add("DELETE", "/roles/{}", Scope::Write,
               [&state](const RequestContext &ctx) { return deleteRole(state, ctx); });
}

} // namespace zenml::test
