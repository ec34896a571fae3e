#pragma once

#include "entitykind.h"
#include "error.h"
#include "role.h"
#include "user.h"
#include "workspace.h"

namespace zenml::rules {

// The ZenML server's own rules, checked before an edit is accepted locally, so that an edit
// accepted here is not refused there.

inline constexpr int kMaxNameLength = 255;
inline const QString kAdminRole = QStringLiteral("admin");
inline const QString kGuestRole = QStringLiteral("guest");
inline const QString kDefaultUser = QStringLiteral("default");
inline const QString kDefaultWorkspace = QStringLiteral("default");

Status validateName(EntityKind kind, const QString &name);
Status validatePermissionNames(const QStringList &names);
Status validateEmail(const QString &email);

bool isBuiltinRole(const QString &roleName);
bool isDefaultUser(const QString &userName);
bool isDefaultWorkspace(const QString &workspaceName);

Status canModifyRole(const Role &role);
Status canDeleteRole(const Role &role, int assignmentCount);
Status canRenameUser(const User &user);
Status canDeleteUser(const User &user);
Status canRenameWorkspace(const Workspace &workspace);
Status canDeleteWorkspace(const Workspace &workspace);

} // namespace zenml::rules
