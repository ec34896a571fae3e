#pragma once

#include "domain/entitykind.h"
#include "domain/error.h"

#include <QObject>
#include <QSqlDatabase>
#include <memory>

namespace zenml {

class AssignmentTable;
class HistoryTable;
class Outbox;
class RoleTable;
class TeamTable;
class UserTable;
class WorkspaceTable;

// One profile's SQLite file, opened on a named connection with WAL and foreign keys, migrated to
// the latest schema. Owns the per-table query objects.
class LocalStore : public QObject
{
    Q_OBJECT
public:
    ~LocalStore() override;

    // Opens (creating when missing) and migrates the file. A damaged file or one that cannot be
    // written is an Io error that says what to do. On a full disk it opens read-only (reading
    // needs no space) and its writes fail naming the full disk.
    static Result<std::unique_ptr<LocalStore>> open(const QString &path);

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    // Lock files beside a profile's file (QLockFile): held by a window for as long as it has the
    // profile open, and by a sync from start to finish.
    static QString openLockPath(const QString &path) { return path + QStringLiteral(".open-lock"); }
    static QString syncLockPath(const QString &path) { return path + QStringLiteral(".sync-lock"); }

    // Seeds the rows a fresh ZenML server starts with: roles admin and guest, workspace and user
    // "default", and the default user's global admin assignment. Only for new local profiles.
    Status seedLocalDefaults();

    Result<QString> meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);
    // Several keys in one transaction: all are written, or none.
    Status setMeta(const QList<std::pair<QString, QString>> &entries);

    UserTable &users() { return *m_users; }
    TeamTable &teams() { return *m_teams; }
    RoleTable &roles() { return *m_roles; }
    WorkspaceTable &workspaces() { return *m_workspaces; }
    AssignmentTable &assignments() { return *m_assignments; }
    Outbox &outbox() { return *m_outbox; }
    HistoryTable &history() { return *m_history; }

    // Said by whoever committed a local edit (the AdminService, after each verb or block of
    // verbs): those below the service that act on edits (the SyncEngine pushes soon after one)
    // listen to edited() without knowing who edits.
    void announceEdit(EntityKind kind) { Q_EMIT edited(kind); }

Q_SIGNALS:
    void edited(zenml::EntityKind kind);

private:
    LocalStore(QString path, QString connectionName);
    // onFullDisk: read-only without touching -wal or -shm; diskFull (when given) is set when
    // opening for writing failed for want of space.
    static Result<std::unique_ptr<LocalStore>> openAt(const QString &path, bool onFullDisk,
                                                      bool *diskFull);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<UserTable> m_users;
    std::unique_ptr<TeamTable> m_teams;
    std::unique_ptr<RoleTable> m_roles;
    std::unique_ptr<WorkspaceTable> m_workspaces;
    std::unique_ptr<AssignmentTable> m_assignments;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<HistoryTable> m_history;
};

} // namespace zenml
