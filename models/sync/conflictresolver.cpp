#include "conflictresolver.h"

#include "idtranslator.h"
#include "mirrorwriter.h"
#include "operationrequest.h"
#include "rowsnapshot.h"
#include "store/historytable.h"
#include "store/localstore.h"
#include "store/namedtable.h"
#include "store/outbox.h"
#include "store/sqlutil.h"
#include "store/transaction.h"
#include "store/usertable.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace zenml::sync {

QString ConflictEntry::valueText(const QJsonValue &value, const QString &yes, const QString &no,
                                 const QString &missing)
{
    if (value.isUndefined())
        return missing;
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << item.toString();
        return parts.join(QStringLiteral(", "));
    }
    if (value.isBool())
        return value.toBool() ? yes : no;
    return value.toVariant().toString();
}

ConflictResolver::ConflictResolver(LocalStore &store)
    : m_store(store)
{}

ConflictEntry ConflictResolver::describe(const OutboxOperation &op) const
{
    ConflictEntry e;
    e.operation = op;
    e.server = op.serverSnapshot;
    e.fields = snapshot::fieldsOf(op.entityKind);
    auto ids = IdTranslator::load(m_store.database());
    const QString id = ids ? ids->toServer(op.entityId) : op.entityId;
    if (auto mine = snapshot::ofMirror(m_store, op.entityKind, id))
        e.mine = *mine;
    for (const QString &field : e.fields) {
        // The row as it was when the edit was made; older queues lack it, and then the fields
        // the edit did not send are shown from mine, since they are unchanged since the base.
        if (op.baseSnapshot.contains(field))
            e.base.insert(field, op.baseSnapshot.value(field));
        else if (!op.payload.contains(field) && e.mine.contains(field))
            e.base.insert(field, e.mine.value(field));
    }
    e.base.insert(QStringLiteral("updated"), op.baseUpdated);
    return e;
}

Result<QList<ConflictEntry>> ConflictResolver::list() const
{
    auto ops = m_store.outbox().list({OutboxStatus::Conflict});
    if (!ops)
        return ops.error();
    QList<ConflictEntry> out;
    for (const OutboxOperation &op : *ops)
        out << describe(op);
    return out;
}

Result<ConflictEntry> ConflictResolver::entry(qint64 operationId) const
{
    auto op = m_store.outbox().byId(operationId);
    if (!op)
        return op.error();
    if (!op.value() || op.value()->status != OutboxStatus::Conflict)
        return Error::make(ErrorKind::NotFound,
                           tr("There is no conflict with the number %1. List them with "
                              "'zenml-admin conflicts list'.")
                               .arg(operationId));
    return describe(*op.value());
}

Status ConflictResolver::keepMine(const OutboxOperation &op)
{
    if (op.serverSnapshot.isEmpty() && !OperationRequest::isDelete(op))
        return Error::make(ErrorKind::Conflict,
                           tr("The row no longer exists on the server, so this change cannot be "
                              "sent again. Take the server's version (the row goes away here too) "
                              "or drop the change."));
    const QString serverUpdated = op.serverSnapshot.value(QStringLiteral("updated")).toString();
    // A delete whose row is gone everywhere needs no base; the push finds it gone and is done.
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("UPDATE outbox SET status = ?, base_updated = ?, "
                                      "base_snapshot = server_snapshot, attempts = 0, "
                                      "next_attempt = NULL, last_error = NULL WHERE id = ?"),
                       {int(OutboxStatus::Pending), sql::nullIfEmpty(serverUpdated), op.id});
    if (!q)
        return q.error();
    auto later = sql::exec(
        m_store.database(),
        QStringLiteral("UPDATE outbox SET base_updated = ?, base_snapshot = ? "
                       "WHERE entity_id = ? AND id > ? AND status IN (?, ?)"),
        {sql::nullIfEmpty(serverUpdated),
         QString::fromUtf8(QJsonDocument(op.serverSnapshot).toJson(QJsonDocument::Compact)),
         op.entityId, op.id, int(OutboxStatus::Pending), int(OutboxStatus::Failed)});
    if (!later)
        return later.error();
    return {};
}

Status ConflictResolver::takeServer(const OutboxOperation &op)
{
    auto ids = IdTranslator::load(m_store.database());
    if (!ids)
        return ids.error();
    const QString id = ids->toServer(op.entityId);
    MirrorWriter writer(m_store);
    if (op.serverSnapshot.isEmpty()) {
        if (Status s = writer.remove(op.entityKind, id); !s)
            return s;
    } else {
        auto written = writer.writeSnapshot(op.entityKind, op.serverSnapshot, SyncState::Clean);
        if (!written)
            return written.error();
        // Rows removed here with it (memberships, assignments) come back with a full pull.
        if (OperationRequest::isDelete(op)) {
            if (Status s = m_store.setMeta(kSweepRequested, QStringLiteral("1")); !s)
                return s;
        }
    }
    auto drop = sql::exec(m_store.database(),
                          QStringLiteral("DELETE FROM outbox WHERE entity_id IN (?, ?) AND id >= ? "
                                         "AND status <> ?"),
                          {op.entityId, id, op.id, int(OutboxStatus::InFlight)});
    if (!drop)
        return drop.error();
    return {};
}

Status ConflictResolver::resolve(const QList<qint64> &operationIds, Choice choice)
{
    if (choice == Choice::Skip)
        return {};
    for (qint64 id : operationIds) {
        Transaction tx(m_store.database());
        if (!tx.begun())
            return tx.begun();
        auto op = entry(id);
        if (!op)
            return op.error();
        Status s = choice == Choice::KeepMine ? keepMine(op->operation) : takeServer(op->operation);
        if (!s)
            return s;
        // The history says how the conflict ended, in the same transaction.
        if (Status h = m_store.history().setOutcome(
                id,
                choice == Choice::KeepMine ? QStringLiteral("conflict: kept mine")
                                           : QStringLiteral("conflict: took the server's"),
                0, QDateTime::currentDateTimeUtc());
            !h)
            return h;
        if (Status c = tx.commit(); !c)
            return c;
    }
    return {};
}

} // namespace zenml::sync
