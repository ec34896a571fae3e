// The History page: newest first, each filter narrows the rows, the rows come in batches, and an
// edit shows at once.
#include "commands/editor.h"
#include "guifixture.h"
#include "item/historymodel.h"
#include "item/itemroles.h"
#include "pages/historypage.h"
#include "store/historytable.h"
#include "store/localstore.h"
#include "store/transaction.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTest>

using namespace zenml;
using namespace zenml::gui;

class TstHistoryPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }
    void newestFirstAndFilters();
    void fillsInBatches();
    void showsAnEditAtOnce();
    void assignmentsByName();
    void outcomesInWords();
    void undoneEditOnThePage();

private:
    static QStringList column(const HistoryModel &model, int column)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, column).data().toString();
        return out;
    }
};

void TstHistoryPage::newestFirstAndFilters()
{
    test::GuiFixture f;
    QVERIFY(f.ok());
    AdminService &s = f.service();
    QVERIFY(s.createUser({QStringLiteral("alice"), {}, {}, QStringLiteral("pw"), {}}).ok());
    QVERIFY(s.createUser({QStringLiteral("bob"), {}, {}, QStringLiteral("pw"), {}}).ok());
    UserChanges email;
    email.email = QStringLiteral("alice@example.org");
    QVERIFY(s.updateUser(QStringLiteral("alice"), email).ok());
    QVERIFY(s.createTeam(QStringLiteral("data"), {QStringLiteral("alice")}).ok());

    HistoryPage *page = f.window().historyPage();
    QVERIFY(page);
    QVERIFY(f.window().showPage(QStringLiteral("history")));
    f.window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window()));
    page->reload();
    HistoryModel &model = *page->model();
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(column(model, HistoryModel::Entity),
             (QStringList{QStringLiteral("data"), QStringLiteral("alice"), QStringLiteral("bob"),
                          QStringLiteral("alice")}));
    QCOMPARE(model.index(0, HistoryModel::Verb).data().toString(), QStringLiteral("Create team"));
    QVERIFY2(model.index(1, HistoryModel::Fields)
                 .data()
                 .toString()
                 .contains(QStringLiteral("alice@example.org")),
             qPrintable(model.index(1, HistoryModel::Fields).data().toString()));
    QCOMPARE(model.index(0, HistoryModel::Who).data().toString(), QStringLiteral("local"));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1, HistoryModel::When).data(itemrole::Raw).toDateTime() >=
                model.index(row, HistoryModel::When).data(itemrole::Raw).toDateTime());

    // Entity: part of a name, any case.
    page->entityFilter()->setText(QStringLiteral("ALI"));
    page->applyFilter();
    QCOMPARE(column(model, HistoryModel::Entity),
             (QStringList{QStringLiteral("alice"), QStringLiteral("alice")}));
    page->entityFilter()->clear();

    // Kind: the verbs found in the history, in words.
    const int team = page->verbFilter()->findData(QStringLiteral("create_team"));
    QVERIFY(team > 0);
    QCOMPARE(page->verbFilter()->itemText(team), QStringLiteral("Create team"));
    page->verbFilter()->setCurrentIndex(team);
    QCOMPARE(column(model, HistoryModel::Entity), QStringList{QStringLiteral("data")});
    page->verbFilter()->setCurrentIndex(0);
    QCOMPARE(model.rowCount(), 4);

    // Who: every signer in the history.
    QCOMPARE(page->actorFilter()->count(), 2); // anyone, local
    page->actorFilter()->setCurrentIndex(1);
    QCOMPARE(model.rowCount(), 4);
    page->actorFilter()->setCurrentIndex(0);

    // Time range: days in the admin's time zone.
    const QDate today = QDate::currentDate();
    page->fromDate()->setDate(today.addDays(1));
    page->fromEnabled()->setChecked(true);
    QCOMPARE(model.rowCount(), 0);
    page->fromDate()->setDate(today.addDays(-1));
    QCOMPARE(model.rowCount(), 4);
    page->toDate()->setDate(today.addDays(-1));
    page->toEnabled()->setChecked(true);
    QCOMPARE(model.rowCount(), 0);
    page->toDate()->setDate(today);
    QCOMPARE(model.rowCount(), 4);
}

