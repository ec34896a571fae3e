// The history of changes: recorded with each write, its sync outcome, no secret ever stored,
// kept over a migration of a profile made by the previous schema, pruned after the retention;
// an edit undone in the app's undo stack says so, apart from what the sync made of it.
#include "commands/editor.h"
#include "commands/servicecommand.h"
#include "item/historymodel.h"
#include "scriptedprompter.h"
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
#include "syncfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

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
    void migratesSchemaWithoutUndone();
    void prunesOldEntries();
    void undoMarksTheEditUndone();
    void undoOfSeveralVerbsMarksEveryEntry();
    void failedUndoMarksNothing();
    void undoneOnAServerIsStillSent();

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
        // Back to schema 2: no history table.
        QSqlDatabase db = m_store->database();
        QVERIFY(sql::exec(db, QStringLiteral("DROP TABLE history")).ok());
        QVERIFY(sql::exec(db, QStringLiteral("PRAGMA user_version = 2")).ok());
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

// Schema 3 had the history without the undone columns: its rows stay, and can be undone then.
void TestHistory::migratesSchemaWithoutUndone()
{
    QCOMPARE(migrations::latestVersion(), 4);
    {
        AdminService &s = open(ProfileKind::Local);
        QVERIFY(s.createUser({QStringLiteral("old"), {}, {}, QStringLiteral("pw"), {}}).ok());
        QVERIFY(s.updateUser(QStringLiteral("old"), {{}, QStringLiteral("Old"), {}, {}, {}}).ok());
        QSqlDatabase db = m_store->database();
        for (const char *column : {"undone_at", "undone_by", "undo_of"})
            QVERIFY(sql::exec(db, QStringLiteral("ALTER TABLE history DROP COLUMN %1")
                                      .arg(QLatin1String(column)))
                        .ok());
        QVERIFY(sql::exec(db, QStringLiteral("PRAGMA user_version = 3")).ok());
        m_service.reset();
        m_store.reset();
    }
    auto store = LocalStore::open(path());
    QVERIFY(store.ok());
    m_store = std::move(store.value());
    auto version = sql::exec(m_store->database(), QStringLiteral("PRAGMA user_version"));
    QVERIFY(version->next());
    QCOMPARE(version->value(0).toInt(), 4);
    AdminService s(*m_store, ProfileKind::Local);
    auto entries = m_store->history().list();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).verb, QStringLiteral("update_user"));
    QCOMPARE(entries->at(1).verb, QStringLiteral("create_user"));
    for (const HistoryEntry &e : *entries) {
        QVERIFY(!e.undoneAt.isValid());
        QCOMPARE(e.undoneBy, 0);
        QCOMPARE(e.undoOf, 0);
    }
    // A migrated row can be marked.
    QVERIFY(
        s.undoing({entries->at(0).id}, [&s] {
             return gui::statusOf(s.updateUser(QStringLiteral("old"), {{}, QString(), {}, {}, {}}));
         }).ok());
    entries = m_store->history().list();
    QCOMPARE(entries->size(), 3);
    QVERIFY(entries->at(1).undoneAt.isValid());
    QCOMPARE(entries->at(1).undoneBy, entries->at(0).id);
    QCOMPARE(entries->at(0).undoOf, entries->at(1).id);
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

namespace {
QHash<qint64, HistoryEntry> byId(LocalStore &store)
{
    QHash<qint64, HistoryEntry> out;
    const QList<HistoryEntry> entries = store.history().list().value();
    for (const HistoryEntry &e : entries)
        out.insert(e.id, e);
    return out;
}

qint64 lastId(LocalStore &store)
{
    auto newest = store.history().list({std::nullopt, {}, 1});
    return newest && !newest->isEmpty() ? newest->first().id : 0;
}
} // namespace

