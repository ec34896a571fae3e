#pragma once

#include "domain/workspace.h"
#include "namedtable.h"

namespace zenml {

class WorkspaceTable : public NamedTable
{
public:
    explicit WorkspaceTable(QSqlDatabase db);

    Result<QList<Workspace>> list() const;
    Result<std::optional<Workspace>> byId(const QString &id) const;
    Status insert(const Workspace &workspace, SyncState state, const QString &baseUpdated = {});
    Status update(const Workspace &workspace, SyncState state);

private:
    Result<QList<Workspace>> select(const QString &where, const QVariantList &values) const;
};

} // namespace zenml
