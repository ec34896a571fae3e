#pragma once

#include "assignmentjob.h"
#include "assignmentlistjob.h"
#include "compatibility.h"
#include "deletejob.h"
#include "infojob.h"
#include "listquery.h"
#include "loginjob.h"
#include "rolechanges.h"
#include "rolejob.h"
#include "rolelistjob.h"
#include "serverendpoint.h"
#include "teamchanges.h"
#include "teamjob.h"
#include "teamlistjob.h"
#include "userchanges.h"
#include "userjob.h"
#include "userlistjob.h"
#include "versionjob.h"
#include "workspacechanges.h"
#include "workspacejob.h"
#include "workspacelistjob.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>

namespace zenml::remote {

// The ZenML REST API as a set of job factories: each method returns a new, NOT yet started job
// (connect to its finished() signal, then start() it; it deletes itself after finishing). This
// class only knows routes and bodies; it holds no state besides the endpoint.
class RemoteApi
{
    Q_DECLARE_TR_FUNCTIONS(RemoteApi)

public:
    RemoteApi(QNetworkAccessManager *network, ServerEndpoint endpoint);

    const ServerEndpoint &endpoint() const { return m_endpoint; }
    void setEndpoint(const ServerEndpoint &endpoint) { m_endpoint = endpoint; }
    void setToken(const QString &token) { m_endpoint.token = token; }
    QNetworkAccessManager *network() const { return m_network; }

    // Server
    InfoJob *serverInfo() const;       // GET /info, no token
    VersionJob *serverVersion() const; // GET /version, no token
    LoginJob *login(const QString &username, const QString &password) const;
    UserJob *currentUser() const;

    // Users (nameOrId: a UUID string is looked up by id only)
    UserListJob *listUsers(const ListQuery &query = {}) const;
    UserJob *getUser(const QString &nameOrId) const;
    UserJob *createUser(const QString &name, const UserChanges &fields = {}) const;
    UserJob *updateUser(const QString &nameOrId, const UserChanges &changes) const;
    DeleteJob *deleteUser(const QString &nameOrId) const;
    // No token needed; `name` is sent when not empty (the dashboard sends it).
    UserJob *activateUser(const QString &nameOrId, const QString &password,
                          const QString &activationToken, const QString &name = {}) const;
    // The answer's activationToken is the new invitation token.
    UserJob *deactivateUser(const QString &nameOrId) const;

    // Teams
    TeamListJob *listTeams(const ListQuery &query = {}) const;
    TeamJob *getTeam(const QString &nameOrId) const;
    TeamJob *createTeam(const QString &name, const QStringList &memberIds = {}) const;
    TeamJob *updateTeam(const QString &teamId, const TeamChanges &changes) const; // UUID only
    DeleteJob *deleteTeam(const QString &nameOrId) const;

    // Roles
    RoleListJob *listRoles(const ListQuery &query = {}) const;
    RoleJob *getRole(const QString &nameOrId) const;
    RoleJob *createRole(const QString &name, Permissions permissions) const;
    RoleJob *updateRole(const QString &roleId, const RoleChanges &changes) const; // UUID only
    DeleteJob *deleteRole(const QString &nameOrId) const;

    // User role assignments (filters: user_id, role_id, workspace_id); workspaceId empty = global
    AssignmentListJob *listUserAssignments(const ListQuery &query = {}) const;
    AssignmentJob *createUserAssignment(const QString &userId, const QString &roleId,
                                        const QString &workspaceId = {}) const;
    DeleteJob *deleteUserAssignment(const QString &assignmentId) const;

    // Team role assignments (filters: team_id, role_id, workspace_id)
    AssignmentListJob *listTeamAssignments(const ListQuery &query = {}) const;
    AssignmentJob *createTeamAssignment(const QString &teamId, const QString &roleId,
                                        const QString &workspaceId = {}) const;
    DeleteJob *deleteTeamAssignment(const QString &assignmentId) const;

    // Workspaces
    WorkspaceListJob *listWorkspaces(const ListQuery &query = {}) const;
    WorkspaceJob *getWorkspace(const QString &nameOrId) const;
    WorkspaceJob *createWorkspace(const QString &name, const QString &description = {}) const;
    WorkspaceJob *updateWorkspace(const QString &nameOrId, const WorkspaceChanges &changes) const;
    DeleteJob *deleteWorkspace(const QString &nameOrId) const;

    // The request bodies and routes, exposed for tests and for the contract checks.
    static ApiCall jsonCall(const QByteArray &verb, const QString &path, const QJsonObject &body);
    static ApiCall getCall(const QString &path);
    static ApiCall deleteCall(const QString &path);
    // PUT /users/{id}/deactivate: makes the user inactive; the answer carries a new token.
    static ApiCall deactivateCall(const QString &nameOrId);

private:
    // A call whose path needs a UUID: refused up front when `id` is not one.
    static ApiCall requireUuid(ApiCall call, const QString &id, const QString &what);
    AssignmentJob *createAssignment(SubjectKind kind, const QString &subjectId,
                                    const QString &roleId, const QString &workspaceId) const;

    QPointer<QNetworkAccessManager> m_network;
    ServerEndpoint m_endpoint;
};

} // namespace zenml::remote
