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

HttpResponse workspaceJson(const ServerState &state, const QString &id)
{
    return HttpResponse::ofJson(200, EntityJson(state).workspace(*state.workspaces().find(id)));
}

HttpResponse createWorkspace(ServerState &state, const RequestContext &ctx)
{
    QJsonObject body;
    const BodySchema schema(
        {{"name", Type::String, true, 255}, {"description", Type::String, false, 0}});
    if (auto invalid = schema.parse(ctx.request.body, &body))
        return *invalid;
    const QString name = body.value("name").toString();
    if (state.workspaces().findByName(name))
        return ApiErrors::domain(
            409, "EntityExistsError",
            QStringLiteral("Unable to create workspace with name '%1': Found existing "
                           "workspace with this name.")
                .arg(name));
    const qint64 now = state.now();
    const WorkspaceRecord workspace{state.newId(), now, now, name,
                                    body.value("description").toString()};
    state.workspaces().insert(workspace);
    return workspaceJson(state, workspace.id);
}

HttpResponse updateWorkspace(ServerState &state, const RequestContext &ctx)
{
    HttpResponse failure;
    WorkspaceRecord *workspace = Lookup(state).workspace(ctx.params.at(0), &failure);
    if (!workspace)
        return failure;
    const QString id = workspace->id;
    QJsonObject body;
    const BodySchema schema(
        {{"name", Type::String, false, 255}, {"description", Type::String, false, 0}});
    if (auto invalid = schema.parse(ctx.request.body, &body))
        return *invalid;
    const QString name = body.value("name").toString();
    if (body.value("name").isString() && name != workspace->name) {
        if (workspace->name == "default")
            return ApiErrors::domain(403, "IllegalOperationError",
                                     "The default workspace cannot be renamed.");
        if (state.workspaces().findByName(name))
            return ApiErrors::domain(
                409, "EntityExistsError",
                QStringLiteral("Unable to update workspace with name '%1': Found "
                               "existing workspace with this name.")
                    .arg(name));
        workspace->name = name;
        state.workspaces().reindex();
        workspace = state.workspaces().find(id);
    }
    if (body.value("description").isString())
        workspace->description = body.value("description").toString();
    workspace->updated = state.now();
    return workspaceJson(state, id);
}

} // namespace

void addWorkspaceRoutes(Router &router, ServerState &state)
{
    router.add("GET", "/workspaces", Scope::Read, [&state](const RequestContext &ctx) {
        using F = ListQuery::FieldType;
        EntityJson json(state);
        return listRows(
            ctx.request, state, state.workspaces().rows(),
            {{"name", F::String}, {"description", F::String}},
            [](const WorkspaceRecord &w, const QString &field) -> QVariant {
                return field == "name" ? w.name : w.description;
            },
            [&json](const WorkspaceRecord &w) { return json.workspace(w); });
    });
    router.add("POST", "/workspaces", Scope::Write,
               [&state](const RequestContext &ctx) { return createWorkspace(state, ctx); });
    router.add("GET", "/workspaces/{}", Scope::Read, [&state](const RequestContext &ctx) {
        HttpResponse failure;
        const WorkspaceRecord *workspace = Lookup(state).workspace(ctx.params.at(0), &failure);
        return workspace ? workspaceJson(state, workspace->id) : failure;
    });
    router.add("PUT", "/workspaces/{}", Scope::Write,
               [&state](const RequestContext &ctx) { return updateWorkspace(state, ctx); });
    router.add("DELETE", "/workspaces/{}", Scope::Write, [&state](const RequestContext &ctx) {
        HttpResponse failure;
        const WorkspaceRecord *workspace = Lookup(state).workspace(ctx.params.at(0), &failure);
        if (!workspace)
            return failure;
        if (workspace->name == "default")
            return ApiErrors::domain(403, "IllegalOperationError",
                                     "The default workspace cannot be deleted.");
        state.deleteWorkspace(workspace->id);
        return HttpResponse::ofJson(200, QJsonValue::Null);
    });
}

} // namespace zenml::test
