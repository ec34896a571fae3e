// Editing a role's permissions through the dialog; built-in roles say why they are locked.
#include "dialogs/roledialog.h"
#include "guifixture.h"
#include "pages/entitypage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace zenml;
using namespace zenml::gui;
using namespace zenml::gui::test;

class TstRolesEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void editPermissionsAndUndo();
    void createRoleWithNewAction();
    void builtinRoleIsLockedWithAReason();
};

void TstRolesEdit::editPermissionsAndUndo()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createRole(QStringLiteral("auditor"), Permission::Read));
    QVERIFY(f.showActive());
    QVERIFY(f.window().showPage(QStringLiteral("roles")));
    QTableView *view = f.window().rolesPage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QVERIFY(GuiFixture::select(view, {QStringLiteral("auditor")}));
    bool described = false;
    f.onNextDialog([&](QDialog &d) {
        auto *dialog = qobject_cast<RoleDialog *>(&d);
        if (!dialog || !dialog->permissionBox(Permission::Read)->isChecked())
            return false;
        // Each box carries its one line on what the permission allows.
        described = !dialog->permissionBox(Permission::Write)->accessibleDescription().isEmpty();
        QTest::mouseClick(dialog->permissionBox(Permission::Write), Qt::LeftButton);
        dialog->permissionBox(Permission::Read)->setChecked(false);
        dialog->nameEdit()->setText(QStringLiteral("writer"));
        return dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled();
    });
    QTest::keyClick(view, Qt::Key_F2);
    QVERIFY(described);
    auto role = f.service().role(QStringLiteral("writer"));
    QVERIFY(role);
    QCOMPARE(role->permissions, Permissions(Permission::Write));
    // The roles table shows it.
    QTRY_VERIFY(f.window().rolesPage()->selectName(QStringLiteral("writer")));

    QTest::keyClick(&f.window(), Qt::Key_Z, Qt::ControlModifier);
    role = f.service().role(QStringLiteral("auditor"));
    QVERIFY(role);
    QCOMPARE(role->permissions, Permissions(Permission::Read));
    QTest::keyClick(&f.window(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(f.service().role(QStringLiteral("writer")));
    QCOMPARE(f.prompter().errors, QStringList());
}

void TstRolesEdit::createRoleWithNewAction()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.showActive());
    f.window().showPage(QStringLiteral("roles"));
    f.onNextDialog([](QDialog &d) {
        auto *dialog = qobject_cast<RoleDialog *>(&d);
        if (!dialog || dialog->isEdit())
            return false;
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("guest")); // taken
        if (dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled())
            return false;
        dialog->nameEdit()->setText(QStringLiteral("reporter"));
        dialog->permissionBox(Permission::Me)->setChecked(true);
        return true;
    });
    f.window().action(QStringLiteral("new"))->trigger();
    auto role = f.service().role(QStringLiteral("reporter"));
    QVERIFY(role);
    QCOMPARE(role->permissions, Permissions(Permission::Me));
}

void TstRolesEdit::builtinRoleIsLockedWithAReason()
{
    GuiFixture f;
    QVERIFY(f.ok());
    auto admin = f.service().role(QStringLiteral("admin"));
    QVERIFY(admin);
    RoleDialog dialog(f.service(), *admin);
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!dialog.permissionBox(Permission::Write)->isEnabled());
    bool explained = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        explained = explained || (label->isVisibleTo(&dialog) &&
                                  label->text().contains(QStringLiteral("built in")));
    QVERIFY(explained);
}

QTEST_MAIN(TstRolesEdit)
#include "tst_rolesedit.moc"
