// Deleting a selection after one confirmation that lists what goes, and undoing it: the users
// come back with their roles, team memberships and status.
#include "commands/editor.h"
#include "guifixture.h"
#include "pages/entitypage.h"
#include "pages/userspage.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace zenml;
using namespace zenml::gui;
using namespace zenml::gui::test;

class TstDeleteUndo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void deleteUsersConfirmedThenUndo();
    void deleteTeamAndUndoRestoresItsRoles();
    void protectedEntitiesSayWhy();
    void revokeSelectedAssignmentsInOneStep();
    void undoThatFailsHalfWayLeavesNothing();
};

void TstDeleteUndo::deleteUsersConfirmedThenUndo()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createWorkspace(QStringLiteral("lab")));
    QVERIFY(f.service().createUser({QStringLiteral("olga"),
                                    QStringLiteral("Olga K"),
                                    QStringLiteral("olga@example.com"),
                                    QStringLiteral("pw"),
                                    {QStringLiteral("guest")}}));
    QVERIFY(f.service().createUser({QStringLiteral("pia"), {}, {}, std::nullopt, {}}));
    QVERIFY(f.service().assignRole(
        {QStringLiteral("admin"), {QStringLiteral("olga")}, {}, QStringLiteral("lab")}));
    QVERIFY(f.service().createTeam(QStringLiteral("ops"),
                                   {QStringLiteral("olga"), QStringLiteral("pia")}));
    QVERIFY(f.showActive());
    QTableView *view = f.window().usersPage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QVERIFY(GuiFixture::select(view, {QStringLiteral("olga"), QStringLiteral("pia")}));
    view->setFocus();

    // First answer: no. Nothing goes.
    f.prompter().answers = {false};
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(f.prompter().questions.size(), 1);
    QVERIFY(f.prompter().questions.first().contains(QStringLiteral("olga")));
    QVERIFY(f.prompter().questions.first().contains(QStringLiteral("pia")));
    QVERIFY(f.service().userDetails(QStringLiteral("olga")));

    f.prompter().answers = {true};
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(f.prompter().questions.size(), 2);
    QVERIFY(!f.service().userDetails(QStringLiteral("olga")));
    QVERIFY(!f.service().userDetails(QStringLiteral("pia")));
    QTRY_COMPARE(view->model()->rowCount(), 1);

    QTest::keyClick(&f.window(), Qt::Key_Z, Qt::ControlModifier);
    auto olga = f.service().userDetails(QStringLiteral("olga"));
    QVERIFY(olga);
    QCOMPARE(olga->user.fullName, QStringLiteral("Olga K"));
    QCOMPARE(olga->user.email, QStringLiteral("olga@example.com"));
    QVERIFY(olga->user.active);
    QCOMPARE(f.rolesOf(QStringLiteral("olga")),
             QStringList({QStringLiteral("admin@lab"), QStringLiteral("guest")}));
    auto pia = f.service().userDetails(QStringLiteral("pia"));
    QVERIFY(pia);
    QVERIFY(!pia->user.active);
    auto team = f.service().team(QStringLiteral("ops"));
    QVERIFY(team);
    QCOMPARE(team->memberIds.size(), 2);
    QTRY_COMPARE(view->model()->rowCount(), 3);

    // Redo deletes them again, without asking a second time.
    QTest::keyClick(&f.window(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!f.service().userDetails(QStringLiteral("olga")));
    QCOMPARE(f.prompter().questions.size(), 2);
    QCOMPARE(f.prompter().errors, QStringList());
}

void TstDeleteUndo::deleteTeamAndUndoRestoresItsRoles()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createTeam(QStringLiteral("ops"), {QStringLiteral("default")}));
    QVERIFY(f.service().assignRole({QStringLiteral("guest"), {}, {QStringLiteral("ops")}, {}}));
    QVERIFY(f.showActive());
    f.window().showPage(QStringLiteral("teams"));
    QTableView *view = f.window().teamsPage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QVERIFY(GuiFixture::select(view, {QStringLiteral("ops")}));
    f.prompter().answers = {true};
    f.window().action(QStringLiteral("delete"))->trigger();
    QVERIFY(!f.service().team(QStringLiteral("ops")));
    f.window().action(QStringLiteral("undo"))->trigger();
    auto team = f.service().team(QStringLiteral("ops"));
    QVERIFY(team);
    QCOMPARE(team->memberIds.size(), 1);
    QCOMPARE(f.rolesOf({}, QStringLiteral("ops")), QStringList{QStringLiteral("guest")});
}

