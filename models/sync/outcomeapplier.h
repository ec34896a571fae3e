#pragma once

#include "backoffpolicy.h"
#include "domain/error.h"
#include "idtranslator.h"
#include "operationoutcome.h"
#include "store/outboxoperation.h"

namespace zenml {
class LocalStore;
}

namespace zenml::sync {

// Writes what the server answered for one operation in ONE transaction: the mirror row (the
// server's id through id_map and replaceId, the new base, the sync state), the later operations
// on the same row rebased onto the new `updated`, and the operation's own status. Nothing about a
// push is kept only in memory: a crash right after this leaves a queue a restart finishes.
class OutcomeApplier
{
public:
    OutcomeApplier(LocalStore &store, IdTranslator &ids, const BackoffPolicy &backoff,
                   const Clock &clock);

    // Committed before the request goes out, so a restart knows it may have been sent.
    Status markInFlight(qint64 operationId);
    // The operation's new status.
    Result<OutboxStatus> apply(const OutboxOperation &op, const OperationOutcome &outcome);

private:
    Status recordOutcome(const OutboxOperation &op, const OperationOutcome &outcome);
    Status applyDone(const OutboxOperation &op, const OperationOutcome &outcome);
    Result<bool> hasLaterOperations(const OutboxOperation &op, const QString &serverId) const;

    LocalStore &m_store;
    IdTranslator &m_ids;
    const BackoffPolicy &m_backoff;
    const Clock &m_clock;
};

} // namespace zenml::sync
