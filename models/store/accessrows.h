#pragma once

#include "domain/error.h"
#include "domain/roleassignment.h"

#include <QSqlDatabase>
#include <QStringList>

namespace zenml {

// The few columns the access file needs from the whole mirror, read in one plain query per
// table with no joins or time parsing (export and plan of 100,000 users and 150,000
// assignments; the tables' list() read everything a page shows). Users and teams come in the
// order of their name index (SQLite's byte order; callers check it against theirs).
struct AccessRows
{
    struct UserRow
    {
        QString id, name, fullName, email;
        bool active = true;
    };
    struct MemberRow
    {
        QString teamId, userId;
    };
    struct AssignmentRow
    {
        SubjectKind kind = SubjectKind::User;
        QString subjectId, roleId, workspaceId; // workspaceId empty: global
    };
    QList<UserRow> users;
    QList<std::pair<QString, QString>> teams; // id, name
    QList<MemberRow> members;
    QList<AssignmentRow> assignments;
};

Result<AccessRows> readAccessRows(const QSqlDatabase &db);

enum class NamedRows { Users, Teams, Roles, Workspaces };
// Every (id, name) of one table in one plain query: the names a CSV import is checked against.
Result<QList<std::pair<QString, QString>>> readIdsAndNames(const QSqlDatabase &db, NamedRows table);

} // namespace zenml
