// The sync widgets over a real store and test server: the status bar part, the Pending changes
// page (with the exact request) and the Conflicts view.
#include "item/itemroles.h"
#include "item/pendingchangemodel.h"
#include "pages/conflictsview.h"
#include "pages/pendingpage.h"
#include "parts/syncstatuswidget.h"
#include "service/outboxservice.h"
#include "store/outbox.h"
#include "store/roletable.h"
#include "store/usertable.h"
#include "syncfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace zenml;
using namespace zenml::test;
using namespace zenml::gui;

class TstSyncWidgets : public QObject
{
    Q_OBJECT

private slots:
    void statusTexts_data();
    void statusTexts();
    void statusStates();
    void pendingPageShowsRequestsAndDrops();
    void pendingPageNamesAssignments();
    void conflictsViewSideBySide();
};

// One statement of the sync state, with real plural forms, in the app's English and German (the
// .qm files lrelease built for zenml-admin; the English one carries the numerus forms).
void TstSyncWidgets::statusTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pending");
    QTest::addColumn<int>("conflicts");
    QTest::addColumn<QString>("expected");
    const QString en = QStringLiteral("en");
    const QString de = QStringLiteral("de");
    QTest::newRow("en 0/0") << en << 0 << 0 << QStringLiteral("Up to date · last sync %1");
    QTest::newRow("en 1/0") << en << 1 << 0 << QStringLiteral("1 change to send · last sync %1");
    QTest::newRow("en 2/0") << en << 2 << 0 << QStringLiteral("2 changes to send · last sync %1");
    QTest::newRow("en 0/1") << en << 0 << 1
                            << QStringLiteral("1 conflict to resolve · last sync %1");
    QTest::newRow("en 0/2") << en << 0 << 2
                            << QStringLiteral("2 conflicts to resolve · last sync %1");
    QTest::newRow("en 1/1") << en << 1 << 1
                            << QStringLiteral(
                                   "1 conflict to resolve · 1 change to send · last sync %1");
    QTest::newRow("en 2/2") << en << 2 << 2
                            << QStringLiteral(
                                   "2 conflicts to resolve · 2 changes to send · last sync %1");
    QTest::newRow("de 0/0") << de << 0 << 0
                            << QStringLiteral(
                                   "Auf dem neuesten Stand · letzte Synchronisierung %1");
    QTest::newRow("de 1/0") << de << 1 << 0
                            << QStringLiteral("1 Änderung zu senden · letzte Synchronisierung %1");
    QTest::newRow("de 2/0") << de << 2 << 0
                            << QStringLiteral(
                                   "2 Änderungen zu senden · letzte Synchronisierung %1");
    QTest::newRow("de 0/1") << de << 0 << 1
                            << QStringLiteral("1 Konflikt zu lösen · letzte Synchronisierung %1");
    QTest::newRow("de 0/2") << de << 0 << 2
                            << QStringLiteral("2 Konflikte zu lösen · letzte Synchronisierung %1");
    QTest::newRow("de 1/1") << de << 1 << 1
                            << QStringLiteral("1 Konflikt zu lösen · 1 Änderung zu senden · "
                                              "letzte Synchronisierung %1");
    QTest::newRow("de 2/2") << de << 2 << 2
                            << QStringLiteral("2 Konflikte zu lösen · 2 Änderungen zu senden · "
                                              "letzte Synchronisierung %1");
}

void TstSyncWidgets::statusTexts()
{
    QFETCH(QString, language);
    QFETCH(int, pending);
    QFETCH(int, conflicts);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(
        translator.load(QStringLiteral("zenml-admin_") + language, QStringLiteral(ZENML_QM_DIR)));
    QCoreApplication::installTranslator(&translator);
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

    SyncStatusWidget w;
    sync::SyncStatus s;
    s.connectivity = sync::Connectivity::Online;
    s.pending = pending;
    s.conflicts = conflicts;
    s.lastSuccess = QDateTime::currentDateTime().addSecs(-60);
    // A sync a minute ago is named by its time alone (after midnight's first minute: its date).
    const QString when = s.lastSuccess.date() == QDate::currentDate()
                             ? QLocale().toString(s.lastSuccess.time(), QLocale::ShortFormat)
                             : QLocale().toString(s.lastSuccess, QLocale::ShortFormat);
    w.setStatus(s);
    QCOMPARE(w.text(), expected.arg(when));
    // Nowhere a "(s)" or a second statement of the same counts.
    QVERIFY(!w.text().contains(QStringLiteral("(s)")));
}

