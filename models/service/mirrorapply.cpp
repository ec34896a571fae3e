// ServerMirror::apply: a full snapshot of the server into the mirror, in one transaction.
#include "servermirror.h"

#include "store/assignmenttable.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/roletable.h"
#include "store/sqlutil.h"
#include "store/teamtable.h"
#include "store/transaction.h"
#include "store/usertable.h"
#include "store/workspacetable.h"

#include <QSet>

namespace zenml {

namespace {

// A row the admin touched locally and has not pushed: the pull must not overwrite or remove it.
Result<bool> isPending(LocalStore &store, NamedTable *table, const QString &id)
{
    auto open = store.outbox().hasOpenOperationFor(id);
    if (!open)
        return open.error();
    if (*open)
        return true;
    if (!table)
        return false;
    auto sync = table->syncInfo(id);
    if (!sync)
        return false; // no such row here: nothing local to protect
    return sync->state != SyncState::Clean;
}

// Removes clean rows the server no longer has, then updates or inserts the server's rows.
template<typename Table, typename RemoteRowT>
Status mirrorNamed(LocalStore &store, Table &table, const QList<RemoteRowT> &rows)
{
    QSet<QString> serverIds;
    for (const RemoteRowT &row : rows)
        serverIds.insert(row.value.id);
    auto local = table.allRefs();
    if (!local)
        return local.error();
    QSet<QString> localIds;
    for (const NamedRef &ref : *local) {
        localIds.insert(ref.id);
        if (serverIds.contains(ref.id))
            continue;
        auto pending = isPending(store, &table, ref.id);
        if (!pending)
            return pending.error();
        if (!*pending) {
            if (Status s = table.remove(ref.id); !s)
                return s;
        }
    }
    for (const RemoteRowT &row : rows) {
        const bool known = localIds.contains(row.value.id);
        if (known) {
            auto pending = isPending(store, &table, row.value.id);
            if (!pending)
                return pending.error();
            if (*pending)
                continue;
            if (Status s = table.update(row.value, SyncState::Clean); !s)
                return s;
            if (Status s = table.setSyncState(row.value.id, SyncState::Clean, row.rawUpdated); !s)
                return s;
        } else {
            auto pending = isPending(store, nullptr, row.value.id);
            if (!pending)
                return pending.error();
            if (*pending) // deleted here, delete not pushed yet
                continue;
            if (Status s = table.insert(row.value, SyncState::Clean, row.rawUpdated); !s)
                return s;
        }
    }
    return {};
}

Status removeStaleAssignments(LocalStore &store, SubjectKind kind,
                              const QList<remote::RemoteAssignment> &rows)
{
    QSet<QString> serverIds;
    for (const auto &row : rows)
        serverIds.insert(row.value.id);
    auto q = sql::exec(store.database(), QStringLiteral("SELECT id FROM %1 WHERE sync_state = 0")
                                             .arg(AssignmentTable::tableOf(kind)));
    if (!q)
        return q.error();
    QStringList stale;
    while (q->next()) {
        const QString id = q->value(0).toString();
        if (!serverIds.contains(id))
            stale << id;
    }
    for (const QString &id : std::as_const(stale)) {
        auto pending = isPending(store, nullptr, id);
        if (!pending)
            return pending.error();
        if (*pending)
            continue;
        if (Status s = store.assignments().remove(kind, id); !s)
            return s;
    }
    return {};
}

Status insertAssignments(LocalStore &store, const QList<remote::RemoteAssignment> &rows)
{
    AssignmentTable &table = store.assignments();
    for (const auto &row : rows) {
        const RoleAssignment &a = row.value;
        auto byId = table.byId(a.subjectKind, a.id);
        if (!byId)
            return byId.error();
        if (byId.value())
            continue; // assignments never change; only created and deleted
        auto same = table.find(a.subjectKind, a.subjectId, a.roleId, a.workspaceId);
        if (!same)
            return same.error();
        if (same.value())
            continue; // the same grant made here and not pushed yet
        auto pending = isPending(store, nullptr, a.id);
        if (!pending)
            return pending.error();
        if (*pending)
            continue;
        if (Status s = table.insert(a, SyncState::Clean, row.rawUpdated); !s)
            return s;
    }
    return {};
}

} // namespace

Status ServerMirror::apply(LocalStore &store, const Snapshot &snapshot)
{
    Transaction tx(store.database());
    if (!tx.begun())
        return tx.begun();
    // Assignments first (they refer to everything else), then the named rows in the order their
    // references need: workspaces and roles, users, teams (members are users).
    for (const auto &[kind, rows] : {std::pair{SubjectKind::User, &snapshot.userAssignments},
                                     std::pair{SubjectKind::Team, &snapshot.teamAssignments}}) {
        if (Status s = removeStaleAssignments(store, kind, *rows); !s)
            return s;
    }
    if (Status s = mirrorNamed(store, store.workspaces(), snapshot.workspaces); !s)
        return s;
    if (Status s = mirrorNamed(store, store.roles(), snapshot.roles); !s)
        return s;
    if (Status s = mirrorNamed(store, store.users(), snapshot.users); !s)
        return s;
    if (Status s = mirrorNamed(store, store.teams(), snapshot.teams); !s)
        return s;
    if (Status s = insertAssignments(store, snapshot.userAssignments); !s)
        return s;
    if (Status s = insertAssignments(store, snapshot.teamAssignments); !s)
        return s;
    return tx.commit();
}

} // namespace zenml