void TstHistoryPage::fillsInBatches()
{
    test::GuiFixture f;
    QVERIFY(f.ok());
    LocalStore &store = f.service().store();
    const int total = HistoryModel::kBatch * 2 + 17;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    {
        Transaction tx(store.database());
        QVERIFY(tx.begun().ok());
        for (int i = 0; i < total; ++i) {
            HistoryEntry e;
            // Half of them share a time, so that the order falls back on the id.
            e.at = start.addSecs(i / 2);
            e.actor = i % 3 == 0 ? QStringLiteral("carol") : QStringLiteral("dave");
            e.verb = QStringLiteral("update_user");
            e.entityKind = QStringLiteral("user");
            e.entityName = QStringLiteral("user%1").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY(store.history().record(e).ok());
        }
        QVERIFY(tx.commit().ok());
    }
    HistoryPage *page = f.window().historyPage();
    page->reload();
    HistoryModel &model = *page->model();
    // (No QAbstractItemModelTester here: it fetches more rows itself.)
    QCOMPARE(model.rowCount(), HistoryModel::kBatch);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.index(0, HistoryModel::Entity).data().toString(),
             QStringLiteral("user%1").arg(total - 1, 4, 10, QLatin1Char('0')));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), HistoryModel::kBatch * 2);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));
    // Every entry once, newest first, across the batches' seams.
    for (int row = 0; row < total; ++row)
        QCOMPARE(model.index(row, HistoryModel::Entity).data().toString(),
                 QStringLiteral("user%1").arg(total - 1 - row, 4, 10, QLatin1Char('0')));

    // The view asks for more as it scrolls.
    f.window().resize(900, 600);
    QVERIFY(f.window().showPage(QStringLiteral("history")));
    f.window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window()));
    page->reload();
    QCOMPARE(model.rowCount(), HistoryModel::kBatch);
    page->view()->scrollToBottom();
    QTRY_VERIFY(model.rowCount() > HistoryModel::kBatch);

    // A filter pages too: carol has every third entry.
    page->actorFilter()->setCurrentIndex(page->actorFilter()->findData(QStringLiteral("carol")));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), (total + 2) / 3);
}

void TstHistoryPage::showsAnEditAtOnce()
{
    test::GuiFixture f;
    QVERIFY(f.ok());
    HistoryModel &model = *f.window().historyPage()->model();
    const int before = model.rowCount();
    QVERIFY(f.service().createWorkspace(QStringLiteral("ml")).ok());
    QTRY_COMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.index(0, HistoryModel::Entity).data().toString(), QStringLiteral("ml"));
    QCOMPARE(model.index(0, HistoryModel::Verb).data().toString(),
             QStringLiteral("Create workspace"));
}

// A role assignment is named by its user, role and workspace, never by the ids the server needs.
void TstHistoryPage::assignmentsByName()
{
    test::GuiFixture f;
    QVERIFY(f.ok());
    AdminService &s = f.service();
    QVERIFY(s.createUser({QStringLiteral("alice"), {}, {}, QStringLiteral("pw"), {}}).ok());
    QVERIFY(s.createWorkspace(QStringLiteral("ml")).ok());
    QVERIFY(
        s.assignRole({QStringLiteral("guest"), {QStringLiteral("alice")}, {}, QStringLiteral("ml")})
            .ok());
    QVERIFY(
        s.revokeRole({QStringLiteral("guest"), {QStringLiteral("alice")}, {}, QStringLiteral("ml")})
            .ok());
    HistoryModel &model = *f.window().historyPage()->model();
    QVERIFY(model.reload().ok());
    QCOMPARE(model.index(0, HistoryModel::Verb).data().toString(),
             QStringLiteral("Revoke role from user"));
    QCOMPARE(model.index(1, HistoryModel::Verb).data().toString(),
             QStringLiteral("Assign role to user"));
    for (int row : {0, 1}) {
        QCOMPARE(model.index(row, HistoryModel::Entity).data().toString(),
                 QStringLiteral("alice → guest (ml)"));
        const QString fields = model.index(row, HistoryModel::Fields).data().toString();
        QVERIFY2(fields.contains(QStringLiteral("role: guest")) &&
                     fields.contains(QStringLiteral("user: alice")) &&
                     fields.contains(QStringLiteral("workspace: ml")),
                 qPrintable(fields));
    }
    // The entity filter finds a user's assignments by the user's name.
    HistoryFilter filter;
    filter.entityText = QStringLiteral("alice");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);
}

