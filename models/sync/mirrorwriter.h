#pragma once

#include "domain/entitykind.h"
#include "domain/error.h"
#include "domain/role.h"
#include "domain/roleassignment.h"
#include "domain/team.h"
#include "domain/user.h"
#include "domain/workspace.h"
#include "store/syncstate.h"

#include <QJsonObject>

namespace zenml {
class LocalStore;
}

namespace zenml::sync {

// Writes rows that came from the server into the mirror (insert or update by id), with the
// server's raw `updated` as the base. Callers own the transaction. Two rules the server imposes:
// e-mail addresses are not listed by the server, so a known local one is kept; and names are
// unique, so a clean local row still holding a name the server gave to another row (a rename
// chain) is parked under a placeholder name until its own new name arrives. A row whose name is
// held by a row with local changes is not written (Skipped): the push settles that one.
class MirrorWriter
{
public:
    enum class Outcome { Written, Skipped };

    explicit MirrorWriter(LocalStore &store);

    Result<Outcome> writeUser(User user, const QString &rawUpdated, SyncState state);
    Result<Outcome> writeTeam(Team team, const QString &rawUpdated, SyncState state);
    Result<Outcome> writeRole(const Role &role, const QString &rawUpdated, SyncState state);
    Result<Outcome> writeWorkspace(const Workspace &workspace, const QString &rawUpdated,
                                   SyncState state);
    Result<Outcome> writeAssignment(const RoleAssignment &assignment, const QString &rawUpdated);

    // A snapshot (rowsnapshot.h) of any kind.
    Result<Outcome> writeSnapshot(EntityKind kind, const QJsonObject &snapshot, SyncState state);
    Status remove(EntityKind kind, const QString &id);

private:
    // Makes `name` free for row `id` in `table`; false when a row with local changes holds it.
    Result<bool> claimName(EntityKind kind, const QString &name, const QString &id);

    LocalStore &m_store;
};

} // namespace zenml::sync
