#include "bulkinserter.h"

#include "store/sqlutil.h"
#include "store/syncstate.h"

#include <QVariant>

namespace zenml::sync {

BulkInserter::BulkInserter(QSqlDatabase db)
    : m_db(std::move(db))
{}

QSqlQuery &BulkInserter::prepared(std::optional<QSqlQuery> &slot, const QString &statement)
{
    if (!slot) {
        slot.emplace(m_db);
        slot->prepare(statement);
    }
    return *slot;
}

bool BulkInserter::insertUser(const User &u, const QString &raw)
{
    QSqlQuery &q =
        prepared(m_user, QStringLiteral("INSERT INTO users (id, name, full_name, email, active, "
                                        "email_opted_in, is_service_account, created, updated, "
                                        "base_updated, sync_state) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, u.id);
    q.bindValue(1, u.name);
    q.bindValue(2, u.fullName.isNull() ? QStringLiteral("") : u.fullName);
    q.bindValue(3, sql::nullIfEmpty(u.email));
    q.bindValue(4, int(u.active));
    q.bindValue(5, int(u.emailOptedIn));
    q.bindValue(6, int(u.isServiceAccount));
    q.bindValue(7, sql::toDb(u.created));
    q.bindValue(8, sql::toDb(u.updated));
    q.bindValue(9, sql::nullIfEmpty(raw));
    q.bindValue(10, int(SyncState::Clean));
    return q.exec();
}

bool BulkInserter::insertTeam(const Team &t, const QString &raw)
{
    QSqlQuery &q = prepared(m_team, QStringLiteral("INSERT INTO teams (id, name, created, updated, "
                                                   "base_updated, sync_state) "
                                                   "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, t.id);
    q.bindValue(1, t.name);
    q.bindValue(2, sql::toDb(t.created));
    q.bindValue(3, sql::toDb(t.updated));
    q.bindValue(4, sql::nullIfEmpty(raw));
    q.bindValue(5, int(SyncState::Clean));
    if (!q.exec())
        return false;
    QSqlQuery &member = prepared(
        m_member,
        QStringLiteral("INSERT OR IGNORE INTO team_members (team_id, user_id) VALUES (?, ?)"));
    for (const QString &userId : t.memberIds) {
        member.bindValue(0, t.id);
        member.bindValue(1, userId);
        if (!member.exec())
            return false;
    }
    return true;
}

bool BulkInserter::insertAssignment(const RoleAssignment &a, const QString &raw)
{
    const bool user = a.subjectKind == SubjectKind::User;
    QSqlQuery &q =
        prepared(user ? m_userAssignment : m_teamAssignment,
                 QStringLiteral("INSERT INTO %1 (id, %2, role_id, workspace_id, created, updated, "
                                "base_updated, sync_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(user ? QStringLiteral("user_role_assignments")
                               : QStringLiteral("team_role_assignments"),
                          user ? QStringLiteral("user_id") : QStringLiteral("team_id")));
    q.bindValue(0, a.id);
    q.bindValue(1, a.subjectId);
    q.bindValue(2, a.roleId);
    q.bindValue(3, sql::nullIfEmpty(a.workspaceId));
    q.bindValue(4, sql::toDb(a.created));
    q.bindValue(5, sql::toDb(a.updated));
    q.bindValue(6, sql::nullIfEmpty(raw));
    q.bindValue(7, int(SyncState::Clean));
    return q.exec();
}

} // namespace zenml::sync
