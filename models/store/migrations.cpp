#include "migrations.h"

#include "sqlutil.h"
#include "transaction.h"

#include <QCoreApplication>

namespace zenml::migrations {

namespace {

// Each entry is one forward-only migration; never edit a released one, append a new one.
// Every mirror table carries base_updated (the server's `updated` last seen, verbatim) and
// sync_state (SyncState), as the sync contract needs.
const QList<QStringList> &steps()
{
    static const QList<QStringList> list{
        // 1: the whole first schema
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral(
                "CREATE TABLE users (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                "full_name TEXT NOT NULL DEFAULT '', email TEXT, active INTEGER NOT NULL DEFAULT "
                "1, "
                "email_opted_in INTEGER NOT NULL DEFAULT 0, "
                "is_service_account INTEGER NOT NULL DEFAULT 0, created TEXT, updated TEXT, "
                "base_updated TEXT, sync_state INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                           "created TEXT, updated TEXT, base_updated TEXT, "
                           "sync_state INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE team_members (team_id TEXT NOT NULL REFERENCES teams(id) "
                "ON DELETE CASCADE ON UPDATE CASCADE, user_id TEXT NOT NULL REFERENCES users(id) "
                "ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY (team_id, user_id))"),
            QStringLiteral("CREATE INDEX team_members_user ON team_members(user_id)"),
            QStringLiteral("CREATE TABLE roles (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                           "created TEXT, updated TEXT, base_updated TEXT, "
                           "sync_state INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE role_permissions (role_id TEXT NOT NULL REFERENCES roles(id) "
                "ON DELETE CASCADE ON UPDATE CASCADE, permission TEXT NOT NULL "
                "CHECK (permission IN ('read', 'write', 'me')), PRIMARY KEY (role_id, "
                "permission))"),
            QStringLiteral("CREATE TABLE workspaces (id TEXT PRIMARY KEY, "
                           "name TEXT NOT NULL UNIQUE, description TEXT NOT NULL DEFAULT '', "
                           "created TEXT, updated TEXT, base_updated TEXT, "
                           "sync_state INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE user_role_assignments (id TEXT PRIMARY KEY, "
                "user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE ON UPDATE CASCADE, "
                "role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE RESTRICT ON UPDATE CASCADE, "
                "workspace_id TEXT REFERENCES workspaces(id) ON DELETE CASCADE ON UPDATE CASCADE, "
                "created TEXT, updated TEXT, base_updated TEXT, "
                "sync_state INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE UNIQUE INDEX user_role_assignments_unique ON "
                           "user_role_assignments(user_id, role_id, IFNULL(workspace_id, ''))"),
            QStringLiteral("CREATE INDEX user_role_assignments_role ON "
                           "user_role_assignments(role_id)"),
            QStringLiteral(
                "CREATE TABLE team_role_assignments (id TEXT PRIMARY KEY, "
                "team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE ON UPDATE CASCADE, "
                "role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE RESTRICT ON UPDATE CASCADE, "
                "workspace_id TEXT REFERENCES workspaces(id) ON DELETE CASCADE ON UPDATE CASCADE, "
                "created TEXT, updated TEXT, base_updated TEXT, "
                "sync_state INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE UNIQUE INDEX team_role_assignments_unique ON "
                           "team_role_assignments(team_id, role_id, IFNULL(workspace_id, ''))"),
            QStringLiteral("CREATE INDEX team_role_assignments_role ON "
                           "team_role_assignments(role_id)"),
            // The outbox: ordered operations waiting to be pushed. entity_id and the ids inside
            // payload are local ids; id_map translates those created offline to server ids.
            QStringLiteral(
                "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL, "
                "operation TEXT NOT NULL, entity_kind TEXT NOT NULL, entity_id TEXT NOT NULL, "
                "payload TEXT NOT NULL DEFAULT '{}', base_updated TEXT, "
                "status INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, "
                "next_attempt TEXT, last_error TEXT, server_snapshot TEXT)"),
            QStringLiteral("CREATE INDEX outbox_status ON outbox(status, id)"),
            QStringLiteral("CREATE INDEX outbox_entity ON outbox(entity_id)"),
            QStringLiteral("CREATE TABLE id_map (local_id TEXT PRIMARY KEY, "
                           "server_id TEXT NOT NULL UNIQUE)"),
        },
        // 2: the row as it stood when an edit was made on it (the base of a conflict)
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN base_snapshot TEXT"),
        },
        // 3: the history of every change made on the profile (never a secret)
        {
            QStringLiteral(
                "CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
                "actor TEXT NOT NULL, verb TEXT NOT NULL, entity_kind TEXT NOT NULL, "
                "entity_id TEXT, entity_name TEXT, fields TEXT NOT NULL DEFAULT '{}', "
                "source TEXT NOT NULL DEFAULT 'local', outbox_id INTEGER, outcome TEXT, "
                "http_status INTEGER, outcome_at TEXT, detail TEXT)"),
            QStringLiteral("CREATE INDEX history_at ON history(at)"),
            QStringLiteral("CREATE INDEX history_outbox ON history(outbox_id)"),
            QStringLiteral("CREATE INDEX history_entity ON history(entity_name, at)"),
        },
        // 4: an edit undone in the app: when, and by which later entry (the undo's first row);
        // the undo's own rows name the first row of the edit they undo. Kept apart from the
        // sync's outcome, which an undone change still gets.
        {
            QStringLiteral("ALTER TABLE history ADD COLUMN undone_at TEXT"),
            QStringLiteral("ALTER TABLE history ADD COLUMN undone_by INTEGER"),
            QStringLiteral("ALTER TABLE history ADD COLUMN undo_of INTEGER"),
        },
    };
    return list;
}

} // namespace

int latestVersion()
{
    return int(steps().size());
}

Status migrate(const QSqlDatabase &db)
{
    auto current = sql::exec(db, QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.error();
    int version = current->next() ? current->value(0).toInt() : 0;
    if (version > latestVersion())
        return Error::make(ErrorKind::Io,
                           QCoreApplication::translate(
                               "LocalStore",
                               "The profile database was written by a newer ZenML Admin (schema "
                               "%1, this one knows %2). Update ZenML Admin to open it.")
                               .arg(version)
                               .arg(latestVersion()));
    for (; version < latestVersion(); ++version) {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        for (const QString &statement : steps().at(version)) {
            auto done = sql::exec(db, statement);
            if (!done)
                return done.error();
        }
        auto bump = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        if (!bump)
            return bump.error();
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace zenml::migrations
