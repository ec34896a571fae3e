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

// User and team role assignments share everything but the principal's kind.
struct Kind
{
    bool team = false;
    QString principalKey;  // "user" / "team" in request and response bodies
    QString filterField;   // "user_id" / "team_id"
    QString pathParameter; // "role_assignment_id" / "team_role_assignment_id"
    QString label;         // "user role assignment" / "team role assignment"
};

const Kind userKind{false, "user", "user_id", "role_assignment_id", "user role assignment"};
const Kind teamKind{true, "team", "team_id", "team_role_assignment_id", "team role assignment"};

Table<AssignmentRecord> &tableOf(ServerState &state, const Kind &kind)
{
    return kind.team ? state.teamAssignments() : state.userAssignments();
}

QJsonObject toJson(EntityJson &json, const Kind &kind, const AssignmentRecord &a)
{
    return kind.team ? json.teamAssignment(a) : json.userAssignment(a);
}

HttpResponse list(ServerState &state, const Kind &kind, const HttpRequest &request,
                  const QString &workspaceId = QString())
{
    using F = ListQuery::FieldType;
    QList<AssignmentRecord> rows = tableOf(state, kind).rows();
    if (!workspaceId.isEmpty())
        rows.removeIf(
            [&workspaceId](const AssignmentRecord &a) { return a.workspaceId != workspaceId; });
    EntityJson json(state);
    return listRows(
        request, state, rows,
        {{kind.filterField, F::Uuid}, {"role_id", F::Uuid}, {"workspace_id", F::Uuid}},
        [&kind](const AssignmentRecord &a, const QString &field) -> QVariant {
            if (field == kind.filterField)
                return a.principalId;
            if (field == "role_id")
                return a.roleId;
            return a.workspaceId;
        },
        [&json, &kind](const AssignmentRecord &a) { return toJson(json, kind, a); });
}

HttpResponse create(ServerState &state, const Kind &kind, const RequestContext &ctx)
{
    QJsonObject body;
    const BodySchema schema({{"workspace", Type::Uuid, false, 0},
                             {kind.principalKey, Type::Uuid, true, 0},
                             {"role", Type::Uuid, true, 0}});
    if (auto invalid = schema.parse(ctx.request.body, &body))
        return *invalid;
    Lookup lookup(state);
    HttpResponse failure;
    const RoleRecord *role = lookup.role(body.value("role").toString(), &failure);
    if (!role)
        return failure;
    QString workspaceId;
    if (body.value("workspace").isString()) {
        const WorkspaceRecord *workspace =
            lookup.workspace(body.value("workspace").toString(), &failure);
        if (!workspace)
            return failure;
        workspaceId = workspace->id;
    }
    QString principalId;
    QString principalName;
    if (kind.team) {
        const TeamRecord *team = lookup.team(body.value("team").toString(), &failure);
        if (!team)
            return failure;
        principalId = team->id;
    } else {
        const UserRecord *user = lookup.user(body.value("user").toString(), &failure);
        if (!user)
            return failure;
        principalId = user->id;
        principalName = user->name;
    }
    const QString roleId = role->id;
    // Only user assignments are unique; the real server stores duplicate team assignments.
    if (!kind.team) {
        for (const AssignmentRecord &a : state.userAssignments().rows()) {
            if (a.principalId == principalId && a.roleId == roleId && a.workspaceId == workspaceId)
                return ApiErrors::domain(
                    409, "EntityExistsError",
                    QStringLiteral("Unable to assign role '%1' to user '%2': Role "
                                   "already assigned in this workspace.")
                        .arg(role->name, principalName));
        }
    }
    const qint64 now = state.now();
    const AssignmentRecord record{state.newId(), now, now, principalId, roleId, workspaceId};
    tableOf(state, kind).insert(record);
    EntityJson json(state);
    return HttpResponse::ofJson(200, toJson(json, kind, record));
}

const AssignmentRecord *findById(ServerState &state, const Kind &kind, const QString &param,
                                 HttpResponse *failure)
{
    const QString id = BodySchema::normalizeUuid(param);
    if (id.isEmpty()) {
        *failure = Lookup::pathNotUuid(kind.pathParameter);
        return nullptr;
    }
    const AssignmentRecord *record = tableOf(state, kind).find(id);
    if (!record)
        *failure =
            ApiErrors::keyError(QStringLiteral("No %1 with id %2 exists.").arg(kind.label, id));
    return record;
}

void addKind(Router &router, ServerState &state, const Kind &kind, const QString &base)
{
    router.add("GET", base, Scope::Read, [&state, &kind](const RequestContext &ctx) {
        return list(state, kind, ctx.request);
    });
    router.add("POST", base, Scope::Write,
               [&state, &kind](const RequestContext &ctx) { return create(state, kind, ctx); });
    router.add("GET", base + "/{}", Scope::Read, [&state, &kind](const RequestContext &ctx) {
        HttpResponse failure;
        const AssignmentRecord *record = findById(state, kind, ctx.params.at(0), &failure);
        if (!record)
            return failure;
        EntityJson json(state);
        return HttpResponse::ofJson(200, toJson(json, kind, *record));
    });
    router.add("DELETE", base + "/{}", Scope::Write, [&state, &kind](const RequestContext &ctx) {
        HttpResponse failure;
        const AssignmentRecord *record = findById(state, kind, ctx.params.at(0), &failure);
        if (!record)
            return failure;
        const QString id = record->id;
        tableOf(state, kind).remove(id);
        return HttpResponse::ofJson(200, QJsonValue::Null);
    });
    // /users/{id}/roles and /teams/{id}/roles ignore the id: they list every assignment.
    router.add(
        "GET", QStringLiteral("/%1s/{}/roles").arg(kind.principalKey), Scope::Read,
        [&state, &kind](const RequestContext &ctx) { return list(state, kind, ctx.request); });
    router.add(
        "GET", "/workspaces/{}" + base, Scope::Read, [&state, &kind](const RequestContext &ctx) {
            HttpResponse failure;
            const WorkspaceRecord *workspace = Lookup(state).workspace(ctx.params.at(0), &failure);
            return workspace ? list(state, kind, ctx.request, workspace->id) : failure;
        });
}

} // namespace

void addAssignmentRoutes(Router &router, ServerState &state)
{
    addKind(router, state, userKind, "/role_assignments");
    addKind(router, state, teamKind, "/team_role_assignments");
}

} // namespace zenml::test
