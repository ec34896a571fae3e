#include "localstore.h"

#include "assignmenttable.h"
#include "domain/rules.h"
#include "historytable.h"
#include "migrations.h"
#include "outbox.h"
#include "privatefiles.h"
#include "roletable.h"
#include "sqlutil.h"
#include "teamtable.h"
#include "transaction.h"
#include "usertable.h"
#include "workspacetable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace zenml {

namespace {

Error openError(const QString &path, const QString &detail)
{
    return Error::make(
        ErrorKind::Io,
        QCoreApplication::translate("LocalStore", "Cannot open the profile database '%1': %2.")
            .arg(QDir::toNativeSeparators(path), detail));
}

// SQLite found the file damaged (SQLITE_CORRUPT) or not a database at all (SQLITE_NOTADB).
Error damagedError(const QString &path)
{
    return Error::make(
        ErrorKind::Io,
        QCoreApplication::translate(
            "LocalStore",
            "Cannot open the profile database '%1': it is damaged or is not a profile database. "
            "Nothing was written to it. Keep the file: it may hold changes not yet "
            "sent to the server. Restore it from a backup or, for a server profile, repair it "
            "with 'zenml-admin profile repair %2': that keeps the damaged file beside it, "
            "salvages the changes it can still read and fetches a fresh copy from the server.")
            .arg(QDir::toNativeSeparators(path), QFileInfo(path).completeBaseName()));
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

LocalStore::LocalStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
    QSqlDatabase db = database();
    m_users = std::make_unique<UserTable>(db);
    m_teams = std::make_unique<TeamTable>(db);
    m_roles = std::make_unique<RoleTable>(db);
    m_workspaces = std::make_unique<WorkspaceTable>(db);
    m_assignments = std::make_unique<AssignmentTable>(db);
    m_outbox = std::make_unique<Outbox>(db);
    m_history = std::make_unique<HistoryTable>(db);
}

LocalStore::~LocalStore()
{
    m_users.reset();
    m_teams.reset();
    m_roles.reset();
    m_workspaces.reset();
    m_assignments.reset();
    m_outbox.reset();
    m_history.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<LocalStore>> LocalStore::open(const QString &path)
{
    bool diskFull = false;
    auto store = openAt(path, false, &diskFull);
    if (store || !diskFull)
        return store;
    // No space to open it for writing (SQLite needs a little for its -shm file): reading needs
    // none, so listing and describing still work. Only when the write-ahead log holds nothing:
    // this way of opening does not read it.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return store;
    auto reader = openAt(path, true, nullptr);
    if (!reader)
        return store;
    return reader;
}

Result<std::unique_ptr<LocalStore>> LocalStore::openAt(const QString &path, bool onFullDisk,
                                                       bool *diskFull)
{
    const QFileInfo info(path);
    const bool readOnly = onFullDisk || (info.exists() && !info.isWritable());
    if (info.exists() && !info.isReadable())
        return openError(path, tr("the file is not readable"));
    if (!info.exists() && !QFileInfo(info.absolutePath()).isWritable())
        return openError(path, tr("the folder is not writable"));
    // Private whatever the umask: a new file starts 0600 (SQLite gives its -wal and -shm files
    // the database's mode); an existing installation's files are corrected.
    if (!info.exists())
        privatefiles::createPrivateFile(path);
    else if (!readOnly) {
        for (const QString &file :
             {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            privatefiles::makePrivateFile(file);
    }

    const QString name = QStringLiteral("zenml-store-") + newId();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (onFullDisk) {
            // "immutable": no -shm, no locks, nothing written. The read-only store's writes fail
            // and are named as a full disk (sql::lastFailureWasDiskFull).
            sql::setImmutable(db, path);
        } else {
            db.setDatabaseName(path);
            if (readOnly)
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return openError(path, detail);
        }
    }
    std::unique_ptr<LocalStore> store(new LocalStore(path, name));
    QSqlDatabase db = store->database();
    const auto failed = [&db, &path, diskFull](const QString &detail) {
        if (sql::lastFailureWasDamage(db))
            return damagedError(path);
        if (diskFull && sql::lastFailureWasDiskFull(db)) {
            *diskFull = true;
            return Error::make(ErrorKind::Io,
                               tr("Cannot open the profile database '%1' for changes: the disk "
                                  "holding it is full. Free some space on that disk, then try "
                                  "again; the file itself is fine.")
                                   .arg(QDir::toNativeSeparators(path)));
        }
        return openError(path, detail);
    };

    // The first statement reads the header: a file that is not SQLite fails here. It is scoped
    // so that its read transaction ends before the journal mode changes.
    {
        auto probe = sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
        if (!probe)
            return failed(probe.error().message);
    }
    // A 32 MiB page cache (SQLite's default is 2 MiB): a first pull writes tens of thousands of
    // rows keyed by random UUIDs in one transaction, which with the small cache spilled pages
    // to the journal before the commit. Memory is taken only as the file grows to use it.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000"),
          QStringLiteral("PRAGMA cache_size = -32768")}) {
        if (auto r = sql::exec(db, pragma); !r)
            return failed(r.error().message);
    }
    if (readOnly) {
        auto version = sql::exec(db, QStringLiteral("PRAGMA user_version"));
        if (!version || !version->next() ||
            version->value(0).toInt() != migrations::latestVersion())
            return openError(path,
                             tr("the file is read-only and needs an upgrade; make it writable"));
        return store;
    }
    if (auto r = sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL")); !r)
        return failed(r.error().message);
    if (Status s = migrations::migrate(db); !s)
        return failed(s.error().message);
    return store;
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QString> LocalStore::meta(const QString &key) const
{
    auto q = sql::exec(database(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Status LocalStore::setMeta(const QString &key, const QString &value)
{
    auto q = sql::exec(database(),
                       QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
                       {key, value});
    if (!q)
        return q.error();
    return {};
}

Status LocalStore::setMeta(const QList<std::pair<QString, QString>> &entries)
{
    Transaction tx(database());
    if (!tx.begun())
        return tx.begun();
    for (const auto &[key, value] : entries) {
        if (Status s = setMeta(key, value); !s)
            return s;
    }
    return tx.commit();
}

Status LocalStore::seedLocalDefaults()
{
    Transaction tx(database());
    if (!tx.begun())
        return tx.begun();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Role admin{newId(), rules::kAdminRole,
                     Permission::Read | Permission::Write | Permission::Me, now, now};
    const Role guest{newId(), rules::kGuestRole, Permission::Read | Permission::Me, now, now};
    const Workspace workspace{newId(), rules::kDefaultWorkspace, {}, now, now};
    User user;
    user.id = newId();
    user.name = rules::kDefaultUser;
    user.created = user.updated = now;
    RoleAssignment assignment{newId(), SubjectKind::User, user.id, admin.id, {}, now, now};

    for (Status s :
         {roles().insert(admin, SyncState::Clean), roles().insert(guest, SyncState::Clean),
          workspaces().insert(workspace, SyncState::Clean), users().insert(user, SyncState::Clean),
          assignments().insert(assignment, SyncState::Clean)}) {
        if (!s)
            return s;
    }
    return tx.commit();
}

} // namespace zenml