void TstDeleteUndo::protectedEntitiesSayWhy()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.showActive());
    QTableView *view = f.window().usersPage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QVERIFY(GuiFixture::select(view, {QStringLiteral("default")}));
    f.prompter().answers = {true};
    f.window().action(QStringLiteral("delete"))->trigger();
    QCOMPARE(f.prompter().errors.size(), 1);
    QVERIFY(f.prompter().errors.first().contains(QStringLiteral("default user")));
    QVERIFY(f.service().userDetails(QStringLiteral("default")));
    QVERIFY(f.window().editor().undoStack()->count() == 0);

    f.window().showPage(QStringLiteral("roles"));
    QTableView *roles = f.window().rolesPage()->view();
    QTRY_COMPARE(roles->model()->rowCount(), 2);
    QVERIFY(GuiFixture::select(roles, {QStringLiteral("guest")}));
    f.prompter().answers = {true};
    f.window().action(QStringLiteral("delete"))->trigger();
    QCOMPARE(f.prompter().errors.size(), 2);
    QVERIFY(f.prompter().errors.last().contains(QStringLiteral("built in")));
}

void TstDeleteUndo::revokeSelectedAssignmentsInOneStep()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createWorkspace(QStringLiteral("lab")));
    QVERIFY(f.service().createTeam(QStringLiteral("ops"), {}));
    QVERIFY(f.service().assignRole({QStringLiteral("guest"),
                                    {QStringLiteral("default")},
                                    {QStringLiteral("ops")},
                                    QStringLiteral("lab")}));
    QVERIFY(f.showActive());
    f.window().showPage(QStringLiteral("assignments"));
    QTableView *view = f.window().assignmentsPage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 3); // default: admin, guest@lab; ops: guest@lab
    QItemSelection lab;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 3).data().toString() == QStringLiteral("lab"))
            lab.select(view->model()->index(row, 0), view->model()->index(row, 0));
    }
    view->selectionModel()->select(lab,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(f.window().action(QStringLiteral("delete"))->isEnabled());
    f.prompter().answers = {true};
    f.window().action(QStringLiteral("delete"))->trigger();
    QCOMPARE(f.prompter().questions.size(), 1);
    QVERIFY(f.prompter().questions.first().contains(QStringLiteral("ops")));
    QCOMPARE(f.rolesOf(QStringLiteral("default")), QStringList{QStringLiteral("admin")});
    QCOMPARE(f.rolesOf({}, QStringLiteral("ops")), QStringList());
    QTRY_COMPARE(view->model()->rowCount(), 1);
    f.window().action(QStringLiteral("undo"))->trigger(); // one step for both
    QCOMPARE(f.rolesOf(QStringLiteral("default")),
             QStringList({QStringLiteral("admin"), QStringLiteral("guest@lab")}));
    QCOMPARE(f.rolesOf({}, QStringLiteral("ops")), QStringList{QStringLiteral("guest@lab")});
}

void TstDeleteUndo::undoThatFailsHalfWayLeavesNothing()
{
    // Undoing a user delete re-creates the user, then their roles, then their teams. When the
    // team went meanwhile (deleted outside this window's undo history), the undo fails at its
    // last step, and the user it had already re-created goes too: one edit, one transaction.
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createUser({QStringLiteral("rosa"),
                                    QStringLiteral("Rosa"),
                                    {},
                                    std::nullopt,
                                    {QStringLiteral("guest")}}));
    QVERIFY(f.service().createTeam(QStringLiteral("ops"), {QStringLiteral("rosa")}));
    QVERIFY(f.showActive());
    QTableView *view = f.window().usersPage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QVERIFY(GuiFixture::select(view, {QStringLiteral("rosa")}));
    view->setFocus();
    f.prompter().answers = {true};
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(!f.service().userDetails(QStringLiteral("rosa")));
    QTRY_COMPARE(view->model()->rowCount(), 1);

    QVERIFY(f.service().deleteTeams({QStringLiteral("ops")}));
    const int assignmentsBefore = int(f.service().assignments()->size());
    QTest::keyClick(&f.window(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(f.prompter().errors.size(), 1);
    QVERIFY(!f.service().userDetails(QStringLiteral("rosa")));
    QCOMPARE(int(f.service().assignments()->size()), assignmentsBefore);
    QTRY_COMPARE(view->model()->rowCount(), 1);
}

QTEST_MAIN(TstDeleteUndo)
#include "tst_deleteundo.moc"
