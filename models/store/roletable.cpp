#include "roletable.h"

#include "sqlutil.h"

namespace zenml {

RoleTable::RoleTable(QSqlDatabase db)
    : NamedTable(std::move(db), QStringLiteral("roles"))
{}

Result<QList<Role>> RoleTable::select(const QString &where, const QVariantList &values) const
{
    // One row per role; its permissions folded by group_concat, so one query serves any size.
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT r.id, r.name, r.created, r.updated, "
                                      "(SELECT group_concat(permission) FROM role_permissions p "
                                      "WHERE p.role_id = r.id) FROM roles r %1 ORDER BY r.name")
                           .arg(where),
                       values);
    if (!q)
        return q.error();
    QList<Role> out;
    while (q->next()) {
        Role r;
        r.id = q->value(0).toString();
        r.name = q->value(1).toString();
        r.created = sql::fromDb(q->value(2));
        r.updated = sql::fromDb(q->value(3));
        r.permissions = permission::fromNames(
            q->value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
        out.append(r);
    }
    return out;
}

Result<QList<Role>> RoleTable::list() const
{
    return select({}, {});
}

Result<std::optional<Role>> RoleTable::byId(const QString &id) const
{
    auto all = select(QStringLiteral("WHERE r.id = ?"), {id});
    if (!all)
        return all.error();
    return all->isEmpty() ? std::optional<Role>() : std::optional<Role>(all->first());
}

Result<std::optional<Role>> RoleTable::byName(const QString &name) const
{
    auto all = select(QStringLiteral("WHERE r.name = ?"), {name});
    if (!all)
        return all.error();
    return all->isEmpty() ? std::optional<Role>() : std::optional<Role>(all->first());
}

Status RoleTable::insert(const Role &r, SyncState state, const QString &baseUpdated)
{
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO roles (id, name, created, updated, "
                                      "base_updated, sync_state) VALUES (?, ?, ?, ?, ?, ?)"),
                       {r.id, r.name, sql::toDb(r.created), sql::toDb(r.updated),
                        sql::nullIfEmpty(baseUpdated), int(state)});
    if (!q)
        return q.error();
    return writePermissions(r);
}

Status RoleTable::update(const Role &r, SyncState state)
{
    auto q = sql::exec(
        m_db, QStringLiteral("UPDATE roles SET name = ?, updated = ?, sync_state = ? WHERE id = ?"),
        {r.name, sql::toDb(r.updated), int(state), r.id});
    if (!q)
        return q.error();
    return writePermissions(r);
}

Status RoleTable::writePermissions(const Role &r)
{
    auto clear =
        sql::exec(m_db, QStringLiteral("DELETE FROM role_permissions WHERE role_id = ?"), {r.id});
    if (!clear)
        return clear.error();
    for (const QString &p : permission::names(r.permissions)) {
        auto add = sql::exec(
            m_db,
            QStringLiteral("INSERT INTO role_permissions (role_id, permission) VALUES (?, ?)"),
            {r.id, p});
        if (!add)
            return add.error();
    }
    return {};
}

} // namespace zenml
