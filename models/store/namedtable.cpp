#include "namedtable.h"

#include "sqlutil.h"

namespace zenml {

namespace {
Result<QList<NamedRef>> collect(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<NamedRef> out;
    while (query->next())
        out.append({query->value(0).toString(), query->value(1).toString()});
    return out;
}

// The one row of a cached query (by id or by unique name), which is then reset.
Result<std::optional<NamedRef>> firstCached(Result<QSqlQuery *> query)
{
    if (!query)
        return query.error();
    QSqlQuery &q = **query;
    std::optional<NamedRef> out;
    if (q.next())
        out = NamedRef{q.value(0).toString(), q.value(1).toString()};
    q.finish();
    return out;
}
} // namespace

NamedTable::NamedTable(QSqlDatabase db, QString table)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_statements(m_db)
{}

Result<std::optional<NamedRef>> NamedTable::refById(const QString &id) const
{
    return firstCached(m_statements.exec(
        QStringLiteral("SELECT id, name FROM %1 WHERE id = ?").arg(m_table), {id}));
}

Result<std::optional<NamedRef>> NamedTable::refByName(const QString &name) const
{
    return firstCached(m_statements.exec(
        QStringLiteral("SELECT id, name FROM %1 WHERE name = ?").arg(m_table), {name}));
}

Result<QList<NamedRef>> NamedTable::refsByPrefix(const QString &prefix, int limit) const
{
    // substr() rather than LIKE: case-sensitive and no wildcard escaping to get wrong. Plain ?
    // placeholders: Qt 6.4's SQLite driver refuses numbered ones (?1) with positional binding.
    return collect(sql::exec(m_db,
                             QStringLiteral("SELECT id, name FROM %1 WHERE substr(id, 1, ?) = ? "
                                            "OR substr(name, 1, ?) = ? ORDER BY name LIMIT ?")
                                 .arg(m_table),
                             {prefix.size(), prefix, prefix.size(), prefix, limit}));
}

Result<QList<NamedRef>> NamedTable::allRefs() const
{
    return collect(
        sql::exec(m_db, QStringLiteral("SELECT id, name FROM %1 ORDER BY name").arg(m_table)));
}

Result<int> NamedTable::count() const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(m_table));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Status NamedTable::remove(const QString &id)
{
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table), {id});
    if (!q)
        return q.error();
    return {};
}

Result<RowSync> NamedTable::syncInfo(const QString &id) const
{
    auto q = m_statements.exec(
        QStringLiteral("SELECT sync_state, base_updated FROM %1 WHERE id = ?").arg(m_table), {id});
    if (!q)
        return q.error();
    QSqlQuery &row = **q;
    if (!row.next()) {
        row.finish();
        return Error::make(ErrorKind::NotFound, QStringLiteral("%1 %2").arg(m_table, id));
    }
    const RowSync sync{SyncState(row.value(0).toInt()), row.value(1).toString()};
    row.finish();
    return sync;
}

Status NamedTable::setSyncState(const QString &id, SyncState state, const QString &baseUpdated)
{
    auto q = sql::exec(
        m_db,
        QStringLiteral("UPDATE %1 SET sync_state = ?, base_updated = ? WHERE id = ?").arg(m_table),
        {int(state), sql::nullIfEmpty(baseUpdated), id});
    if (!q)
        return q.error();
    return {};
}

Status NamedTable::replaceId(const QString &localId, const QString &serverId)
{
    auto q = sql::exec(m_db, QStringLiteral("UPDATE %1 SET id = ? WHERE id = ?").arg(m_table),
                       {serverId, localId});
    if (!q)
        return q.error();
    return {};
}

} // namespace zenml
