#pragma once

#include "serverstate.h"

#include <QHash>
#include <QJsonObject>
#include <QMultiHash>

namespace zenml::test {

// Turns rows into the JSON the real server sends. Built per request: from the second user on it
// indexes the assignments and memberships once, so a page of 10k users does not rescan them per
// user, while a single user (create, get, update) is a plain scan.
class EntityJson
{
public:
    enum class UserDetail {
        Full,    // teams and roles filled in (lists, gets, create, update)
        Nested,  // teams and roles null (inside assignments)
        Current, // Full plus the email (only /current-user)
    };

    explicit EntityJson(const ServerState &state);

    QJsonObject user(const UserRecord &user, UserDetail detail = UserDetail::Full,
                     const QString &activationToken = QString());
    QJsonObject team(const TeamRecord &team, bool withUsers);
    QJsonObject role(const RoleRecord &role) const;
    QJsonObject workspace(const WorkspaceRecord &workspace) const;
    QJsonObject userAssignment(const AssignmentRecord &assignment);
    QJsonObject teamAssignment(const AssignmentRecord &assignment);

private:
    void buildIndexes();
    QJsonObject base(const QString &id, qint64 created, qint64 updated) const;
    QJsonValue workspaceOrNull(const QString &workspaceId) const;

    const ServerState &m_state;
    bool m_indexed = false;
    int m_fullUsers = 0;
    QMultiHash<QString, qsizetype> m_assignmentsByUser; // user id -> index in userAssignments
    QMultiHash<QString, qsizetype> m_teamsByUser;       // user id -> index in teams
};

} // namespace zenml::test
