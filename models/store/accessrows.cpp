#include "accessrows.h"

#include "sqlutil.h"

namespace zenml {

namespace {
Result<QSqlQuery> forwardOnly(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(statement))
        return sql::errorOf(q);
    return q;
}
} // namespace

Result<AccessRows> readAccessRows(const QSqlDatabase &db)
{
    AccessRows out;
    auto users = forwardOnly(
        db, QStringLiteral("SELECT id, name, full_name, IFNULL(email, ''), active FROM users"));
    if (!users)
        return users.error();
    while (users->next())
        out.users.append({users->value(0).toString(), users->value(1).toString(),
                          users->value(2).toString(), users->value(3).toString(),
                          users->value(4).toInt() != 0});

    auto teams = forwardOnly(db, QStringLiteral("SELECT id, name FROM teams"));
    if (!teams)
        return teams.error();
    while (teams->next())
        out.teams.append({teams->value(0).toString(), teams->value(1).toString()});

    auto members = forwardOnly(db, QStringLiteral("SELECT team_id, user_id FROM team_members"));
    if (!members)
        return members.error();
    while (members->next())
        out.members.append({members->value(0).toString(), members->value(1).toString()});

    for (SubjectKind kind : {SubjectKind::User, SubjectKind::Team}) {
        auto q = forwardOnly(db, kind == SubjectKind::User
                                     ? QStringLiteral("SELECT user_id, role_id, "
                                                      "IFNULL(workspace_id, '') FROM "
                                                      "user_role_assignments")
                                     : QStringLiteral("SELECT team_id, role_id, "
                                                      "IFNULL(workspace_id, '') FROM "
                                                      "team_role_assignments"));
        if (!q)
            return q.error();
        while (q->next())
            out.assignments.append(
                {kind, q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    }
    return out;
}

} // namespace zenml
