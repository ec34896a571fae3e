#include "entitykind.h"

#include <QCoreApplication>

namespace zenml::entitykind {

QString key(EntityKind kind)
{
    switch (kind) {
    case EntityKind::User:
        return QStringLiteral("user");
    case EntityKind::Team:
        return QStringLiteral("team");
    case EntityKind::Role:
        return QStringLiteral("role");
    case EntityKind::Workspace:
        return QStringLiteral("workspace");
    case EntityKind::UserRoleAssignment:
        return QStringLiteral("user_role_assignment");
    case EntityKind::TeamRoleAssignment:
        return QStringLiteral("team_role_assignment");
    }
    return {};
}

QString displayName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::User:
        return QCoreApplication::translate("EntityKind", "user");
    case EntityKind::Team:
        return QCoreApplication::translate("EntityKind", "team");
    case EntityKind::Role:
        return QCoreApplication::translate("EntityKind", "role");
    case EntityKind::Workspace:
        return QCoreApplication::translate("EntityKind", "workspace");
    case EntityKind::UserRoleAssignment:
        return QCoreApplication::translate("EntityKind", "user role assignment");
    case EntityKind::TeamRoleAssignment:
        return QCoreApplication::translate("EntityKind", "team role assignment");
    }
    return {};
}

} // namespace zenml::entitykind
