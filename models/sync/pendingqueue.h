#pragma once

#include "domain/error.h"
#include "store/outboxoperation.h"

#include <QCoreApplication>
#include <QList>

namespace zenml {
class LocalStore;
}

namespace zenml::sync {

// One queued operation as the Pending page and `zenml-admin pending list` show it.
struct PendingEntry
{
    OutboxOperation operation;
    QString entityName; // the row's name now, when it still exists here
    QString request;    // the exact request it will send, secrets masked
};

// The admin's hands on the outbox: look, retry, drop.
class PendingQueue
{
    Q_DECLARE_TR_FUNCTIONS(PendingQueue)

public:
    explicit PendingQueue(LocalStore &store);

    // Every operation not yet done, in queue order.
    Result<QList<PendingEntry>> list() const;
    // Failed (or waiting) operations go back to pending with their back-off cleared.
    Status retry(const QList<qint64> &operationIds);
    // Drops operations. A dropped create also removes the row it would have created; for other
    // operations the row is re-read from the server on the next sync (a full pull is requested),
    // so the mirror does not keep a change the server will never see.
    Status drop(const QList<qint64> &operationIds);

private:
    Result<OutboxOperation> find(qint64 id) const;

    LocalStore &m_store;
};

} // namespace zenml::sync
