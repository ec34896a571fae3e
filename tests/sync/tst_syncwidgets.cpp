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
#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace zenml;
using namespace zenml::test;
using namespace zenml::gui;

class TstSyncWidgets : public QObject
{
    Q_OBJECT

private slots:
    void statusTexts();
    void pendingPageShowsRequestsAndDrops();
    void pendingPageNamesAssignments();
    void conflictsViewSideBySide();
};

void TstSyncWidgets::statusTexts()
{
    SyncStatusWidget w;
    sync::SyncStatus s;
    s.connectivity = sync::Connectivity::Offline;
    s.pending = 3;
    w.setStatus(s);
    QCOMPARE(w.stateText(), QStringLiteral("Offline"));
    QVERIFY(w.pendingText().startsWith(QStringLiteral("3 pending")));
    s.phase = sync::SyncPhase::Pushing;
    s.done = 2;
    s.total = 5;
    w.setStatus(s);
    QCOMPARE(w.stateText(), QStringLiteral("Syncing 2 of 5"));
    s.phase = sync::SyncPhase::Idle;
    s.connectivity = sync::Connectivity::Online;
    w.setStatus(s);
    QCOMPARE(w.stateText(), QStringLiteral("Online"));
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
