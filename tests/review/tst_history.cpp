// The history of changes: recorded with each write, its sync outcome, no secret ever stored,
// kept over a migration of a profile made by the previous schema, pruned after the retention.
#include "service/adminservice.h"
#include "store/historytable.h"
#include "store/localstore.h"
#include "store/migrations.h"
#include "store/outbox.h"
#include "store/sqlutil.h"
#include "sync/backoffpolicy.h"
#include "sync/idtranslator.h"
#include "sync/outcomeapplier.h"
#include "sync/pendingqueue.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;

class TestHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void recordsEachEdit();
    void neverASecret();
    void syncOutcomes();
    void migratesPreviousSchema();
    void prunesOldEntries();

private:
    AdminService &open(ProfileKind kind);
    QString path() const { return m_dir->filePath(QStringLiteral("p.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AdminService> m_service;
};

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistory::cleanup()
{
    m_service.reset();
    m_store.reset();
    m_dir.reset();
}

AdminService &TestHistory::open(ProfileKind kind)
{
    auto store = LocalStore::open(path());
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    m_store = std::move(store.value());
    if (kind == ProfileKind::Local) {
        if (Status s = m_store->seedLocalDefaults(); !s)
            qFatal("%s", qPrintable(s.error().message));
    }
    m_service = std::make_unique<AdminService>(*m_store, kind);
    m_service->setSecretSink([](const QString &, const QString &) -> Status { return {}; });
    return *m_service;
}

void TestHistory::recordsEachEdit()
{
    AdminService &s = open(ProfileKind::Local);
    QVERIFY(s.createUser(
                 {QStringLiteral("alice"), QStringLiteral("Alice"), {}, QStringLiteral("pw"), {}})
                .ok());
    QVERIFY(
        s.updateUser(QStringLiteral("alice"), {{}, QStringLiteral("Alice B."), {}, {}, {}}).ok());
    QVERIFY(s.createTeam(QStringLiteral("data"), {QStringLiteral("alice")}).ok());
    QVERIFY(s.deleteTeams({QStringLiteral("data")}).ok());

    auto all = m_store->history().list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->at(0).verb, QStringLiteral("delete_team"));
    QCOMPARE(all->at(0).entityName, QStringLiteral("data"));
    QCOMPARE(all->at(2).verb, QStringLiteral("update_user"));
    QCOMPARE(all->at(2).actor, QStringLiteral("local"));
    QCOMPARE(all->at(2).entityName, QStringLiteral("alice"));
    QCOMPARE(all->at(2)
                 .fields.value(QStringLiteral("full_name"))
                 .toObject()
                 .value(QStringLiteral("new"))
                 .toString(),
             QStringLiteral("Alice B."));
    QCOMPARE(all->at(3).verb, QStringLiteral("create_user"));
    QVERIFY(all->at(3).outcome.isEmpty()); // a local profile sends nothing
    // A team's members are named, not listed by id.
    QCOMPARE(all->at(1).verb, QStringLiteral("create_team"));
    QCOMPARE(
        all->at(1).fields.value(QStringLiteral("users")).toObject().value(QStringLiteral("new")),
        QJsonValue(QJsonArray{QStringLiteral("alice")}));

    HistoryQuery byName;
    byName.entityName = QStringLiteral("alice");
    QCOMPARE(m_store->history().list(byName)->size(), 2);
    HistoryQuery future;
    future.since = QDateTime::currentDateTimeUtc().addDays(1);
    QCOMPARE(m_store->history().list(future)->size(), 0);

    // A failed verb leaves no history: it is in the edit's transaction.
    QVERIFY(!s.createTeam(QStringLiteral("x"), {QStringLiteral("nobody")}).ok());
    QCOMPARE(m_store->history().count().value(), 4);
}

void TestHistory::neverASecret()
{
    AdminService &s = open(ProfileKind::Server);
    const QString secret = QStringLiteral("s3cret-Pa55word-4711");
    QVERIFY(s.createUser({QStringLiteral("bob"), {}, {}, secret, {}}).ok());
    QVERIFY(s.updateUser(QStringLiteral("bob"),
                         {{}, {}, {}, {}, QStringLiteral("an0ther-Pa55word-0815")})
                .ok());
    auto all = m_store->history().list();
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().fields.value(QStringLiteral("password")).toString(),
             QStringLiteral("password changed"));
    QVERIFY(all->first().outboxId > 0);
    m_service.reset();
    m_store.reset();
    // Scan the database and its journal byte by byte.
    for (const QString &file : {path(), path() + QStringLiteral("-wal")}) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(!bytes.contains("an0ther-Pa55word-0815"));
    }
}

