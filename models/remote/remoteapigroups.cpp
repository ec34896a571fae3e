#include "remoteapi.h"

#include <QJsonArray>

// Teams, roles, role assignments and workspaces (users and the server calls are in remoteapi.cpp).

namespace zenml::remote {

namespace {

QString path(const char *collection, const QString &nameOrId)
{
    return QLatin1Char('/') + QLatin1String(collection) + QLatin1Char('/') +
           ApiCall::segment(nameOrId);
}

} // namespace

TeamListJob *RemoteApi::listTeams(const ListQuery &query) const
{
    return new TeamListJob(m_network, m_endpoint, getCall(QStringLiteral("/teams")), query);
}

TeamJob *RemoteApi::getTeam(const QString &nameOrId) const
{
    return new TeamJob(m_network, m_endpoint, getCall(path("teams", nameOrId)));
}

TeamJob *RemoteApi::createTeam(const QString &name, const QStringList &memberIds) const
{
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("users"), QJsonArray::fromStringList(memberIds)}};
    return new TeamJob(m_network, m_endpoint, jsonCall("POST", QStringLiteral("/teams"), body));
}

TeamJob *RemoteApi::updateTeam(const QString &teamId, const TeamChanges &changes) const
{
    return new TeamJob(
        m_network, m_endpoint,
        requireUuid(jsonCall("PUT", path("teams", teamId), changes.toJson()), teamId, tr("team")));
}

DeleteJob *RemoteApi::deleteTeam(const QString &nameOrId) const
{
    return new DeleteJob(m_network, m_endpoint, deleteCall(path("teams", nameOrId)));
}

RoleListJob *RemoteApi::listRoles(const ListQuery &query) const
{
    return new RoleListJob(m_network, m_endpoint, getCall(QStringLiteral("/roles")), query);
}

RoleJob *RemoteApi::getRole(const QString &nameOrId) const
{
    return new RoleJob(m_network, m_endpoint, getCall(path("roles", nameOrId)));
}

RoleJob *RemoteApi::createRole(const QString &name, Permissions permissions) const
{
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("permissions"),
                            QJsonArray::fromStringList(permission::names(permissions))}};
    return new RoleJob(m_network, m_endpoint, jsonCall("POST", QStringLiteral("/roles"), body));
}

RoleJob *RemoteApi::updateRole(const QString &roleId, const RoleChanges &changes) const
{
    return new RoleJob(
        m_network, m_endpoint,
        requireUuid(jsonCall("PUT", path("roles", roleId), changes.toJson()), roleId, tr("role")));
}

DeleteJob *RemoteApi::deleteRole(const QString &nameOrId) const
{
    return new DeleteJob(m_network, m_endpoint, deleteCall(path("roles", nameOrId)));
}

AssignmentListJob *RemoteApi::listUserAssignments(const ListQuery &query) const
{
    return new AssignmentListJob(m_network, m_endpoint,
                                 getCall(QStringLiteral("/role_assignments")), query,
                                 SubjectKind::User);
}

AssignmentListJob *RemoteApi::listTeamAssignments(const ListQuery &query) const
{
    return new AssignmentListJob(m_network, m_endpoint,
                                 getCall(QStringLiteral("/team_role_assignments")), query,
                                 SubjectKind::Team);
}

AssignmentJob *RemoteApi::createAssignment(SubjectKind kind, const QString &subjectId,
                                           const QString &roleId, const QString &workspaceId) const
{
    const bool user = kind == SubjectKind::User;
    QJsonObject body{{user ? QStringLiteral("user") : QStringLiteral("team"), subjectId},
                     {QStringLiteral("role"), roleId}};
    // No workspace key at all means a global assignment.
    if (!workspaceId.isEmpty())
        body.insert(QStringLiteral("workspace"), workspaceId);
    const QString route =
        user ? QStringLiteral("/role_assignments") : QStringLiteral("/team_role_assignments");
    ApiCall c = jsonCall("POST", route, body);
    // The API takes UUIDs only here; names give a 422 that reads worse than this.
    c = requireUuid(c, subjectId, user ? tr("user") : tr("team"));
    if (!c.refusal)
        c = requireUuid(c, roleId, tr("role"));
    if (!c.refusal && !workspaceId.isEmpty())
        c = requireUuid(c, workspaceId, tr("workspace"));
    return new AssignmentJob(m_network, m_endpoint, c, kind);
}

AssignmentJob *RemoteApi::createUserAssignment(const QString &userId, const QString &roleId,
                                               const QString &workspaceId) const
{
    return createAssignment(SubjectKind::User, userId, roleId, workspaceId);
}

AssignmentJob *RemoteApi::createTeamAssignment(const QString &teamId, const QString &roleId,
                                               const QString &workspaceId) const
{
    return createAssignment(SubjectKind::Team, teamId, roleId, workspaceId);
}

DeleteJob *RemoteApi::deleteUserAssignment(const QString &assignmentId) const
{
    return new DeleteJob(m_network, m_endpoint,
                         requireUuid(deleteCall(path("role_assignments", assignmentId)),
                                     assignmentId, tr("role assignment")));
}

DeleteJob *RemoteApi::deleteTeamAssignment(const QString &assignmentId) const
{
    return new DeleteJob(m_network, m_endpoint,
                         requireUuid(deleteCall(path("team_role_assignments", assignmentId)),
                                     assignmentId, tr("role assignment")));
}

WorkspaceListJob *RemoteApi::listWorkspaces(const ListQuery &query) const
{
    return new WorkspaceListJob(m_network, m_endpoint, getCall(QStringLiteral("/workspaces")),
                                query);
}

WorkspaceJob *RemoteApi::getWorkspace(const QString &nameOrId) const
{
    return new WorkspaceJob(m_network, m_endpoint, getCall(path("workspaces", nameOrId)));
}

WorkspaceJob *RemoteApi::createWorkspace(const QString &name, const QString &description) const
{
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("description"), description}};
    return new WorkspaceJob(m_network, m_endpoint,
                            jsonCall("POST", QStringLiteral("/workspaces"), body));
}

WorkspaceJob *RemoteApi::updateWorkspace(const QString &nameOrId,
                                         const WorkspaceChanges &changes) const
{
    return new WorkspaceJob(m_network, m_endpoint,
                            jsonCall("PUT", path("workspaces", nameOrId), changes.toJson()));
}

DeleteJob *RemoteApi::deleteWorkspace(const QString &nameOrId) const
{
    return new DeleteJob(m_network, m_endpoint, deleteCall(path("workspaces", nameOrId)));
}

} // namespace zenml::remote
