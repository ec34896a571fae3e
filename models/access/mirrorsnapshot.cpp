#include "mirrorsnapshot.h"

#include "domain/permission.h"
#include "domain/rules.h"
#include "store/assignmenttable.h"
#include "store/localstore.h"
#include "store/roletable.h"
#include "store/teamtable.h"
#include "store/usertable.h"
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

    auto users = store.users().list();
    if (!users)
        return users.error();
    QHash<QString, QString> userNames; // by id
    userNames.reserve(users->size());
    s.userIds.reserve(users->size());
    m.users.reserve(users->size());
    for (const User &u : *users) {
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

    auto teams = store.teams().list();
    if (!teams)
        return teams.error();
    for (const Team &t : *teams) {
        TeamEntry e;
        e.name = t.name;
        for (const QString &id : t.memberIds)
            e.members << userNames.value(id, id);
        m.teams << e;
        s.teamIds.insert(t.name, t.id);
    }

    auto assignments = store.assignments().list();
    if (!assignments)
        return assignments.error();
    m.assignments.reserve(assignments->size());
    for (const AssignmentView &v : *assignments) {
        AssignmentEntry e;
        e.role = v.roleName;
        e.subjectKind = v.assignment.subjectKind;
        e.subject = v.subjectName;
        e.workspace = v.workspaceName;
        m.assignments << e;
    }
    m.normalize();
    return s;
}

} // namespace zenml::access
