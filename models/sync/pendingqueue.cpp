#include "pendingqueue.h"

#include "conflictresolver.h"
#include "idtranslator.h"
#include "mirrorwriter.h"
#include "operationrequest.h"
#include "store/historytable.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/sqlutil.h"
#include "store/transaction.h"

namespace zenml::sync {

namespace {
QString tableOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Team:
        return QStringLiteral("teams");
    case EntityKind::Role:
        return QStringLiteral("roles");
    case EntityKind::Workspace:
        return QStringLiteral("workspaces");
    case EntityKind::UserRoleAssignment:
        return QStringLiteral("user_role_assignments");
    case EntityKind::TeamRoleAssignment:
        return QStringLiteral("team_role_assignments");
    default:
        return QStringLiteral("users");
    }
}
} // namespace

PendingQueue::PendingQueue(LocalStore &store)
    : m_store(store)
{}

Result<QList<PendingEntry>> PendingQueue::list() const
{
    auto ops = m_store.outbox().list();
    if (!ops)
        return ops.error();
    auto ids = IdTranslator::load(m_store.database());
    if (!ids)
        return ids.error();
    QList<PendingEntry> out;
    for (OutboxOperation op : *ops) {
        OperationRequest::complete(m_store, *ids, op);
        PendingEntry e{op, op.payload.value(QStringLiteral("name")).toString(),
                       OperationRequest::describe(op, *ids)};
        const bool assignment = op.entityKind == EntityKind::UserRoleAssignment ||
                                op.entityKind == EntityKind::TeamRoleAssignment;
        if (!assignment) {
            auto name = sql::exec(
                m_store.database(),
                QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(tableOf(op.entityKind)),
                {ids->toServer(op.entityId)});
            if (name && name->next())
                e.entityName = name->value(0).toString();
        }
        out << e;
    }
    return out;
}

Result<OutboxOperation> PendingQueue::find(qint64 id) const
{
    auto op = m_store.outbox().byId(id);
    if (!op)
        return op.error();
    if (!op.value() || op.value()->status == OutboxStatus::Done)
        return Error::make(ErrorKind::NotFound,
                           tr("There is no pending change with the number %1. List them with "
                              "'zenml-admin pending list'.")
                               .arg(id));
    return *op.value();
}

Status PendingQueue::retry(const QList<qint64> &operationIds)
{
    Transaction tx(m_store.database());
    if (!tx.begun())
        return tx.begun();
    for (qint64 id : operationIds) {
        auto op = find(id);
        if (!op)
            return op.error();
        if (op->status == OutboxStatus::Conflict)
            return Error::make(ErrorKind::Conflict,
                               tr("Change %1 is a conflict: resolve it with 'zenml-admin "
                                  "conflicts resolve %1 --keep-mine' or '--take-server'.")
                                   .arg(id));
        auto q = sql::exec(m_store.database(),
                           QStringLiteral("UPDATE outbox SET status = ?, next_attempt = NULL, "
                                          "attempts = 0 WHERE id = ? AND status <> ?"),
                           {int(OutboxStatus::Pending), id, int(OutboxStatus::InFlight)});
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Status PendingQueue::drop(const QList<qint64> &operationIds)
{
    Transaction tx(m_store.database());
    if (!tx.begun())
        return tx.begun();
    auto ids = IdTranslator::load(m_store.database());
    if (!ids)
        return ids.error();
    bool repull = false;
    for (qint64 id : operationIds) {
        auto op = find(id);
        if (!op)
            return op.error();
        const QString rowId = ids->toServer(op->entityId);
        if (OperationRequest::isCreate(*op) && !ids->isMapped(op->entityId)) {
            MirrorWriter writer(m_store);
            if (Status s = writer.remove(op->entityKind, rowId); !s)
                return s;
        } else if (!OperationRequest::isDelete(*op)) {
            // Forget the base so the next full pull rewrites the row with the server's copy.
            auto q = sql::exec(m_store.database(),
                               QStringLiteral("UPDATE %1 SET base_updated = NULL, sync_state = ? "
                                              "WHERE id = ?")
                                   .arg(tableOf(op->entityKind)),
                               {int(SyncState::Clean), rowId});
            if (!q)
                return q.error();
            repull = true;
        } else {
            repull = true; // the row comes back with the next full pull
        }
        if (Status s = m_store.history().setOutcome(id, QStringLiteral("dropped"), 0,
                                                    QDateTime::currentDateTimeUtc());
            !s)
            return s;
        if (Status s = m_store.outbox().remove(id); !s)
            return s;
    }
    if (repull) {
        if (Status s = m_store.setMeta(ConflictResolver::kSweepRequested, QStringLiteral("1")); !s)
            return s;
    }
    return tx.commit();
}

} // namespace zenml::sync
