#pragma once

#include "domain/role.h"
#include "namedtable.h"

namespace zenml {

class RoleTable : public NamedTable
{
public:
    explicit RoleTable(QSqlDatabase db);

    Result<QList<Role>> list() const;
    Result<std::optional<Role>> byId(const QString &id) const;
    Result<std::optional<Role>> byName(const QString &name) const;
    Status insert(const Role &role, SyncState state, const QString &baseUpdated = {});
    Status update(const Role &role, SyncState state); // name, updated and the permission set

private:
    Result<QList<Role>> select(const QString &where, const QVariantList &values) const;
    Status writePermissions(const Role &role);
};

} // namespace zenml
