#pragma once

#include "domain/permission.h"

#include <QList>
#include <QString>

namespace zenml::review {

// One way a user comes to hold a role: directly or through a team, globally or in a workspace.
struct GrantPath
{
    QString roleId;
    QString roleName;
    QString teamId; // empty: the user's own assignment
    QString teamName;
    QString workspaceId; // empty: global, counting in every workspace
    QString workspaceName;
    Permissions permissions; // what the role grants

    bool viaTeam() const { return !teamId.isEmpty(); }
    bool isGlobal() const { return workspaceId.isEmpty(); }
    // "direct-global", "direct-workspace", "team-global", "team-workspace": stable, for scripts.
    QString viaKey() const;
    // One translated line: "role editor through team data in workspace ml".
    QString describe() const;

    friend bool operator==(const GrantPath &a, const GrantPath &b)
    {
        return a.roleId == b.roleId && a.teamId == b.teamId && a.workspaceId == b.workspaceId;
    }
};

// A permission a user holds in one place, with every path that grants it (each listed once).
struct PermissionGrant
{
    Permission permission = Permission::Read;
    QList<GrantPath> paths;
};

// What one user may do in one workspace (or, with no workspace, everywhere: global paths only).
struct EffectivePermissions
{
    QString userId;
    QString userName;
    bool active = true;   // an inactive user holds the permissions but cannot use them
    bool enforced = true; // false on a local profile, which records roles but does not enforce them
    QString workspaceId;  // empty: the global row
    QString workspaceName;
    QList<PermissionGrant> grants; // canonical permission order

    Permissions held() const;
    const PermissionGrant *grant(Permission p) const;
};

// A user holding a permission, with the paths that give it.
struct Holder
{
    QString userId;
    QString userName;
    bool active = true;
    QList<GrantPath> paths;
};

} // namespace zenml::review
