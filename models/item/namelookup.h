#pragma once

#include "domain/entitykind.h"
#include "domain/error.h"

#include <QStringList>

namespace zenml {

class AdminService;

// Exact-name questions that dialogs ask while a person types (the facade's resolve() also
// accepts prefixes, which is right for the command line but not for "is this name free?").
namespace namelookup {

// True when another entity of the kind (not exceptId) has exactly this name.
Result<bool> taken(const AdminService &service, EntityKind kind, const QString &name,
                   const QString &exceptId = {});
// All names of a kind, sorted case-insensitively (for pickers of roles and workspaces).
Result<QStringList> names(const AdminService &service, EntityKind kind);

} // namespace namelookup
} // namespace zenml
