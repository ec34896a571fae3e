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

// Known user ids only, each once: the real server drops unknown member ids silently.
QStringList existingMembers(const ServerState &state, const QJsonValue &ids)
{
    QStringList members;
    for (const QJsonValue &id : ids.toArray()) {
        if (state.users().find(id.toString()) && !members.contains(id.toString()))
            members.append(id.toString());
    }
    return members;
}

HttpResponse teamJson(const ServerState &state, const QString &id)
{
    EntityJson json(state);
    return HttpResponse::ofJson(200, json.team(*state.teams().find(id), true));
}

HttpResponse createTeam(ServerState &state, const RequestContext &ctx)
{
    QJsonObject body;
    const BodySchema schema(
        {{"name", Type::String, true, 255}, {"users", Type::UuidList, false, 0}});
    if (auto invalid = schema.parse(ctx.request.body, &body))
        return *invalid;
    const QString name = body.value("name").toString();
    if (state.teams().findByName(name))
        return ApiErrors::domain(
            409, "EntityExistsError",
            QStringLiteral("Unable to create team with name '%1': Found existing team "
                           "with this name.")
                .arg(name));
    TeamRecord team;
    team.id = state.newId();
    team.created = team.updated = state.now();
    team.name = name;
    team.members = existingMembers(state, body.value("users"));
    state.teams().insert(team);
    return teamJson(state, team.id);
}

HttpResponse updateTeam(ServerState &state, const RequestContext &ctx)
{
    const QString id = BodySchema::normalizeUuid(ctx.params.at(0));
    if (id.isEmpty())
        return Lookup::pathNotUuid("team_id");
    HttpResponse failure;
    if (!Lookup(state).team(id, &failure))
        return failure;
    QJsonObject body;
    const BodySchema schema(
        {{"name", Type::String, false, 255}, {"users", Type::UuidList, false, 0}});
    if (auto invalid = schema.parse(ctx.request.body, &body))
        return *invalid;
    TeamRecord *team = state.teams().find(id);
    const QString name = body.value("name").toString();
    if (body.value("name").isString() && name != team->name) {
        if (state.teams().findByName(name))
            return ApiErrors::domain(
                409, "EntityExistsError",
                QStringLiteral("Unable to update team with name '%1': Found existing "
                               "team with this name.")
                    .arg(name));
        team->name = name;
        state.teams().reindex();
        team = state.teams().find(id);
    }
    // The real server rebuilds the membership from `users` on every update: absent means none.
    team->members = existingMembers(state, body.value("users"));
    team->updated = state.now();
    return teamJson(state, id);
}

} // namespace

void addTeamRoutes(Router &router, ServerState &state)
{
    router.add("GET", "/teams", Scope::Read, [&state](const RequestContext &ctx) {
        using F = ListQuery::FieldType;
        EntityJson json(state);
        return listRows(
            ctx.request, state, state.teams().rows(), {{"name", F::String}},
            [](const TeamRecord &t, const QString &) -> QVariant { return t.name; },
            [&json](const TeamRecord &t) { return json.team(t, true); });
    });
    router.add("POST", "/teams", Scope::Write,
               [&state](const RequestContext &ctx) { return createTeam(state, ctx); });
    router.add("GET", "/teams/{}", Scope::Read, [&state](const RequestContext &ctx) {
        HttpResponse failure;
        const TeamRecord *team = Lookup(state).team(ctx.params.at(0), &failure);
        return team ? teamJson(state, team->id) : failure;
    });
    router.add("PUT", "/teams/{}", Scope::Write,
               [&state](const RequestContext &ctx) { return updateTeam(state, ctx); });
    router.add("DELETE", "/teams/{}", Scope::Write, [&state](const RequestContext &ctx) {
        HttpResponse failure;
        const TeamRecord *team = Lookup(state).team(ctx.params.at(0), &failure);
        if (!team)
            return failure;
        state.deleteTeam(team->id);
        return HttpResponse::ofJson(200, QJsonValue::Null);
    });
}

} // namespace zenml::test
