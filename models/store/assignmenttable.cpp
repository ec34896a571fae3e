#include "assignmenttable.h"

#include "sqlutil.h"

namespace zenml {

namespace {
QString subjectColumn(SubjectKind kind)
{
    return kind == SubjectKind::User ? QStringLiteral("user_id") : QStringLiteral("team_id");
}
QString subjectTable(SubjectKind kind)
{
    return kind == SubjectKind::User ? QStringLiteral("users") : QStringLiteral("teams");
}

RoleAssignment fromRow(SubjectKind kind, const QSqlQuery &q)
{
    RoleAssignment a;
    a.subjectKind = kind;
    a.id = q.value(0).toString();
    a.subjectId = q.value(1).toString();
    a.roleId = q.value(2).toString();
    a.workspaceId = q.value(3).toString();
    a.created = sql::fromDb(q.value(4));
    a.updated = sql::fromDb(q.value(5));
    return a;
}
} // namespace

AssignmentTable::AssignmentTable(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(m_db)
{}

QString AssignmentTable::tableOf(SubjectKind kind)
{
    return kind == SubjectKind::User ? QStringLiteral("user_role_assignments")
                                     : QStringLiteral("team_role_assignments");
}

Result<QList<AssignmentView>> AssignmentTable::list(const AssignmentQuery &query) const
{
    QList<AssignmentView> out;
    for (SubjectKind kind : {SubjectKind::User, SubjectKind::Team}) {
        if (query.kind && *query.kind != kind)
            continue;
        QString where = QStringLiteral("WHERE 1");
        QVariantList values;
        if (!query.subjectId.isEmpty()) {
            where += QStringLiteral(" AND a.%1 = ?").arg(subjectColumn(kind));
            values << query.subjectId;
        }
        if (!query.roleId.isEmpty()) {
            where += QStringLiteral(" AND a.role_id = ?");
            values << query.roleId;
        }
        if (query.workspaceId) {
            where += QStringLiteral(" AND IFNULL(a.workspace_id, '') = ?");
            values << *query.workspaceId;
        }
        auto q = sql::exec(
            m_db,
            QStringLiteral("SELECT a.id, a.%1, a.role_id, a.workspace_id, a.created, a.updated, "
                           "s.name, r.name, w.name FROM %2 a JOIN %3 s ON s.id = a.%1 "
                           "JOIN roles r ON r.id = a.role_id "
                           "LEFT JOIN workspaces w ON w.id = a.workspace_id %4 "
                           "ORDER BY s.name, r.name, IFNULL(w.name, '')")
                .arg(subjectColumn(kind), tableOf(kind), subjectTable(kind), where),
            values);
        if (!q)
            return q.error();
        while (q->next())
            out.append({fromRow(kind, *q), q->value(6).toString(), q->value(7).toString(),
                        q->value(8).toString()});
    }
    return out;
}

Result<std::optional<RoleAssignment>> AssignmentTable::byId(SubjectKind kind,
                                                            const QString &id) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT id, %1, role_id, workspace_id, created, updated "
                                      "FROM %2 WHERE id = ?")
                           .arg(subjectColumn(kind), tableOf(kind)),
                       {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<RoleAssignment>();
    return std::optional<RoleAssignment>(fromRow(kind, *q));
}

Result<std::optional<RoleAssignment>> AssignmentTable::find(SubjectKind kind,
                                                            const QString &subjectId,
                                                            const QString &roleId,
                                                            const QString &workspaceId) const
{
    auto q = m_statements.exec(
        QStringLiteral("SELECT id, %1, role_id, workspace_id, created, updated "
                       "FROM %2 WHERE %1 = ? AND role_id = ? AND IFNULL(workspace_id, '') = ?")
            .arg(subjectColumn(kind), tableOf(kind)),
        {subjectId, roleId, workspaceId});
    if (!q)
        return q.error();
    QSqlQuery &row = **q;
    std::optional<RoleAssignment> found;
    if (row.next())
        found = fromRow(kind, row);
    row.finish();
    return found;
}

Result<int> AssignmentTable::countForRole(const QString &roleId) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT (SELECT COUNT(*) FROM user_role_assignments WHERE "
                                      "role_id = ?) + (SELECT COUNT(*) FROM "
                                      "team_role_assignments WHERE role_id = ?)"),
                       {roleId, roleId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<int> AssignmentTable::countForWorkspace(const QString &workspaceId) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT (SELECT COUNT(*) FROM user_role_assignments WHERE "
                                      "workspace_id = ?) + (SELECT COUNT(*) FROM "
                                      "team_role_assignments WHERE workspace_id = ?)"),
                       {workspaceId, workspaceId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Status AssignmentTable::insert(const RoleAssignment &a, SyncState state, const QString &baseUpdated)
{
    auto q = m_statements.exec(QStringLiteral("INSERT INTO %1 (id, %2, role_id, workspace_id, "
                                              "created, updated, base_updated, sync_state) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                                   .arg(tableOf(a.subjectKind), subjectColumn(a.subjectKind)),
                               {a.id, a.subjectId, a.roleId, sql::nullIfEmpty(a.workspaceId),
                                sql::toDb(a.created), sql::toDb(a.updated),
                                sql::nullIfEmpty(baseUpdated), int(state)});
    if (!q)
        return q.error();
    (*q)->finish();
    return {};
}

Status AssignmentTable::remove(SubjectKind kind, const QString &id)
{
    auto q =
        sql::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableOf(kind)), {id});
    if (!q)
        return q.error();
    return {};
}

Status AssignmentTable::setSyncState(SubjectKind kind, const QString &id, SyncState state)
{
    auto q = sql::exec(
        m_db, QStringLiteral("UPDATE %1 SET sync_state = ? WHERE id = ?").arg(tableOf(kind)),
        {int(state), id});
    if (!q)
        return q.error();
    return {};
}

Status AssignmentTable::replaceId(SubjectKind kind, const QString &localId, const QString &serverId)
{
    auto q = sql::exec(m_db, QStringLiteral("UPDATE %1 SET id = ? WHERE id = ?").arg(tableOf(kind)),
                       {serverId, localId});
    if (!q)
        return q.error();
    return {};
}

} // namespace zenml
