#pragma once

#include "domain/roleassignment.h"
#include "domain/team.h"
#include "domain/user.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace zenml::sync {

// Plain inserts of pulled rows the mirror does not have yet, with statements prepared once per
// pull: the first pull of a large server writes tens of thousands of rows, and preparing a
// statement per row cost more than the rest of the pull. Each insert reports whether the row went
// in; a refused one (a name clash, a missing parent) is written the careful way by the caller.
class BulkInserter
{
public:
    explicit BulkInserter(QSqlDatabase db);

    bool insertUser(const User &user, const QString &rawUpdated);
    // The team and its members; the caller's transaction undoes a half-written team.
    bool insertTeam(const Team &team, const QString &rawUpdated);
    bool insertAssignment(const RoleAssignment &assignment, const QString &rawUpdated);

private:
    QSqlQuery &prepared(std::optional<QSqlQuery> &slot, const QString &statement);

    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_user;
    std::optional<QSqlQuery> m_team;
    std::optional<QSqlQuery> m_member;
    std::optional<QSqlQuery> m_userAssignment;
    std::optional<QSqlQuery> m_teamAssignment;
};

} // namespace zenml::sync
