#include "tst_store.h"

#include "dbdump.h"
#include "store/assignmenttable.h"
#include "store/migrations.h"
#include "store/outbox.h"
#include "store/roletable.h"
#include "store/sqlutil.h"
#include "store/transaction.h"
#include "store/usertable.h"
#include "store/workspacetable.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace zenml;

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Role makeRole(const QString &name, Permissions permissions = Permission::Read)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return Role{newId(), name, permissions, now, now};
}

QStringList tableNames(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

int pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA %1").arg(name));
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::cleanup()
{
    m_dir.reset();
}

QString TestStore::path() const
{
    return m_dir->filePath(QStringLiteral("profile.sqlite"));
}

std::unique_ptr<LocalStore> TestStore::open()
{
    auto store = LocalStore::open(path());
    if (!store) {
        qWarning("%s", qPrintable(store.error().message));
        return {};
    }
    return std::move(store.value());
}

void TestStore::migrationsFromNoFile()
{
    auto store = open();
    QVERIFY(store);
    const QSqlDatabase db = store->database();
    QCOMPARE(pragma(db, QStringLiteral("user_version")), migrations::latestVersion());
    QVERIFY(migrations::latestVersion() >= 1);
    QCOMPARE(tableNames(db),
             (QStringList{"history", "id_map", "meta", "outbox", "role_permissions", "roles",
                          "sqlite_sequence", "team_members", "team_role_assignments", "teams",
                          "user_role_assignments", "users", "workspaces"}));
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), 1);
    QSqlQuery mode(db);
    QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
    QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    // A migrated file has no rows: seeding is a separate, explicit step.
    QCOMPARE(store->roles().count().value(), 0);
    QCOMPARE(store->users().count().value(), 0);
}

void TestStore::migrationsFromEmptyFile()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(QFileInfo(path()).size(), 0);
    auto store = open();
    QVERIFY(store);
    QCOMPARE(pragma(store->database(), QStringLiteral("user_version")),
             migrations::latestVersion());
    QVERIFY(tableNames(store->database()).contains(QStringLiteral("outbox")));
    // Migrating again is a no-op.
    QVERIFY(migrations::migrate(store->database()).ok());
    QCOMPARE(pragma(store->database(), QStringLiteral("user_version")),
             migrations::latestVersion());
}

void TestStore::newerSchemaIsRefused()
{
    {
        auto store = open();
        QVERIFY(store);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QString before = test::dumpDatabase(path());
    auto store = LocalStore::open(path());
    QVERIFY(!store);
    QCOMPARE(store.error().kind, ErrorKind::Io);
    QVERIFY2(store.error().message.contains(QStringLiteral("newer")),
             qPrintable(store.error().message));
    QCOMPARE(test::dumpDatabase(path()), before);
}

void TestStore::seeding()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->seedLocalDefaults().ok());

    const auto roles = store->roles().list();
    QVERIFY(roles.ok());
    QCOMPARE(roles->size(), 2);
    QCOMPARE(roles->at(0).name, QStringLiteral("admin"));
    QCOMPARE(roles->at(0).permissions, Permission::Read | Permission::Write | Permission::Me);
    QCOMPARE(roles->at(1).name, QStringLiteral("guest"));
    QCOMPARE(roles->at(1).permissions, Permission::Read | Permission::Me);

    const auto workspaces = store->workspaces().list();
    QCOMPARE(workspaces->size(), 1);
    QCOMPARE(workspaces->first().name, QStringLiteral("default"));

    const auto users = store->users().list();
    QCOMPARE(users->size(), 1);
    QCOMPARE(users->first().name, QStringLiteral("default"));
    QVERIFY(users->first().active);
    QVERIFY(users->first().created.isValid());

    const auto assignments = store->assignments().list();
    QCOMPARE(assignments->size(), 1);
    QCOMPARE(assignments->first().subjectName, QStringLiteral("default"));
    QCOMPARE(assignments->first().roleName, QStringLiteral("admin"));
    QVERIFY(assignments->first().assignment.isGlobal());

    QCOMPARE(store->outbox().count({}).value(), 0);
    QCOMPARE(store->users().syncInfo(users->first().id)->state, SyncState::Clean);
}

void TestStore::reopeningKeepsData()
{
    QString viewerId;
    {
        auto store = open();
        QVERIFY(store);
        QVERIFY(store->seedLocalDefaults().ok());
        const Role viewer = makeRole(QStringLiteral("viewer"));
        viewerId = viewer.id;
        QVERIFY(store->roles().insert(viewer, SyncState::Created, QStringLiteral("base")).ok());
        QVERIFY(store->setMeta(QStringLiteral("profile_kind"), QStringLiteral("server")).ok());
    }
    const QString before = test::dumpDatabase(path());
    auto store = open();
    QVERIFY(store);
    QCOMPARE(test::dumpDatabase(path()), before);
    const auto viewer = store->roles().byName(QStringLiteral("viewer"));
    QVERIFY(viewer.ok() && viewer->has_value());
    QCOMPARE(viewer->value().id, viewerId);
    QCOMPARE(store->roles().syncInfo(viewerId)->state, SyncState::Created);
    QCOMPARE(store->roles().syncInfo(viewerId)->baseUpdated, QStringLiteral("base"));
    QCOMPARE(store->meta(QStringLiteral("profile_kind")).value(), QStringLiteral("server"));
    QCOMPARE(store->roles().count().value(), 3);
}

