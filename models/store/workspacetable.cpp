#include "workspacetable.h"

#include "sqlutil.h"

namespace zenml {

WorkspaceTable::WorkspaceTable(QSqlDatabase db)
    : NamedTable(std::move(db), QStringLiteral("workspaces"))
{}

Result<QList<Workspace>> WorkspaceTable::select(const QString &where,
                                                const QVariantList &values) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT id, name, description, created, updated FROM "
                                      "workspaces %1 ORDER BY name")
                           .arg(where),
                       values);
    if (!q)
        return q.error();
    QList<Workspace> out;
    while (q->next()) {
        Workspace w;
        w.id = q->value(0).toString();
        w.name = q->value(1).toString();
        w.description = q->value(2).toString();
        w.created = sql::fromDb(q->value(3));
        w.updated = sql::fromDb(q->value(4));
        out.append(w);
    }
    return out;
}

Result<QList<Workspace>> WorkspaceTable::list() const
{
    return select({}, {});
}

Result<std::optional<Workspace>> WorkspaceTable::byId(const QString &id) const
{
    auto all = select(QStringLiteral("WHERE id = ?"), {id});
    if (!all)
        return all.error();
    return all->isEmpty() ? std::optional<Workspace>() : std::optional<Workspace>(all->first());
}

Status WorkspaceTable::insert(const Workspace &w, SyncState state, const QString &baseUpdated)
{
    auto q =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO workspaces (id, name, description, created, "
                                 "updated, base_updated, sync_state) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {w.id, w.name, w.description, sql::toDb(w.created), sql::toDb(w.updated),
                   sql::nullIfEmpty(baseUpdated), int(state)});
    if (!q)
        return q.error();
    return {};
}

Status WorkspaceTable::update(const Workspace &w, SyncState state)
{
    auto q = sql::exec(m_db,
                       QStringLiteral("UPDATE workspaces SET name = ?, description = ?, "
                                      "updated = ?, sync_state = ? WHERE id = ?"),
                       {w.name, w.description, sql::toDb(w.updated), int(state), w.id});
    if (!q)
        return q.error();
    return {};
}

} // namespace zenml