// Edit → Undo marks the edit's entry undone by the undo's own entry; Redo is a new edit and
// leaves the mark alone; undoing that redo marks the redo's entry.
void TestHistory::undoMarksTheEditUndone()
{
    AdminService &s = open(ProfileKind::Local);
    gui::test::ScriptedPrompter prompter;
    gui::Editor editor(s, prompter);
    QVERIFY(s.createUser(
                 {QStringLiteral("alice"), QStringLiteral("Alice"), {}, QStringLiteral("pw"), {}})
                .ok());
    const User before = s.userDetails(QStringLiteral("alice"))->user;
    UserChanges changes;
    changes.fullName = QStringLiteral("Alice B.");
    QVERIFY(editor.updateUser(before, changes).ok());
    const qint64 edit = lastId(*m_store);
    QVERIFY(!byId(*m_store).value(edit).undoneAt.isValid());

    const QDateTime beforeUndo = QDateTime::currentDateTimeUtc().addSecs(-1);
    editor.undoStack()->undo();
    QCOMPARE(s.userDetails(QStringLiteral("alice"))->user.fullName, QStringLiteral("Alice"));
    const qint64 undo = lastId(*m_store);
    QVERIFY(undo > edit);
    auto rows = byId(*m_store);
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.value(edit).undoneAt.isValid());
    QVERIFY(rows.value(edit).undoneAt >= beforeUndo);
    QCOMPARE(rows.value(edit).undoneBy, undo);
    QCOMPARE(rows.value(undo).undoOf, edit);
    QCOMPARE(rows.value(undo).verb, QStringLiteral("update_user"));
    QVERIFY(!rows.value(undo).undoneAt.isValid());
    QCOMPARE(rows.value(undo)
                 .fields.value(QStringLiteral("full_name"))
                 .toObject()
                 .value(QStringLiteral("new"))
                 .toString(),
             QStringLiteral("Alice"));

    editor.undoStack()->redo();
    const qint64 redo = lastId(*m_store);
    QVERIFY(redo > undo);
    rows = byId(*m_store);
    QCOMPARE(rows.value(edit).undoneBy, undo); // the mark stays
    QVERIFY(!rows.value(redo).undoneAt.isValid());
    QCOMPARE(rows.value(redo).undoOf, 0); // a redo is an edit, not an undo

    editor.undoStack()->undo();
    const qint64 secondUndo = lastId(*m_store);
    rows = byId(*m_store);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.value(redo).undoneBy, secondUndo);
    QCOMPARE(rows.value(secondUndo).undoOf, redo);
    QCOMPARE(rows.value(edit).undoneBy, undo);
    QVERIFY(prompter.errors.isEmpty());
}

// An undo of several verbs (a deleted user back with its role and team) marks every entry of
// the delete with the undo's first entry; each entry of the undo names the delete.
void TestHistory::undoOfSeveralVerbsMarksEveryEntry()
{
    AdminService &s = open(ProfileKind::Local);
    gui::test::ScriptedPrompter prompter;
    gui::Editor editor(s, prompter);
    QVERIFY(s.createRole(QStringLiteral("viewer"), Permission::Read).ok());
    QVERIFY(s.createUser({QStringLiteral("bob"), {}, {}, QStringLiteral("pw"), {}}).ok());
    QVERIFY(s.createUser({QStringLiteral("carl"), {}, {}, QStringLiteral("pw"), {}}).ok());
    QVERIFY(s.createTeam(QStringLiteral("data"), {QStringLiteral("bob")}).ok());
    QVERIFY(s.assignRole({QStringLiteral("viewer"), {QStringLiteral("bob")}, {}, {}}).ok());
    const qint64 beforeDelete = lastId(*m_store);
    prompter.answers << true;
    QVERIFY(editor.deleteUsers({QStringLiteral("bob"), QStringLiteral("carl")}).ok());
    const qint64 afterDelete = lastId(*m_store);
    QCOMPARE(afterDelete - beforeDelete, 2); // one delete_user each

    editor.undoStack()->undo();
    QVERIFY(s.userDetails(QStringLiteral("bob")).ok());
    auto rows = byId(*m_store);
    QList<qint64> undoIds;
    for (auto it = rows.begin(); it != rows.end(); ++it)
        if (it.key() > afterDelete)
            undoIds << it.key();
    std::sort(undoIds.begin(), undoIds.end());
    // create bob, activate, assign viewer, add to data; create carl, activate
    QVERIFY2(undoIds.size() >= 4, qPrintable(QString::number(undoIds.size())));
    for (qint64 id = beforeDelete + 1; id <= afterDelete; ++id) {
        QCOMPARE(rows.value(id).verb, QStringLiteral("delete_user"));
        QVERIFY(rows.value(id).undoneAt.isValid());
        QCOMPARE(rows.value(id).undoneBy, undoIds.first());
    }
    for (qint64 id : undoIds) {
        QCOMPARE(rows.value(id).undoOf, beforeDelete + 1);
        QVERIFY(!rows.value(id).undoneAt.isValid());
    }
    // The entries before the edit are untouched.
    QVERIFY(!rows.value(beforeDelete).undoneAt.isValid());
}