void TestStore::nestedTransactionsAreSavepoints()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->seedLocalDefaults().ok());
    auto has = [&store](const char *name) {
        return store->roles().byName(QString::fromLatin1(name))->has_value();
    };
    {
        Transaction outer(store->database());
        QVERIFY(outer.begun().ok());
        QVERIFY(store->roles().insert(makeRole(QStringLiteral("kept")), SyncState::Clean).ok());
        {
            // An inner failure undoes only the inner work.
            Transaction inner(store->database());
            QVERIFY(inner.begun().ok());
            QVERIFY(
                store->roles().insert(makeRole(QStringLiteral("undone")), SyncState::Clean).ok());
        }
        {
            Transaction inner(store->database());
            QVERIFY(inner.begun().ok());
            QVERIFY(
                store->roles().insert(makeRole(QStringLiteral("inner")), SyncState::Clean).ok());
            QVERIFY(inner.commit().ok());
        }
        QVERIFY(has("kept") && has("inner") && !has("undone"));
        QVERIFY(outer.commit().ok());
    }
    QVERIFY(has("kept") && has("inner") && !has("undone"));
    {
        // An outer rollback takes the committed inner work with it.
        Transaction outer(store->database());
        QVERIFY(outer.begun().ok());
        {
            Transaction inner(store->database());
            QVERIFY(store->roles().insert(makeRole(QStringLiteral("gone")), SyncState::Clean).ok());
            QVERIFY(inner.commit().ok());
        }
    }
    QVERIFY(!has("gone"));
    // Back at the outer level: a new transaction is a real one again and commits to the file.
    {
        Transaction tx(store->database());
        QVERIFY(tx.begun().ok());
        QVERIFY(store->roles().insert(makeRole(QStringLiteral("last")), SyncState::Clean).ok());
        QVERIFY(tx.commit().ok());
    }
    store.reset();
    store = open();
    QVERIFY(has("kept") && has("inner") && has("last") && !has("gone") && !has("undone"));
}

void TestStore::failedTransactionLeavesNoTrace()
{
    {
        auto store = open();
        QVERIFY(store);
        QVERIFY(store->seedLocalDefaults().ok());
    }
    const QString before = test::dumpDatabase(path());
    {
        auto store = open();
        QVERIFY(store);
        Transaction tx(store->database());
        QVERIFY(tx.begun().ok());
        QVERIFY(store->roles().insert(makeRole(QStringLiteral("viewer")), SyncState::Clean).ok());
        OutboxOperation op;
        op.operation = OutboxOperation::CreateRole;
        op.entityKind = EntityKind::Role;
        op.entityId = newId();
        QVERIFY(store->outbox().append(op).ok());
        // The second insert breaks the unique name: the whole transaction must go.
        const Status duplicate =
            store->roles().insert(makeRole(QStringLiteral("admin")), SyncState::Clean);
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind, ErrorKind::Io);
        // The guard rolls back when it goes out of scope without commit().
    }
    QCOMPARE(test::dumpDatabase(path()), before);
    auto store = open();
    QVERIFY(!store->roles().byName(QStringLiteral("viewer"))->has_value());
    QCOMPARE(store->outbox().count({}).value(), 0);
}

void TestStore::committedTransactionStays()
{
    {
        auto store = open();
        QVERIFY(store);
        Transaction tx(store->database());
        QVERIFY(tx.begun().ok());
        QVERIFY(store->roles().insert(makeRole(QStringLiteral("viewer")), SyncState::Clean).ok());
        QVERIFY(tx.commit().ok());
        // A second commit has nothing to commit.
        QVERIFY(!tx.commit().ok());
    }
    auto store = open();
    QVERIFY(store->roles().byName(QStringLiteral("viewer"))->has_value());
}

void TestStore::corruptFile()
{
    QByteArray noise(8192, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &c : noise)
        c = char(random.bounded(256));
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(noise);
    file.close();

    auto store = LocalStore::open(path());
    QVERIFY(!store);
    QCOMPARE(store.error().kind, ErrorKind::Io);
    QVERIFY2(store.error().message.contains(QStringLiteral("Cannot open the profile database")),
             qPrintable(store.error().message));
    QVERIFY(store.error().message.contains(path()));
    QVERIFY2(store.error().message.contains(QStringLiteral("Keep the file")),
             qPrintable(store.error().message));
    QVERIFY(store.error().message.contains(QStringLiteral("zenml-admin profile repair")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), noise);
}