void TestHistory::syncOutcomes()
{
    AdminService &s = open(ProfileKind::Server);
    QVERIFY(s.createTeam(QStringLiteral("sent"), {}).ok());
    QVERIFY(s.createTeam(QStringLiteral("refused"), {}).ok());
    QVERIFY(s.createTeam(QStringLiteral("clash"), {}).ok());
    QVERIFY(s.createTeam(QStringLiteral("gone"), {}).ok());
    auto ops = m_store->outbox().list();
    QCOMPARE(ops->size(), 4);

    auto loaded = sync::IdTranslator::load(m_store->database());
    QVERIFY(loaded.ok());
    sync::IdTranslator ids = loaded.value();
    sync::BackoffPolicy backoff;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    sync::Clock clock = [now] { return now; };
    sync::OutcomeApplier applier(*m_store, ids, backoff, clock);
    QVERIFY(applier.apply(ops->at(0), sync::OperationOutcome::done()).ok());
    sync::OperationOutcome failed;
    failed.kind = sync::OperationOutcome::Kind::Failed;
    failed.error = Error::make(ErrorKind::Invalid, QStringLiteral("bad name"));
    failed.error.httpStatus = 422;
    QVERIFY(applier.apply(ops->at(1), failed).ok());
    auto clash = sync::OperationOutcome::conflict({}, QStringLiteral("changed there"));
    clash.error.httpStatus = 409;
    QVERIFY(applier.apply(ops->at(2), clash).ok());
    QVERIFY(sync::PendingQueue(*m_store).drop({ops->at(3).id}).ok());

    QHash<QString, HistoryEntry> byName;
    const QList<HistoryEntry> entries = m_store->history().list().value();
    for (const HistoryEntry &e : entries)
        byName.insert(e.entityName, e);
    QCOMPARE(byName.value(QStringLiteral("sent")).outcome, QStringLiteral("sent"));
    QCOMPARE(byName.value(QStringLiteral("sent")).httpStatus, 200);
    QCOMPARE(byName.value(QStringLiteral("sent")).outcomeAt, now);
    QCOMPARE(byName.value(QStringLiteral("refused")).outcome, QStringLiteral("failed"));
    QCOMPARE(byName.value(QStringLiteral("refused")).httpStatus, 422);
    QCOMPARE(byName.value(QStringLiteral("refused")).detail, QStringLiteral("bad name"));
    QCOMPARE(byName.value(QStringLiteral("clash")).outcome, QStringLiteral("conflict"));
    QCOMPARE(byName.value(QStringLiteral("gone")).outcome, QStringLiteral("dropped"));
}

void TestHistory::migratesPreviousSchema()
{
    {
        AdminService &s = open(ProfileKind::Local);
        QVERIFY(s.createUser({QStringLiteral("old"), {}, {}, QStringLiteral("pw"), {}}).ok());
        // Back to the previous schema: no history table, user_version one lower.
        QSqlDatabase db = m_store->database();
        QVERIFY(sql::exec(db, QStringLiteral("DROP TABLE history")).ok());
        QVERIFY(
            sql::exec(
                db, QStringLiteral("PRAGMA user_version = %1").arg(migrations::latestVersion() - 1))
                .ok());
        m_service.reset();
        m_store.reset();
    }
    auto store = LocalStore::open(path());
    QVERIFY(store.ok());
    m_store = std::move(store.value());
    auto version = sql::exec(m_store->database(), QStringLiteral("PRAGMA user_version"));
    QVERIFY(version->next());
    QCOMPARE(version->value(0).toInt(), migrations::latestVersion());
    AdminService s(*m_store, ProfileKind::Local);
    QVERIFY(s.userDetails(QStringLiteral("old")).ok()); // the rows survived
    QCOMPARE(m_store->history().count().value(), 0);
    QVERIFY(s.updateUser(QStringLiteral("old"), {{}, QStringLiteral("Old"), {}, {}, {}}).ok());
    QCOMPARE(m_store->history().count().value(), 1);
}

void TestHistory::prunesOldEntries()
{
    AdminService &s = open(ProfileKind::Local);
    QVERIFY(m_store->setMeta(HistoryTable::kRetentionKey, QStringLiteral("30")).ok());
    HistoryEntry ancient;
    ancient.at = QDateTime::currentDateTimeUtc().addDays(-31);
    ancient.actor = QStringLiteral("local");
    ancient.verb = QStringLiteral("create_team");
    ancient.entityKind = QStringLiteral("team");
    ancient.entityName = QStringLiteral("ancient");
    HistoryEntry recent = ancient;
    recent.at = QDateTime::currentDateTimeUtc().addDays(-29);
    recent.entityName = QStringLiteral("recent");
    {
        // Written straight to the table: the next write through the service prunes.
        HistoryTable raw(m_store->database());
        QVERIFY(raw.record(recent).ok());
        raw.setRetentionDays(100000);
        QVERIFY(raw.record(ancient).ok());
    }
    QCOMPARE(m_store->history().count().value(), 2);
    QVERIFY(s.createTeam(QStringLiteral("now"), {}).ok());
    QStringList names;
    const QList<HistoryEntry> entries = m_store->history().list().value();
    for (const HistoryEntry &e : entries)
        names << e.entityName;
    QCOMPARE(names, QStringList({QStringLiteral("now"), QStringLiteral("recent")}));
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