// The mark is in the undo's transaction: an undo that fails half-way leaves neither the
// inverse's rows nor the mark.
void TestHistory::failedUndoMarksNothing()
{
    AdminService &s = open(ProfileKind::Local);
    gui::test::ScriptedPrompter prompter;
    gui::Editor editor(s, prompter);
    QVERIFY(s.createUser({QStringLiteral("bob"), {}, {}, QStringLiteral("pw"), {}}).ok());
    QVERIFY(s.createTeam(QStringLiteral("data"), {QStringLiteral("bob")}).ok());
    prompter.answers << true;
    QVERIFY(editor.deleteUsers({QStringLiteral("bob")}).ok());
    const qint64 deleted = lastId(*m_store);
    // The team goes meanwhile, outside the undo stack: the undo re-creates bob, then fails to
    // put him back in "data".
    QVERIFY(s.deleteTeams({QStringLiteral("data")}).ok());
    const int count = m_store->history().count().value();

    editor.undoStack()->undo();
    QCOMPARE(prompter.errors.size(), 1);
    QVERIFY(!s.userDetails(QStringLiteral("bob")).ok());
    QCOMPARE(m_store->history().count().value(), count);
    const HistoryEntry entry = byId(*m_store).value(deleted);
    QCOMPARE(entry.verb, QStringLiteral("delete_user"));
    QVERIFY(!entry.undoneAt.isValid());
    QCOMPARE(entry.undoneBy, 0);
    QVERIFY(s.lastEditHistory().isEmpty());
}

// On a server profile an edit undone before the sync is still sent, then its undo: both end
// "sent" with the HTTP status the server answered, and the edit still shows it was undone.
void TestHistory::undoneOnAServerIsStillSent()
{
    test::SyncFixture f;
    QVERIFY(f.ok());
    AdminService &s = f.service();
    QVERIFY(
        s.createUser({QStringLiteral("nina"), QStringLiteral("Nina"), {}, std::nullopt, {}}).ok());
    auto first = f.sync();
    QVERIFY2(first && first->ok(), qPrintable(test::requestLogText(f.server())));

    gui::test::ScriptedPrompter prompter;
    gui::Editor editor(s, prompter);
    const User before = s.userDetails(QStringLiteral("nina"))->user;
    UserChanges changes;
    changes.fullName = QStringLiteral("Nina Z.");
    QVERIFY(editor.updateUser(before, changes).ok());
    const qint64 edit = lastId(f.store());
    QVERIFY(editor.createTeam(QStringLiteral("crew"), {QStringLiteral("nina")}).ok());
    const qint64 create = lastId(f.store());
    editor.undoStack()->undo(); // the team goes again
    const qint64 teamUndo = lastId(f.store());
    editor.undoStack()->undo(); // the name is back
    const qint64 nameUndo = lastId(f.store());
    QVERIFY(prompter.errors.isEmpty());
    auto rows = byId(f.store());
    QCOMPARE(rows.value(edit).undoneBy, nameUndo);
    QCOMPARE(rows.value(create).undoneBy, teamUndo);
    QCOMPARE(rows.value(teamUndo).verb, QStringLiteral("delete_team"));
    QCOMPARE(rows.value(teamUndo).undoOf, create);
    for (qint64 id : {edit, create, teamUndo, nameUndo}) {
        QVERIFY(rows.value(id).outboxId > 0);
        QVERIFY(rows.value(id).outcome.isEmpty()); // not sent yet
    }

    auto report = f.sync();
    QVERIFY2(report && report->ok(), qPrintable(test::requestLogText(f.server())));
    rows = byId(f.store());
    for (qint64 id : {edit, create, teamUndo, nameUndo}) {
        const HistoryEntry &e = rows[id];
        QVERIFY2(e.outcome == QLatin1String("sent"),
                 qPrintable(QStringLiteral("#%1 %2: %3").arg(id).arg(e.verb, e.outcome)));
        QVERIFY2(e.httpStatus >= 200 && e.httpStatus < 300, qPrintable(e.verb));
        QVERIFY(e.outcomeAt.isValid());
    }
    QCOMPARE(rows.value(edit).httpStatus, 200);
    // The sync wrote its outcome next to the mark, not over it.
    QVERIFY(rows.value(edit).undoneAt.isValid());
    QCOMPARE(rows.value(edit).undoneBy, nameUndo);
    QCOMPARE(rows.value(create).undoneBy, teamUndo);
    QCOMPARE(rows.value(nameUndo).undoOf, edit);
    QVERIFY(!rows.value(nameUndo).undoneAt.isValid());
    // Both were sent in order: the server holds the name as it was, and no team.
    QVERIFY(f.server().teamId(QStringLiteral("crew")).isEmpty());
    const QJsonArray users = f.server().users();
    QString fullName;
    for (const QJsonValue &u : users)
        if (u.toObject().value(QStringLiteral("name")).toString() == QLatin1String("nina"))
            fullName = u.toObject().value(QStringLiteral("full_name")).toString();
    QCOMPARE(fullName, QStringLiteral("Nina"));
    QVERIFY(HistoryModel::outcomeText(rows.value(edit))
                .startsWith(QStringLiteral("sent (HTTP 200) · undone ")));
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
