#include "teamtable.h"

#include "sqlutil.h"

#include <QHash>

namespace zenml {

TeamTable::TeamTable(QSqlDatabase db)
    : NamedTable(std::move(db), QStringLiteral("teams"))
{}

Result<QList<Team>> TeamTable::list(const QString &search) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT id, name, created, updated FROM teams WHERE ? = '' "
                                      "OR instr(lower(name), lower(?)) ORDER BY name"),
                       {search, search});
    if (!q)
        return q.error();
    QList<Team> teams;
    QHash<QString, qsizetype> index;
    while (q->next()) {
        Team t;
        t.id = q->value(0).toString();
        t.name = q->value(1).toString();
        t.created = sql::fromDb(q->value(2));
        t.updated = sql::fromDb(q->value(3));
        index.insert(t.id, teams.size());
        teams.append(t);
    }
    auto m = sql::exec(m_db, QStringLiteral("SELECT m.team_id, m.user_id FROM team_members m "
                                            "JOIN users u ON u.id = m.user_id ORDER BY u.name"));
    if (!m)
        return m.error();
    while (m->next()) {
        auto it = index.constFind(m->value(0).toString());
        if (it != index.constEnd())
            teams[*it].memberIds.append(m->value(1).toString());
    }
    return teams;
}

Result<std::optional<Team>> TeamTable::byId(const QString &id) const
{
    auto q = sql::exec(
        m_db, QStringLiteral("SELECT id, name, created, updated FROM teams WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Team>();
    Team t;
    t.id = q->value(0).toString();
    t.name = q->value(1).toString();
    t.created = sql::fromDb(q->value(2));
    t.updated = sql::fromDb(q->value(3));
    auto m = sql::exec(m_db,
                       QStringLiteral("SELECT m.user_id FROM team_members m JOIN users u ON "
                                      "u.id = m.user_id WHERE m.team_id = ? ORDER BY u.name"),
                       {id});
    if (!m)
        return m.error();
    while (m->next())
        t.memberIds.append(m->value(0).toString());
    return std::optional<Team>(t);
}

Status TeamTable::insert(const Team &t, SyncState state, const QString &baseUpdated)
{
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO teams (id, name, created, updated, "
                                      "base_updated, sync_state) VALUES (?, ?, ?, ?, ?, ?)"),
                       {t.id, t.name, sql::toDb(t.created), sql::toDb(t.updated),
                        sql::nullIfEmpty(baseUpdated), int(state)});
    if (!q)
        return q.error();
    return writeMembers(t);
}

Status TeamTable::update(const Team &t, SyncState state)
{
    auto q = sql::exec(
        m_db, QStringLiteral("UPDATE teams SET name = ?, updated = ?, sync_state = ? WHERE id = ?"),
        {t.name, sql::toDb(t.updated), int(state), t.id});
    if (!q)
        return q.error();
    return writeMembers(t);
}

Result<QStringList> TeamTable::teamIdsOfUser(const QString &userId) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT m.team_id FROM team_members m JOIN teams t ON "
                                      "t.id = m.team_id WHERE m.user_id = ? ORDER BY t.name"),
                       {userId});
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    return ids;
}

Status TeamTable::writeMembers(const Team &t)
{
    auto clear =
        sql::exec(m_db, QStringLiteral("DELETE FROM team_members WHERE team_id = ?"), {t.id});
    if (!clear)
        return clear.error();
    static const QString add =
        QStringLiteral("INSERT OR IGNORE INTO team_members (team_id, user_id) VALUES (?, ?)");
    for (const QString &userId : t.memberIds) {
        auto added = m_statements.exec(add, {t.id, userId});
        if (!added)
            return added.error();
        (*added)->finish();
    }
    return {};
}

} // namespace zenml
