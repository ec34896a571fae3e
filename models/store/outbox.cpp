#include "outbox.h"

#include "sqlutil.h"

#include <QJsonDocument>

namespace zenml {

namespace {
const QString kColumns = QStringLiteral(
    "id, created, operation, entity_kind, entity_id, payload, base_updated, status, attempts, "
    "next_attempt, last_error, server_snapshot, base_snapshot");

EntityKind kindFromKey(const QString &key)
{
    for (EntityKind k :
         {EntityKind::User, EntityKind::Team, EntityKind::Role, EntityKind::Workspace,
          EntityKind::UserRoleAssignment, EntityKind::TeamRoleAssignment}) {
        if (entitykind::key(k) == key)
            return k;
    }
    return EntityKind::User;
}

QJsonObject objectOf(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString textOf(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

OutboxOperation rowToOperation(const QSqlQuery &q)
{
    OutboxOperation op;
    op.id = q.value(0).toLongLong();
    op.created = sql::fromDb(q.value(1));
    op.operation = q.value(2).toString();
    op.entityKind = kindFromKey(q.value(3).toString());
    op.entityId = q.value(4).toString();
    op.payload = objectOf(q.value(5));
    op.baseUpdated = q.value(6).toString();
    op.status = OutboxStatus(q.value(7).toInt());
    op.attempts = q.value(8).toInt();
    op.nextAttempt = sql::fromDb(q.value(9));
    op.lastError = q.value(10).toString();
    op.serverSnapshot = objectOf(q.value(11));
    op.baseSnapshot = objectOf(q.value(12));
    return op;
}

QString statusList(const QList<OutboxStatus> &statuses)
{
    QStringList parts;
    for (OutboxStatus s : statuses)
        parts << QString::number(int(s));
    return parts.join(QLatin1Char(','));
}

QString statusWhere(const QList<OutboxStatus> &statuses)
{
    if (statuses.isEmpty())
        return QStringLiteral("status <> %1").arg(int(OutboxStatus::Done));
    return QStringLiteral("status IN (%1)").arg(statusList(statuses));
}
} // namespace

QString Outbox::columns()
{
    return kColumns;
}

OutboxOperation Outbox::fromRow(const QSqlQuery &query)
{
    return rowToOperation(query);
}

Outbox::Outbox(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(m_db)
{}

Result<qint64> Outbox::append(const OutboxOperation &op)
{
    auto q = m_statements.exec(
        QStringLiteral("INSERT INTO outbox (created, operation, entity_kind, entity_id, payload, "
                       "base_updated, status, base_snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {sql::toDb(op.created.isValid() ? op.created : QDateTime::currentDateTimeUtc()),
         op.operation, entitykind::key(op.entityKind), op.entityId, textOf(op.payload),
         sql::nullIfEmpty(op.baseUpdated), int(OutboxStatus::Pending),
         op.baseSnapshot.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                   : QVariant(textOf(op.baseSnapshot))});
    if (!q)
        return q.error();
    const qint64 id = (*q)->lastInsertId().toLongLong();
    (*q)->finish();
    return id;
}

Result<QJsonObject> Outbox::firstBaseSnapshot(const QString &entityId) const
{
    auto q = m_statements.exec(
        QStringLiteral("SELECT base_snapshot FROM outbox WHERE entity_id = ? AND status <> ? AND "
                       "base_snapshot IS NOT NULL ORDER BY id LIMIT 1"),
        {entityId, int(OutboxStatus::Done)});
    if (!q)
        return q.error();
    QSqlQuery &row = **q;
    const QJsonObject snapshot = row.next() ? objectOf(row.value(0)) : QJsonObject();
    row.finish();
    return snapshot;
}

Result<QList<OutboxOperation>> Outbox::list(const QList<OutboxStatus> &statuses) const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM outbox WHERE %2 ORDER BY id")
                                 .arg(kColumns, statusWhere(statuses)));
    if (!q)
        return q.error();
    QList<OutboxOperation> out;
    while (q->next())
        out.append(rowToOperation(*q));
    return out;
}

Result<std::optional<OutboxOperation>> Outbox::byId(qint64 id) const
{
    auto q =
        sql::exec(m_db, QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OutboxOperation>();
    return std::optional<OutboxOperation>(rowToOperation(*q));
}

Result<int> Outbox::count(const QList<OutboxStatus> &statuses) const
{
    auto q = sql::exec(
        m_db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE %1").arg(statusWhere(statuses)));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<bool> Outbox::hasOpenOperationFor(const QString &entityId) const
{
    auto q = sql::exec(
        m_db, QStringLiteral("SELECT 1 FROM outbox WHERE entity_id = ? AND status <> ? LIMIT 1"),
        {entityId, int(OutboxStatus::Done)});
    if (!q)
        return q.error();
    return q->next();
}

Status Outbox::setStatus(qint64 id, OutboxStatus status, const QString &lastError)
{
    auto q =
        sql::exec(m_db, QStringLiteral("UPDATE outbox SET status = ?, last_error = ? WHERE id = ?"),
                  {int(status), sql::nullIfEmpty(lastError), id});
    if (!q)
        return q.error();
    return {};
}

Status Outbox::recordAttempt(qint64 id, const QDateTime &nextAttempt, const QString &lastError)
{
    auto q = sql::exec(
        m_db,
        QStringLiteral("UPDATE outbox SET attempts = attempts + 1, next_attempt = ?, "
                       "last_error = ?, status = ? WHERE id = ?"),
        {sql::toDb(nextAttempt), sql::nullIfEmpty(lastError), int(OutboxStatus::Pending), id});
    if (!q)
        return q.error();
    return {};
}

Status Outbox::setConflict(qint64 id, const QJsonObject &serverSnapshot, const QString &message)
{
    auto q = sql::exec(
        m_db,
        QStringLiteral("UPDATE outbox SET status = ?, server_snapshot = ?, "
                       "last_error = ? WHERE id = ?"),
        {int(OutboxStatus::Conflict), textOf(serverSnapshot), sql::nullIfEmpty(message), id});
    if (!q)
        return q.error();
    return {};
}

Status Outbox::updatePayload(qint64 id, const QJsonObject &payload, const QString &baseUpdated)
{
    auto q = sql::exec(
        m_db, QStringLiteral("UPDATE outbox SET payload = ?, base_updated = ? WHERE id = ?"),
        {textOf(payload), sql::nullIfEmpty(baseUpdated), id});
    if (!q)
        return q.error();
    return {};
}

Status Outbox::remove(qint64 id)
{
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return {};
}

Status Outbox::removeDone()
{
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM outbox WHERE status = ?"),
                       {int(OutboxStatus::Done)});
    if (!q)
        return q.error();
    return {};
}

Status Outbox::mapId(const QString &localId, const QString &serverId)
{
    auto q = sql::exec(
        m_db, QStringLiteral("INSERT OR REPLACE INTO id_map (local_id, server_id) VALUES (?, ?)"),
        {localId, serverId});
    if (!q)
        return q.error();
    return {};
}

Result<QString> Outbox::serverIdOf(const QString &localId) const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT server_id FROM id_map WHERE local_id = ?"),
                       {localId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : localId;
}

} // namespace zenml
