#include "mirrorsnapshot.h"

#include "domain/permission.h"
#include "domain/rules.h"
#include "store/accessrows.h"
#include "store/localstore.h"
#include "store/roletable.h"
#include "store/workspacetable.h"

namespace zenml::access {

Result<MirrorSnapshot> snapshotOf(LocalStore &store)
{
    MirrorSnapshot s;
    AccessModel &m = s.model;

    auto workspaces = store.workspaces().list();
    if (!workspaces)
        return workspaces.error();
    for (const Workspace &w : *workspaces) {
        m.workspaces << WorkspaceEntry{
            w.name, w.description, rules::isDefaultWorkspace(w.name), {}};
        s.workspaceIds.insert(w.name, w.id);
    }

    auto roles = store.roles().list();
    if (!roles)
        return roles.error();
    for (const Role &r : *roles) {
        RoleEntry e;
        e.name = r.name;
        e.permissions = permission::names(r.permissions);
        e.builtin = rules::isBuiltinRole(r.name);
        m.roles << e;
        s.roleIds.insert(r.name, r.id);
    }

    // Users, teams, members and assignments, the big tables, in one plain query each.
    auto rows = readAccessRows(store.database());
    if (!rows)
        return rows.error();
    QHash<QString, QString> userNames; // by id
    userNames.reserve(rows->users.size());
    s.userIds.reserve(rows->users.size());
    m.users.reserve(rows->users.size());
    for (const AccessRows::UserRow &u : rows->users) {
        UserEntry e;
        e.name = u.name;
        e.fullName = u.fullName;
        e.email = u.email;
        e.active = u.active;
        e.builtin = rules::isDefaultUser(u.name);
        m.users << e;
        s.userIds.insert(u.name, u.id);
        userNames.insert(u.id, u.name);
    }

    QHash<QString, qsizetype> teamIndex; // by id
    QHash<QString, QString> teamNames;   // by id
    for (const auto &[id, name] : rows->teams) {
        teamIndex.insert(id, m.teams.size());
        teamNames.insert(id, name);
        TeamEntry e;
        e.name = name;
        m.teams << e;
        s.teamIds.insert(name, id);
    }
    for (const AccessRows::MemberRow &r : rows->members) {
        auto it = teamIndex.constFind(r.teamId);
        if (it != teamIndex.constEnd())
            m.teams[*it].members << userNames.value(r.userId, r.userId);
    }

    QHash<QString, QString> roleNames, workspaceNames; // by id
    for (auto it = s.roleIds.cbegin(); it != s.roleIds.cend(); ++it)
        roleNames.insert(it.value(), it.key());
    for (auto it = s.workspaceIds.cbegin(); it != s.workspaceIds.cend(); ++it)
        workspaceNames.insert(it.value(), it.key());
    m.assignments.reserve(rows->assignments.size());
    for (const AccessRows::AssignmentRow &r : rows->assignments) {
        AssignmentEntry e;
        e.role = roleNames.value(r.roleId, r.roleId);
        e.subjectKind = r.kind;
        e.subject = r.kind == SubjectKind::User ? userNames.value(r.subjectId, r.subjectId)
                                                : teamNames.value(r.subjectId, r.subjectId);
        e.workspace = r.workspaceId.isEmpty() ? QString()
                                              : workspaceNames.value(r.workspaceId, r.workspaceId);
        m.assignments << e;
    }
    m.normalize();
    return s;
}

} // namespace zenml::access