// What became of a change, as the Outcome column says it: the HTTP status of a sent change, and
// no internal word.
void TstHistoryPage::outcomesInWords()
{
    HistoryEntry e;
    e.outboxId = 7;
    QCOMPARE(HistoryModel::outcomeText(e), QStringLiteral("waiting to be sent"));
    e.outcome = QStringLiteral("sent");
    e.httpStatus = 200;
    QCOMPARE(HistoryModel::outcomeText(e), QStringLiteral("sent (HTTP 200)"));
    e.outcome = QStringLiteral("failed");
    e.httpStatus = 422;
    e.detail = QStringLiteral("name too long");
    QCOMPARE(HistoryModel::outcomeText(e), QStringLiteral("failed (HTTP 422): name too long"));
    // An undone change keeps what the sync made of it, and says it was undone.
    e.outcome = QStringLiteral("sent");
    e.httpStatus = 200;
    e.detail.clear();
    e.undoneAt = QDateTime(QDate::currentDate(), QTime(14, 2)).toUTC();
    e.undoneBy = 15;
    QCOMPARE(HistoryModel::outcomeText(e),
             QStringLiteral("sent (HTTP 200) · undone %1 by #15")
                 .arg(QLocale().toString(QTime(14, 2), QLocale::ShortFormat)));
    e.outcome.clear();
    QCOMPARE(HistoryModel::outcomeText(e),
             QStringLiteral("waiting to be sent · undone %1 by #15")
                 .arg(QLocale().toString(QTime(14, 2), QLocale::ShortFormat)));
    e = {};
    e.source = QStringLiteral("server");
    QCOMPARE(HistoryModel::outcomeText(e), QStringLiteral("changed on the server"));
    QCOMPARE(HistoryModel::actorText(QStringLiteral("server")), QStringLiteral("on the server"));
    QCOMPARE(HistoryModel::verbText(QStringLiteral("server_delete")),
             QStringLiteral("Deleted on the server"));
    const QJsonObject fields{
        {QStringLiteral("full_name"), QJsonObject{{QStringLiteral("old"), QStringLiteral("A")},
                                                  {QStringLiteral("new"), QStringLiteral("B")}}},
        {QStringLiteral("password"), QStringLiteral("password changed")}};
    QCOMPARE(HistoryModel::fieldsText(fields),
             QStringLiteral("full name: A → B; password changed"));
}

// Edit → Undo in the window: the edit's row says when it was undone and by which entry, the
// undo's row says which entry it undoes, and the kind filter still finds both by their verb.
void TstHistoryPage::undoneEditOnThePage()
{
    test::GuiFixture f;
    QVERIFY(f.ok());
    AdminService &s = f.service();
    QVERIFY(s.createUser(
                 {QStringLiteral("alice"), QStringLiteral("Alice"), {}, QStringLiteral("pw"), {}})
                .ok());
    UserChanges changes;
    changes.fullName = QStringLiteral("Alice B.");
    QVERIFY(f.window().editor().updateUser(s.userDetails(QStringLiteral("alice"))->user, changes));
    QAction *undo = f.window().action(QStringLiteral("undo"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(s.userDetails(QStringLiteral("alice"))->user.fullName, QStringLiteral("Alice"));

    HistoryPage *page = f.window().historyPage();
    QVERIFY(f.window().showPage(QStringLiteral("history")));
    f.window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window()));
    page->reload();
    HistoryModel &model = *page->model();
    QCOMPARE(model.rowCount(), 3);
    const qint64 undoId = model.index(0, 0).data(itemrole::Id).toLongLong();
    const qint64 editId = model.index(1, 0).data(itemrole::Id).toLongLong();
    QCOMPARE(model.index(0, HistoryModel::Verb).data().toString(),
             QStringLiteral("Update user (undo of #%1)").arg(editId));
    QCOMPARE(model.index(1, HistoryModel::Verb).data().toString(), QStringLiteral("Update user"));
    const QString outcome = model.index(1, HistoryModel::Outcome).data().toString();
    QVERIFY2(outcome.startsWith(QStringLiteral("undone ")) &&
                 outcome.endsWith(QStringLiteral(" by #%1").arg(undoId)),
             qPrintable(outcome));
    QCOMPARE(model.index(0, HistoryModel::Outcome).data().toString(), QString());
    QVERIFY(model.index(1, HistoryModel::When)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("#%1, ").arg(editId)));

    const int kind = page->verbFilter()->findData(QStringLiteral("update_user"));
    QVERIFY(kind > 0);
    page->verbFilter()->setCurrentIndex(kind);
    QCOMPARE(model.rowCount(), 2);
    page->verbFilter()->setCurrentIndex(0);
    QCOMPARE(model.rowCount(), 3);
}

QTEST_MAIN(TstHistoryPage)
#include "tst_historypage.moc"
