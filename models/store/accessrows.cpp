#include "accessrows.h"

#include "sqlutil.h"

#include <QSqlQuery>
#include <sqlite3.h>

namespace zenml {

namespace {

// One plain query through SQLite's C API on the store's own connection: the same values as Qt's
// driver gives, without a QVariant (and a UTF-16 copy by SQLite) per value.
// Reading the mirror for an export of 100,000 users and 150,000 assignments was mostly that.
class RawQuery
{
public:
    RawQuery(sqlite3 *db, const char *statement)
        : m_db(db)
    {
        m_status = sqlite3_prepare_v2(db, statement, -1, &m_stmt, nullptr);
    }
    ~RawQuery() { sqlite3_finalize(m_stmt); }
    RawQuery(const RawQuery &) = delete;
    RawQuery &operator=(const RawQuery &) = delete;

    // The next row; false at the end or on an error (see error()).
    bool next()
    {
        if (m_status != SQLITE_OK && m_status != SQLITE_ROW)
            return false;
        m_status = sqlite3_step(m_stmt);
        return m_status == SQLITE_ROW;
    }
    QString text(int column) const
    {
        // UTF-8 as stored (every text was bound by Qt as valid UTF-16), decoded by Qt: no
        // UTF-16 copy made by SQLite first.
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        if (!data)
            return {};
        return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
    }
    int integer(int column) const { return sqlite3_column_int(m_stmt, column); }
    std::optional<Error> error(const QSqlDatabase &db) const
    {
        if (m_status == SQLITE_DONE || m_status == SQLITE_ROW || m_status == SQLITE_OK)
            return std::nullopt;
        if (sql::lastFailureWasDamage(db)) // the store's own words for a damaged file
            return sql::errorOf(db, QSqlQuery(db));
        return Error::make(ErrorKind::Io, QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_status = SQLITE_OK;
};

} // namespace

Result<AccessRows> readAccessRows(const QSqlDatabase &db)
{
    sqlite3 *handle = sql::handleOf(db);
    if (!handle)
        return Error::make(ErrorKind::Io, QStringLiteral("not an SQLite connection"));
    AccessRows out;
    {
        RawQuery users(handle, "SELECT id, name, full_name, IFNULL(email, ''), active FROM users "
                               "ORDER BY name");
        while (users.next())
            out.users.append({users.text(0), users.text(1), users.text(2), users.text(3),
                              users.integer(4) != 0});
        if (auto e = users.error(db))
            return *e;
    }
    {
        RawQuery teams(handle, "SELECT id, name FROM teams ORDER BY name");
        while (teams.next())
            out.teams.append({teams.text(0), teams.text(1)});
        if (auto e = teams.error(db))
            return *e;
    }
    {
        RawQuery members(handle, "SELECT team_id, user_id FROM team_members");
        while (members.next())
            out.members.append({members.text(0), members.text(1)});
        if (auto e = members.error(db))
            return *e;
    }
    for (SubjectKind kind : {SubjectKind::User, SubjectKind::Team}) {
        RawQuery q(handle, kind == SubjectKind::User
                               ? "SELECT user_id, role_id, IFNULL(workspace_id, '') FROM "
                                 "user_role_assignments"
                               : "SELECT team_id, role_id, IFNULL(workspace_id, '') FROM "
                                 "team_role_assignments");
        while (q.next())
            out.assignments.append({kind, q.text(0), q.text(1), q.text(2)});
        if (auto e = q.error(db))
            return *e;
    }
    return out;
}

Result<QList<std::pair<QString, QString>>> readIdsAndNames(const QSqlDatabase &db, NamedRows table)
{
    sqlite3 *handle = sql::handleOf(db);
    if (!handle)
        return Error::make(ErrorKind::Io, QStringLiteral("not an SQLite connection"));
    const char *statement = "SELECT id, name FROM users";
    switch (table) {
    case NamedRows::Users:
        break;
    case NamedRows::Teams:
        statement = "SELECT id, name FROM teams";
        break;
    case NamedRows::Roles:
        statement = "SELECT id, name FROM roles";
        break;
    case NamedRows::Workspaces:
        statement = "SELECT id, name FROM workspaces";
        break;
    }
    QList<std::pair<QString, QString>> out;
    RawQuery q(handle, statement);
    while (q.next())
        out.append({q.text(0), q.text(1)});
    if (auto e = q.error(db))
        return *e;
    return out;
}

} // namespace zenml
