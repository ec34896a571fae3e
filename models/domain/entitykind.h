#pragma once

#include <QString>

namespace zenml {

enum class EntityKind { User, Team, Role, Workspace, UserRoleAssignment, TeamRoleAssignment };

namespace entitykind {
QString key(EntityKind kind);         // stable, untranslated: "user", "team", ...
QString displayName(EntityKind kind); // translated, lower case, for sentences
} // namespace entitykind

} // namespace zenml
