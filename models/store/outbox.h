#pragma once

#include "domain/error.h"
#include "outboxoperation.h"
#include "statementcache.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace zenml {

// The ordered queue of edits waiting for the server. Callers wrap each change in a Transaction
// together with the mirror change it belongs to.
class Outbox
{
public:
    explicit Outbox(QSqlDatabase db);

    Result<qint64> append(const OutboxOperation &operation);
    // Operations in queue order; all statuses but Done when statuses is empty.
    Result<QList<OutboxOperation>> list(const QList<OutboxStatus> &statuses = {}) const;
    Result<std::optional<OutboxOperation>> byId(qint64 id) const;
    Result<int> count(const QList<OutboxStatus> &statuses) const;
    Result<bool> hasOpenOperationFor(const QString &entityId) const;
    // The base snapshot of the earliest open operation on a row: what the server last showed
    // before the first of its queued edits. Empty when none holds one.
    Result<QJsonObject> firstBaseSnapshot(const QString &entityId) const;
    Status setStatus(qint64 id, OutboxStatus status, const QString &lastError = {});
    Status recordAttempt(qint64 id, const QDateTime &nextAttempt, const QString &lastError);
    Status setConflict(qint64 id, const QJsonObject &serverSnapshot, const QString &message);
    Status updatePayload(qint64 id, const QJsonObject &payload, const QString &baseUpdated);
    Status remove(qint64 id);
    Status removeDone();

    // Local ids of rows created offline, and the server ids they became.
    Status mapId(const QString &localId, const QString &serverId);
    Result<QString> serverIdOf(const QString &localId) const; // the id itself when unmapped

    // The columns every read of the table selects, in the order fromRow() reads them.
    static QString columns();
    static OutboxOperation fromRow(const QSqlQuery &query);

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements; // append and the base lookup run once per queued edit
};

} // namespace zenml
