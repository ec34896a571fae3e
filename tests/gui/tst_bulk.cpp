// Acting on a selection: assign and revoke a role for every selected user or team, and add the
// selected users to a team.
#include "dialogs/assigndialog.h"
#include "guifixture.h"
#include "pages/entitypage.h"
#include "pages/userspage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace zenml;
using namespace zenml::gui;
using namespace zenml::gui::test;

class TstBulk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void init();
    void cleanup() { m_f.reset(); }
    void assignAndRevokeForSelectedUsers();
    void assignForSelectedTeamsInAWorkspace();
    void addSelectionToTeam();

private:
    std::unique_ptr<GuiFixture> m_f;
    const QStringList m_names{QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3")};
};

void TstBulk::init()
{
    m_f = std::make_unique<GuiFixture>();
    QVERIFY(m_f->ok());
    for (const QString &name : m_names)
        QVERIFY(m_f->service().createUser({name, {}, {}, QStringLiteral("pw"), {}}));
    QVERIFY(m_f->service().createRole(QStringLiteral("viewer"), Permission::Read));
    QVERIFY(m_f->showActive());
}

void TstBulk::assignAndRevokeForSelectedUsers()
{
    GuiFixture &f = *m_f;
    // u2 already has the role: the bulk assign leaves it alone, and so does its undo.
    QVERIFY(f.service().assignRole({QStringLiteral("viewer"), {QStringLiteral("u2")}, {}, {}}));
    QTableView *view = f.window().usersPage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 4);
    QVERIFY(GuiFixture::select(view, m_names));
    QCOMPARE(f.window().usersPage()->selectedNames().size(), 3);
    QStringList offered;
    f.onNextDialog([&](QDialog &d) {
        auto *dialog = qobject_cast<AssignDialog *>(&d);
        if (!dialog || dialog->subjectEdit()) // the selection is fixed, not typed
            return false;
        dialog->roleCombo()->setCurrentText(QStringLiteral("viewer"));
        offered = dialog->target().users;
        return true;
    });
    f.window().action(QStringLiteral("assign"))->trigger();
    offered.sort();
    QCOMPARE(offered, m_names);
    for (const QString &name : m_names)
        QCOMPARE(f.rolesOf(name), QStringList{QStringLiteral("viewer")});
    f.window().action(QStringLiteral("undo"))->trigger();
    QCOMPARE(f.rolesOf(QStringLiteral("u1")), QStringList());
    QCOMPARE(f.rolesOf(QStringLiteral("u2")), QStringList{QStringLiteral("viewer")});
    f.window().action(QStringLiteral("redo"))->trigger();

    QVERIFY(GuiFixture::select(view, {QStringLiteral("u1"), QStringLiteral("u3")}));
    f.onNextDialog([](QDialog &d) {
        auto *dialog = qobject_cast<AssignDialog *>(&d);
        if (!dialog)
            return false;
        dialog->roleCombo()->setCurrentText(QStringLiteral("viewer"));
        return true;
    });
    f.window().action(QStringLiteral("revoke"))->trigger();
    QCOMPARE(f.rolesOf(QStringLiteral("u1")), QStringList());
    QCOMPARE(f.rolesOf(QStringLiteral("u2")), QStringList{QStringLiteral("viewer")});
    QCOMPARE(f.rolesOf(QStringLiteral("u3")), QStringList());
    f.window().action(QStringLiteral("undo"))->trigger();
    QCOMPARE(f.rolesOf(QStringLiteral("u3")), QStringList{QStringLiteral("viewer")});
    QCOMPARE(f.prompter().errors, QStringList());
}

void TstBulk::assignForSelectedTeamsInAWorkspace()
{
    GuiFixture &f = *m_f;
    QVERIFY(f.service().createTeam(QStringLiteral("red"), {}));
    QVERIFY(f.service().createTeam(QStringLiteral("blue"), {}));
    QVERIFY(f.service().createWorkspace(QStringLiteral("lab")));
    f.window().showPage(QStringLiteral("teams"));
    QTableView *view = f.window().teamsPage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QVERIFY(GuiFixture::select(view, {QStringLiteral("red"), QStringLiteral("blue")}));
    f.onNextDialog([](QDialog &d) {
        auto *dialog = qobject_cast<AssignDialog *>(&d);
        if (!dialog)
            return false;
        dialog->roleCombo()->setCurrentText(QStringLiteral("viewer"));
        dialog->workspaceCombo()->setCurrentIndex(
            dialog->workspaceCombo()->findText(QStringLiteral("lab")));
        return true;
    });
    QTest::keyClick(&f.window(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(f.rolesOf({}, QStringLiteral("red")), QStringList{QStringLiteral("viewer@lab")});
    QCOMPARE(f.rolesOf({}, QStringLiteral("blue")), QStringList{QStringLiteral("viewer@lab")});
}

void TstBulk::addSelectionToTeam()
{
    GuiFixture &f = *m_f;
    QVERIFY(f.service().createTeam(QStringLiteral("ops"), {QStringLiteral("u1")}));
    QTableView *view = f.window().usersPage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 4);
    QVERIFY(GuiFixture::select(view, m_names));
    f.onNextDialog([](QDialog &d) {
        auto *dialog = qobject_cast<QInputDialog *>(&d);
        if (!dialog || !dialog->comboBoxItems().contains(QStringLiteral("ops")))
            return false;
        dialog->setTextValue(QStringLiteral("ops"));
        return true;
    });
    f.window().action(QStringLiteral("addToTeam"))->trigger();
    auto team = f.service().team(QStringLiteral("ops"));
    QVERIFY(team);
    QCOMPARE(team->memberIds.size(), 3);
    // Undo removes the two who were added, not u1 who was a member before.
    f.window().action(QStringLiteral("undo"))->trigger();
    auto details = f.service().userDetails(QStringLiteral("u1"));
    QVERIFY(details);
    QCOMPARE(details->teams.size(), 1);
    team = f.service().team(QStringLiteral("ops"));
    QCOMPARE(team->memberIds.size(), 1);
}

QTEST_MAIN(TstBulk)
#include "tst_bulk.moc"
