#include "accessgrant.h"

#include <QCoreApplication>

namespace zenml::review {

namespace {
struct AccessGrant
{
    Q_DECLARE_TR_FUNCTIONS(zenml::review::AccessGrant)
};
} // namespace

QString GrantPath::viaKey() const
{
    return QStringLiteral("%1-%2").arg(
        viaTeam() ? QStringLiteral("team") : QStringLiteral("direct"),
        isGlobal() ? QStringLiteral("global") : QStringLiteral("workspace"));
}

QString GrantPath::describe() const
{
    const QString ws = workspaceName.isEmpty() ? workspaceId : workspaceName;
    if (viaTeam() && isGlobal())
        return AccessGrant::tr("role %1 through team %2, globally").arg(roleName, teamName);
    if (viaTeam())
        return AccessGrant::tr("role %1 through team %2 in workspace %3")
            .arg(roleName, teamName, ws);
    if (isGlobal())
        return AccessGrant::tr("own role %1, globally").arg(roleName);
    return AccessGrant::tr("own role %1 in workspace %2").arg(roleName, ws);
}

Permissions EffectivePermissions::held() const
{
    Permissions set;
    for (const PermissionGrant &g : grants)
        set |= g.permission;
    return set;
}

const PermissionGrant *EffectivePermissions::grant(Permission p) const
{
    for (const PermissionGrant &g : grants) {
        if (g.permission == p)
            return &g;
    }
    return nullptr;
}

} // namespace zenml::review
