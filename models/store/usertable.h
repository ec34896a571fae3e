#pragma once

#include "domain/user.h"
#include "namedtable.h"

namespace zenml {

struct UserQuery
{
    QString search;             // substring of name, full name or email
    std::optional<bool> active; // only active or only inactive users
};

class UserTable : public NamedTable
{
public:
    explicit UserTable(QSqlDatabase db);

    Result<QList<User>> list(const UserQuery &query = {}) const;
    Result<std::optional<User>> byId(const QString &id) const;
    Result<std::optional<User>> byName(const QString &name) const;
    Status insert(const User &user, SyncState state, const QString &baseUpdated = {});
    Status update(const User &user, SyncState state);
};

} // namespace zenml