void TestStore::readOnlyFile()
{
    {
        auto store = open();
        QVERIFY(store);
        QVERIFY(store->seedLocalDefaults().ok());
    }
    const QString before = test::dumpDatabase(path());
    QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    // Traversable by "nobody"; the folder stays writable so SQLite can keep its -shm file.
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::Permissions(0x7777)));

    // The reader's own read-only file: its -wal/-shm (private, 0600) are the reader's too.
    if (geteuid() == 0) {
        for (const QString &file :
             {path(), path() + QStringLiteral("-wal"), path() + QStringLiteral("-shm")}) {
            if (QFile::exists(file))
                QVERIFY(::chown(QFile::encodeName(file).constData(), 65534, 65534) == 0);
        }
    }
    // Root ignores file modes, so the read-only part runs in a child process as "nobody"; the
    // exit code says which check failed.
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        if (geteuid() == 0 &&
            (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0))
            _exit(10);
        auto store = LocalStore::open(path());
        if (!store)
            _exit(11);
        if (!store.value()->roles().list().ok())
            _exit(12);
        const Status insert =
            store.value()->roles().insert(makeRole(QStringLiteral("viewer")), SyncState::Clean);
        if (insert.ok())
            _exit(13);
        if (insert.error().kind != ErrorKind::Io ||
            !insert.error().message.contains(QStringLiteral("read-only")) ||
            !insert.error().message.contains(QStringLiteral("writable")))
            _exit(14);
        {
            // A transaction's first write fails the same way, and the guard rolls back.
            Transaction tx(store.value()->database());
            if (store.value()->users().remove(QStringLiteral("x")).ok() &&
                store.value()->roles().insert(makeRole(QStringLiteral("r")), SyncState::Clean).ok())
                _exit(15);
        }
        if (store.value()->setMeta(QStringLiteral("k"), QStringLiteral("v")).ok())
            _exit(16);
        _exit(0);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QCOMPARE(test::dumpDatabase(path()), before);
}

void TestStore::meta()
{
    auto store = open();
    QVERIFY(store);
    QCOMPARE(store->meta(QStringLiteral("missing")).value(), QString());
    QVERIFY(store->setMeta(QStringLiteral("server_url"), QStringLiteral("https://a")).ok());
    QVERIFY(store->setMeta(QStringLiteral("server_url"), QStringLiteral("https://b")).ok());
    QCOMPARE(store->meta(QStringLiteral("server_url")).value(), QStringLiteral("https://b"));
    QCOMPARE(store->path(), path());
}

void TestStore::metaEntriesAreOneTransaction()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(store
                ->setMeta({{QStringLiteral("user_name"), QStringLiteral("alice")},
                           {QStringLiteral("permissions"), QStringLiteral("read,write,me")}})
                .ok());
    // The second key cannot be written (a fault only a trigger can give): the first is not
    // written either.
    QVERIFY(
        sql::exec(store->database(), QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON meta "
                                                    "WHEN NEW.key = 'permissions' "
                                                    "BEGIN SELECT RAISE(ABORT, 'refused'); END"))
            .ok());
    const Status failed = store->setMeta({{QStringLiteral("user_name"), QStringLiteral("gina")},
                                          {QStringLiteral("permissions"), QStringLiteral("read")}});
    QVERIFY(!failed.ok());
    QCOMPARE(store->meta(QStringLiteral("user_name")).value(), QStringLiteral("alice"));
    QCOMPARE(store->meta(QStringLiteral("permissions")).value(), QStringLiteral("read,write,me"));
}

void TestStore::timesAsStored()
{
    // sql::toDb writes times by hand; it must write exactly what Qt's ISO format does, whatever
    // the time's zone, so that stored times keep sorting and comparing as text.
    const QList<QDateTime> times{
        QDateTime(QDate(2023, 7, 21), QTime(9, 12, 44, 123), Qt::UTC),
        QDateTime(QDate(2023, 7, 21), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(1, 2, 3, 4), Qt::UTC),
        QDateTime(QDate(2024, 2, 29), QTime(12, 30, 5, 60), Qt::OffsetFromUTC, 5 * 3600 + 1800),
        QDateTime(QDate(2026, 3, 29), QTime(2, 30), Qt::LocalTime),
        QDateTime::currentDateTime(),
        QDateTime::currentDateTimeUtc(),
    };
    for (const QDateTime &t : times)
        QCOMPARE(zenml::sql::toDb(t).toString(), t.toUTC().toString(Qt::ISODateWithMs));
    QVERIFY(zenml::sql::toDb(QDateTime()).isNull());
    for (const QDateTime &t : times) {
        if (t.isValid())
            QCOMPARE(zenml::sql::fromDb(zenml::sql::toDb(t)), t.toUTC());
    }
}

QTEST_GUILESS_MAIN(TestStore)