void TstSyncWidgets::statusStates()
{
    QTranslator english;
    QVERIFY(english.load(QStringLiteral("zenml-admin_en"), QStringLiteral(ZENML_QM_DIR)));
    QCoreApplication::installTranslator(&english);
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&english); });
    sync::SyncStatus s;
    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(SyncStatusWidget::statement(s, now), QStringLiteral("Not synced yet"));
    s.connectivity = sync::Connectivity::Offline;
    s.pending = 3;
    s.lastSuccess = QDateTime(now.date().addDays(-2), QTime(15, 34));
    QCOMPARE(SyncStatusWidget::statement(s, now),
             QStringLiteral("Offline · 3 changes to send · last sync %1")
                 .arg(QLocale().toString(s.lastSuccess, QLocale::ShortFormat)));
    s.phase = sync::SyncPhase::Pushing;
    s.done = 2;
    s.total = 5;
    QCOMPARE(SyncStatusWidget::statement(s, now), QStringLiteral("Syncing 2 of 5"));
    // A push that waits for a back-off says why and for how long, not "Syncing 2 of 5".
    s.retryAt = now.addMSecs(3200);
    QCOMPARE(SyncStatusWidget::statement(s, now),
             QStringLiteral("Cannot reach the server · next try in 4 seconds"));
    s.retryAt = now.addMSecs(400);
    QCOMPARE(SyncStatusWidget::statement(s, now),
             QStringLiteral("Cannot reach the server · next try in 1 second"));
    s.connectivity = sync::Connectivity::Unknown;
    QCOMPARE(SyncStatusWidget::statement(s, now),
             QStringLiteral("The server is busy · next try in 1 second"));
    s.retryAt = QDateTime();
    s.phase = sync::SyncPhase::Idle;
    s.connectivity = sync::Connectivity::Error;
    s.pending = 0;
    s.failed = 1;
    s.lastError = QStringLiteral("The server refused the sign-in.");
    SyncStatusWidget w;
    w.setStatus(s);
    QVERIFY2(w.text().startsWith(QStringLiteral("Sync failed · 1 change failed")),
             qPrintable(w.text()));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("syncState"))
                ->toolTip()
                .contains(QStringLiteral("The server refused the sign-in.")));
}

void TstSyncWidgets::pendingPageShowsRequestsAndDrops()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createRole(QStringLiteral("r1"), Permission::Read).ok());
    QVERIFY(f.service().createRole(QStringLiteral("r2"), Permission::Read).ok());
    OutboxService outbox(f.store(), OutboxService::LockScope::OtherProcesses);
    PendingPage page(outbox);
    QAbstractItemModelTester tester(page.model());
    QAbstractItemModel *tree = page.model();
    QCOMPARE(tree->rowCount(), 2);
    const QModelIndex first = tree->index(0, 0);
    QCOMPARE(tree->rowCount(first), 1);
    QVERIFY(tree->index(0, 1, first)
                .data()
                .toString()
                .startsWith(QStringLiteral("POST /api/v1/roles")));
    QVERIFY(tree->index(0, 1, first).data().toString().contains(QStringLiteral("\"r1\"")));
    page.tree()->selectionModel()->select(first,
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    page.tree()->selectionModel()->select(tree->index(1, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    page.dropSelected();
    QCOMPARE(tree->rowCount(), 0);
    QVERIFY(!f.store().roles().refByName(QStringLiteral("r1"))->has_value());
}

// The Row column of an assignment: "user → role", "team → role in workspace", read from the
// mirror, for a revoke (its row is gone) from the ids the operation carries.
void TstSyncWidgets::pendingPageNamesAssignments()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createUser({QStringLiteral("yann"), {}, {}, std::nullopt, {}}).ok());
    QVERIFY(f.service().createTeam(QStringLiteral("ops"), {}).ok());
    QVERIFY(f.service().createRole(QStringLiteral("auditors"), Permission::Read).ok());
    QVERIFY(f.service().createWorkspace(QStringLiteral("lab")).ok());
    QVERIFY(f.service()
                .assignRole({QStringLiteral("auditors"), {QStringLiteral("yann")}, {}, {}})
                .ok());
    QVERIFY(
        f.service()
            .assignRole(
                {QStringLiteral("auditors"), {}, {QStringLiteral("ops")}, QStringLiteral("lab")})
            .ok());
    OutboxService outbox(f.store(), OutboxService::LockScope::OtherProcesses);
    // The Row text of the first top-level item whose operation is `operation`.
    const auto rowOf = [](const PendingPage &page, const QString &operation) {
        QAbstractItemModel *tree = page.model();
        for (int i = 0; i < tree->rowCount(); ++i) {
            if (tree->index(i, 1).data(itemrole::Raw).toString() == operation)
                return tree->index(i, 2).data().toString();
        }
        return QStringLiteral("<no %1>").arg(operation);
    };
    {
        PendingPage page(outbox);
        QCOMPARE(page.model()->rowCount(), 6);
        QCOMPARE(rowOf(page, OutboxOperation::AssignUserRole), QStringLiteral("yann → auditors"));
        QCOMPARE(rowOf(page, OutboxOperation::AssignTeamRole),
                 QStringLiteral("ops → auditors in lab"));
    }

    // Pushed, the assignments have the server's ids; revoked, their rows are gone, and the
    // revokes are named from what they carry.
    QVERIFY(f.sync()->ok());
    QVERIFY(f.service()
                .revokeRole({QStringLiteral("auditors"), {QStringLiteral("yann")}, {}, {}})
                .ok());
    QVERIFY(
        f.service()
            .revokeRole(
                {QStringLiteral("auditors"), {}, {QStringLiteral("ops")}, QStringLiteral("lab")})
            .ok());
    auto ops = f.store().outbox().list({OutboxStatus::Pending});
    QVERIFY(ops.ok());
    QCOMPARE(ops->size(), 2);
    {
        PendingPage page(outbox);
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(rowOf(page, OutboxOperation::RevokeUserRole), QStringLiteral("yann → auditors"));
        QCOMPARE(rowOf(page, OutboxOperation::RevokeTeamRole),
                 QStringLiteral("ops → auditors in lab"));
    }
    // With a name gone from the mirror as well, the id shows.
    QVERIFY(f.service().deleteTeams({QStringLiteral("ops")}).ok());
    PendingPage page(outbox);
    const QString revokeId = [&ops] {
        for (const OutboxOperation &op : *ops) {
            if (op.operation == OutboxOperation::RevokeTeamRole)
                return op.entityId;
        }
        return QString();
    }();
    QCOMPARE(rowOf(page, OutboxOperation::RevokeTeamRole), revokeId);
}

