#pragma once

#include "httpresponse.h"
#include "serverstate.h"

namespace zenml::test {

// Finds rows by "name or id" as the real server does (a UUID-shaped string is an id only) and
// words the 404 exactly like the imitated release.
class Lookup
{
public:
    explicit Lookup(ServerState &state)
        : m_state(state)
    {}

    UserRecord *user(const QString &nameOrId, HttpResponse *notFound);
    TeamRecord *team(const QString &nameOrId, HttpResponse *notFound);
    RoleRecord *role(const QString &nameOrId, HttpResponse *notFound);
    WorkspaceRecord *workspace(const QString &nameOrId, HttpResponse *notFound);

    // 422 for a UUID-only path parameter that is not a UUID.
    static HttpResponse pathNotUuid(const QString &parameter);

private:
    template<typename Row>
    Row *find(Table<Row> &table, const QString &schema, const QString &nameOrId,
              HttpResponse *notFound);

    ServerState &m_state;
};

} // namespace zenml::test
