#pragma once

#include "domain/team.h"
#include "namedtable.h"

namespace zenml {

class TeamTable : public NamedTable
{
public:
    explicit TeamTable(QSqlDatabase db);

    Result<QList<Team>> list(const QString &search = {}) const; // with member ids
    Result<std::optional<Team>> byId(const QString &id) const;
    Status insert(const Team &team, SyncState state, const QString &baseUpdated = {});
    Status update(const Team &team, SyncState state); // name, updated and the full member list
    Result<QStringList> teamIdsOfUser(const QString &userId) const;

private:
    Status writeMembers(const Team &team);
};

} // namespace zenml
