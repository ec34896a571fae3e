#include "lookup.h"

#include "apierrors.h"
#include "bodyschema.h"

namespace zenml::test {

template<typename Row>
Row *Lookup::find(Table<Row> &table, const QString &schema, const QString &nameOrId,
                  HttpResponse *notFound)
{
    const QString id = BodySchema::normalizeUuid(nameOrId);
    if (!id.isEmpty()) {
        if (Row *row = table.find(id))
            return row;
        *notFound = ApiErrors::keyError(
            QStringLiteral("Unable to get %1 with name or ID '%2': No %1 with this ID found.")
                .arg(schema, nameOrId));
        return nullptr;
    }
    if (Row *row = table.findByName(nameOrId))
        return row;
    // The double space is in the real message.
    *notFound =
        ApiErrors::keyError(QStringLiteral("Unable to get %1 with name or ID '%2': '%2' is not a "
                                           "valid  UUID and no %1 with this name exists.")
                                .arg(schema, nameOrId));
    return nullptr;
}

UserRecord *Lookup::user(const QString &nameOrId, HttpResponse *notFound)
{
    if (!m_state.atLeast(45))
        return find(m_state.users(), "user", nameOrId, notFound);
    const QString id = BodySchema::normalizeUuid(nameOrId);
    UserRecord *row =
        id.isEmpty() ? m_state.users().findByName(nameOrId) : m_state.users().find(id);
    if (!row) {
        // 0.45+ looks up "accounts" (users and service accounts) and says so when given an id.
        *notFound = ApiErrors::keyError(
            QString::fromLatin1(id.isEmpty() ? "No user account with the '%1' name or ID was found"
                                             : "No account with the '%1' name or ID was found")
                .arg(nameOrId));
    }
    return row;
}

TeamRecord *Lookup::team(const QString &nameOrId, HttpResponse *notFound)
{
    return find(m_state.teams(), "team", nameOrId, notFound);
}

RoleRecord *Lookup::role(const QString &nameOrId, HttpResponse *notFound)
{
    return find(m_state.roles(), "role", nameOrId, notFound);
}

WorkspaceRecord *Lookup::workspace(const QString &nameOrId, HttpResponse *notFound)
{
    return find(m_state.workspaces(), "workspace", nameOrId, notFound);
}

HttpResponse Lookup::pathNotUuid(const QString &parameter)
{
    return ApiErrors::requestValidation(
        {ValidationIssue{{"path", parameter}, ApiErrors::invalidUuid()}});
}

} // namespace zenml::test
