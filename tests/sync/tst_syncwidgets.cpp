// The sync widgets over a real store and test server: the status bar part, the Pending changes
// page (with the exact request) and the Conflicts view.
#include "pages/conflictsview.h"
#include "pages/pendingpage.h"
#include "parts/syncstatuswidget.h"
#include "store/outbox.h"
#include "store/roletable.h"
#include "store/usertable.h"
#include "syncfixture.h"

#include <QApplication>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

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
    PendingPage page(f.store());
    QTreeWidget *tree = page.tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem *first = tree->topLevelItem(0);
    QCOMPARE(first->childCount(), 1);
    QVERIFY(first->child(0)->text(1).startsWith(QStringLiteral("POST /api/v1/roles")));
    QVERIFY(first->child(0)->text(1).contains(QStringLiteral("\"r1\"")));
    first->setSelected(true);
    tree->topLevelItem(1)->setSelected(true);
    page.dropSelected();
    QCOMPARE(tree->topLevelItemCount(), 0);
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
    // The Row text of the first top-level item whose operation is `operation`.
    const auto rowOf = [](const PendingPage &page, const QString &operation) {
        QTreeWidget *tree = page.tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(1) == operation)
                return tree->topLevelItem(i)->text(2);
        }
        return QStringLiteral("<no %1>").arg(operation);
    };
    {
        PendingPage page(f.store());
        QCOMPARE(page.tree()->topLevelItemCount(), 6);
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
        PendingPage page(f.store());
        QCOMPARE(page.tree()->topLevelItemCount(), 2);
        QCOMPARE(rowOf(page, OutboxOperation::RevokeUserRole), QStringLiteral("yann → auditors"));
        QCOMPARE(rowOf(page, OutboxOperation::RevokeTeamRole),
                 QStringLiteral("ops → auditors in lab"));
    }
    // With a name gone from the mirror as well, the id shows.
    QVERIFY(f.service().deleteTeams({QStringLiteral("ops")}).ok());
    PendingPage page(f.store());
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
    ConflictsView view(f.store());
    QCOMPARE(view.list()->count(), 1);
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
