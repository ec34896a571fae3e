#pragma once

#include "accessgrant.h"
#include "domain/error.h"
#include "domain/roleassignment.h"

#include <QHash>
#include <QSqlDatabase>
#include <optional>

namespace zenml::review {

// The mirror's access data, read in a few bulk queries into flat arrays indexed by position, so
// that effective permissions, who-can and the review are computed in memory. Loaded whole, or only
// what one user's permissions need.
class MirrorSnapshot
{
public:
    struct UserRow
    {
        QString id;
        QString name;
        bool active = true;
        bool serviceAccount = false;
        // As stored; parsed only where a finding needs it, and read (by load()) only for the
        // inactive users that are not service accounts: invitations, which can go stale.
        QString created;
    };
    struct TeamRow
    {
        QString id;
        QString name;
        QList<int> members; // user indexes (whole snapshots only)
    };
    struct RoleRow
    {
        QString id;
        QString name;
        Permissions permissions;
    };
    // An assignment by positions (its own id is not read: nothing here shows it).
    struct AssignmentRow
    {
        SubjectKind kind = SubjectKind::User;
        int subject = -1; // user or team index
        int role = -1;
        QString workspaceId; // empty: global
    };

    // Everything: every user, team, membership, role, workspace and assignment.
    static Result<MirrorSnapshot> load(const QSqlDatabase &db);
    // One user, the teams it is in and the assignments of both; all roles and workspaces.
    static Result<MirrorSnapshot> loadUser(const QSqlDatabase &db, const QString &userId);

    QList<UserRow> users;
    QList<TeamRow> teams;
    QList<RoleRow> roles;
    QHash<QString, QString> workspaceNames; // id → name
    QList<AssignmentRow> assignments;
    QList<QList<int>> userTeams;       // per user: team indexes
    QList<QList<int>> userAssignments; // per user: assignment indexes
    QList<QList<int>> teamAssignments; // per team: assignment indexes

    int userIndex(const QString &id) const { return m_userIndex.value(id, -1); }
    int roleIndex(const QString &id) const { return m_roleIndex.value(id, -1); }
    int teamIndex(const QString &id) const { return m_teamIndex.value(id, -1); }

    // Every path that gives a user a role, own and team, in every scope.
    QList<GrantPath> pathsOf(int user) const;
    GrantPath pathOf(int assignment) const;

private:
    Status loadRolesAndWorkspaces(const QSqlDatabase &db);
    void index();

    QHash<QString, int> m_userIndex;
    QHash<QString, int> m_teamIndex;
    QHash<QString, int> m_roleIndex;
};

} // namespace zenml::review
