#include "outcomeapplier.h"

#include "mirrorwriter.h"
#include "operationrequest.h"
#include "store/assignmenttable.h"
#include "store/historytable.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/roletable.h"
#include "store/sqlutil.h"
#include "store/teamtable.h"
#include "store/transaction.h"
#include "store/usertable.h"
#include "store/workspacetable.h"

namespace zenml::sync {

namespace {
std::optional<SubjectKind> subjectOf(EntityKind kind)
{
    if (kind == EntityKind::UserRoleAssignment)
        return SubjectKind::User;
    if (kind == EntityKind::TeamRoleAssignment)
        return SubjectKind::Team;
    return std::nullopt;
}

NamedTable &tableOf(LocalStore &store, EntityKind kind)
{
    switch (kind) {
    case EntityKind::Team:
        return store.teams();
    case EntityKind::Role:
        return store.roles();
    case EntityKind::Workspace:
        return store.workspaces();
    default:
        return store.users();
    }
}
} // namespace

OutcomeApplier::OutcomeApplier(LocalStore &store, IdTranslator &ids, const BackoffPolicy &backoff,
                               const Clock &clock)
    : m_store(store)
    , m_ids(ids)
    , m_backoff(backoff)
    , m_clock(clock)
{}

Status OutcomeApplier::markInFlight(qint64 operationId)
{
    // One statement is its own transaction; it is on disk before the request is sent.
    return m_store.outbox().setStatus(operationId, OutboxStatus::InFlight);
}

Result<bool> OutcomeApplier::hasLaterOperations(const OutboxOperation &op,
                                                const QString &serverId) const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT 1 FROM outbox WHERE entity_id IN (?, ?) AND id > ? "
                                      "AND status <> ? LIMIT 1"),
                       {op.entityId, serverId, op.id, int(OutboxStatus::Done)});
    if (!q)
        return q.error();
    return q->next();
}

Status OutcomeApplier::applyDone(const OutboxOperation &op, const OperationOutcome &outcome)
{
    const QString serverId = outcome.serverRow.value(QStringLiteral("id")).toString().isEmpty()
                                 ? m_ids.toServer(op.entityId)
                                 : outcome.serverRow.value(QStringLiteral("id")).toString();
    const QString raw = outcome.serverRow.value(QStringLiteral("updated")).toString();
    const auto subject = subjectOf(op.entityKind);
    if (OperationRequest::isCreate(op) && serverId != op.entityId) {
        if (Status s = m_store.outbox().mapId(op.entityId, serverId); !s)
            return s;
        Status s = subject ? m_store.assignments().replaceId(*subject, op.entityId, serverId)
                           : tableOf(m_store, op.entityKind).replaceId(op.entityId, serverId);
        if (!s)
            return s;
    }
    if (outcome.serverRow.isEmpty() || OperationRequest::isDelete(op))
        return {};
    auto later = hasLaterOperations(op, serverId);
    if (!later)
        return later.error();
    if (subject)
        return *later ? Status()
                      : m_store.assignments().setSyncState(*subject, serverId, SyncState::Clean);
    // Later edits of the row were made on top of this one: their base is the server's answer.
    auto rebase = sql::exec(m_store.database(),
                            QStringLiteral("UPDATE outbox SET base_updated = ? WHERE entity_id "
                                           "IN (?, ?) AND id > ? AND status IN (?, ?, ?)"),
                            {raw, op.entityId, serverId, op.id, int(OutboxStatus::Pending),
                             int(OutboxStatus::InFlight), int(OutboxStatus::Failed)});
    if (!rebase)
        return rebase.error();
    auto exists = tableOf(m_store, op.entityKind).refById(serverId);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return {}; // deleted here meanwhile; the queued delete follows
    if (*later)
        return tableOf(m_store, op.entityKind).setSyncState(serverId, SyncState::Modified, raw);
    MirrorWriter writer(m_store);
    auto written = writer.writeSnapshot(op.entityKind, outcome.serverRow, SyncState::Clean);
    if (!written)
        return written.error();
    return {};
}

Status OutcomeApplier::recordOutcome(const OutboxOperation &op, const OperationOutcome &outcome)
{
    QString what;
    switch (outcome.kind) {
    case OperationOutcome::Kind::Done:
        what = QStringLiteral("sent");
        break;
    case OperationOutcome::Kind::Failed:
        what = QStringLiteral("failed");
        break;
    case OperationOutcome::Kind::Conflict:
        what = QStringLiteral("conflict");
        break;
    default:
        return {}; // tried again later: not an outcome yet
    }
    // A done push answered 2xx; the job reports the status only with an error.
    const int status = outcome.error.httpStatus > 0
                           ? outcome.error.httpStatus
                           : (outcome.kind == OperationOutcome::Kind::Done ? 200 : 0);
    return m_store.history().setOutcome(
        op.id, what, status, m_clock(),
        outcome.kind == OperationOutcome::Kind::Done ? QString() : outcome.error.message);
}

Result<OutboxStatus> OutcomeApplier::apply(const OutboxOperation &op,
                                           const OperationOutcome &outcome)
{
    Transaction tx(m_store.database());
    if (!tx.begun())
        return tx.begun().error();
    OutboxStatus status = OutboxStatus::Pending;
    Outbox &outbox = m_store.outbox();
    switch (outcome.kind) {
    case OperationOutcome::Kind::Done:
        if (Status s = applyDone(op, outcome); !s)
            return s.error();
        if (Status s = outbox.setStatus(op.id, OutboxStatus::Done); !s)
            return s.error();
        status = OutboxStatus::Done;
        break;
    case OperationOutcome::Kind::Transient: {
        const auto wait = m_backoff.delayFor(op.attempts + 1);
        if (Status s = outbox.recordAttempt(op.id, m_clock().addMSecs(wait.count()),
                                            outcome.error.message);
            !s)
            return s.error();
        break;
    }
    case OperationOutcome::Kind::Failed:
        if (Status s = outbox.setStatus(op.id, OutboxStatus::Failed, outcome.error.message); !s)
            return s.error();
        status = OutboxStatus::Failed;
        break;
    case OperationOutcome::Kind::Conflict:
        if (Status s = outbox.setConflict(op.id, outcome.serverRow, outcome.error.message); !s)
            return s.error();
        status = OutboxStatus::Conflict;
        break;
    case OperationOutcome::Kind::Unauthorized:
        if (Status s = outbox.setStatus(op.id, OutboxStatus::Pending, outcome.error.message); !s)
            return s.error();
        break;
    }
    if (Status s = recordOutcome(op, outcome); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (outcome.kind == OperationOutcome::Kind::Done && OperationRequest::isCreate(op)) {
        const QString serverId = outcome.serverRow.value(QStringLiteral("id")).toString();
        if (!serverId.isEmpty())
            m_ids.add(op.entityId, serverId);
    }
    return status;
}

} // namespace zenml::sync
