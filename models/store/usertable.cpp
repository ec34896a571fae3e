#include "usertable.h"

#include "sqlutil.h"

namespace zenml {

namespace {
const QString kColumns = QStringLiteral(
    "id, name, full_name, email, active, email_opted_in, is_service_account, created, updated");

User fromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.name = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.email = q.value(3).toString();
    u.active = q.value(4).toBool();
    u.emailOptedIn = q.value(5).toBool();
    u.isServiceAccount = q.value(6).toBool();
    u.created = sql::fromDb(q.value(7));
    u.updated = sql::fromDb(q.value(8));
    return u;
}

Result<QList<User>> collect(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<User> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}
} // namespace

UserTable::UserTable(QSqlDatabase db)
    : NamedTable(std::move(db), QStringLiteral("users"))
{}

Result<QList<User>> UserTable::list(const UserQuery &query) const
{
    QString where = QStringLiteral("WHERE 1");
    QVariantList values;
    if (!query.search.isEmpty()) {
        where += QStringLiteral(" AND (instr(lower(name), lower(?)) OR instr(lower(full_name), "
                                "lower(?)) OR instr(lower(IFNULL(email, '')), lower(?)))");
        values << query.search << query.search << query.search;
    }
    if (query.active) {
        where += QStringLiteral(" AND active = ?");
        values << int(*query.active);
    }
    return collect(sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM users %2 ORDER BY name").arg(kColumns, where),
        values));
}

Result<std::optional<User>> UserTable::byId(const QString &id) const
{
    auto all = collect(
        sql::exec(m_db, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kColumns), {id}));
    if (!all)
        return all.error();
    return all->isEmpty() ? std::optional<User>() : std::optional<User>(all->first());
}

Result<std::optional<User>> UserTable::byName(const QString &name) const
{
    auto ref = refByName(name);
    if (!ref)
        return ref.error();
    if (!ref.value())
        return std::optional<User>();
    return byId(ref.value()->id);
}

Status UserTable::insert(const User &u, SyncState state, const QString &baseUpdated)
{
    static const QString statement = QStringLiteral("INSERT INTO users (%1, base_updated, "
                                                    "sync_state) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                                    "?, ?, ?, ?)")
                                         .arg(kColumns);
    auto q = m_statements.exec(statement,
                               {u.id, u.name, u.fullName, sql::nullIfEmpty(u.email), int(u.active),
                                int(u.emailOptedIn), int(u.isServiceAccount), sql::toDb(u.created),
                                sql::toDb(u.updated), sql::nullIfEmpty(baseUpdated), int(state)});
    if (!q)
        return q.error();
    (*q)->finish();
    return {};
}

Status UserTable::update(const User &u, SyncState state)
{
    auto q = sql::exec(m_db,
                       QStringLiteral("UPDATE users SET name = ?, full_name = ?, email = ?, "
                                      "active = ?, email_opted_in = ?, is_service_account = ?, "
                                      "updated = ?, sync_state = ? WHERE id = ?"),
                       {u.name, u.fullName, sql::nullIfEmpty(u.email), int(u.active),
                        int(u.emailOptedIn), int(u.isServiceAccount), sql::toDb(u.updated),
                        int(state), u.id});
    if (!q)
        return q.error();
    return {};
}

} // namespace zenml