void TstSyncWidgets::conflictsViewSideBySide()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createUser({QStringLiteral("lea"), {}, {}, std::nullopt, {}}).ok());
    QVERIFY(f.sync()->ok());
    UserChanges c;
    c.fullName = QStringLiteral("Mine");
    QVERIFY(f.service().updateUser(QStringLiteral("lea"), c).ok());
    QVERIFY(f.server().touchUser(QStringLiteral("lea"), {{"full_name", "Theirs"}}));
    QVERIFY(f.sync()->ok());
    OutboxService outbox(f.store(), OutboxService::LockScope::OtherProcesses);
    ConflictsView view(outbox);
    QCOMPARE(view.list()->count(), 1);
    // The Pending page says the change in words and opens the conflict in this view.
    {
        PendingPage page(outbox);
        QAbstractItemModel *model = page.model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("Update user"));
        QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("Conflict"));
        const QString error = model->index(0, 5).data().toString();
        QVERIFY2(!error.isEmpty(), "a conflict says why");
        QVERIFY2(!error.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T"))),
                 qPrintable(error));
        QSignalSpy requested(&page, &PendingPage::conflictRequested);
        page.tree()->selectionModel()->select(model->index(0, 0), QItemSelectionModel::Select |
                                                                      QItemSelectionModel::Rows);
        page.openSelectedConflict();
        QCOMPARE(requested.size(), 1);
        const qint64 id = requested.first().first().toLongLong();
        QCOMPARE(id, model->index(0, 0).data(itemrole::Id).toLongLong());
        QVERIFY(view.showConflict(id));
        QVERIFY(!view.showConflict(id + 1000));
    }
    QTableWidget *table = view.fields();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->verticalHeaderItem(r)->text() == QLatin1String("full_name"))
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 1)->text(), QStringLiteral("Mine"));
    QCOMPARE(table->item(row, 2)->text(), QStringLiteral("Theirs"));
    QVERIFY(table->item(row, 1)->font().bold());
    view.list()->item(0)->setSelected(true);
    view.takeServer();
    QCOMPARE(view.list()->count(), 0);
    QCOMPARE(f.store().users().byName("lea")->value().fullName, QStringLiteral("Theirs"));
}

QTEST_MAIN(TstSyncWidgets)
#include "tst_syncwidgets.moc"
