// Creating and editing a user through the dialog, with validation as one types.
#include "dialogs/userdialog.h"
#include "guifixture.h"
#include "pages/userspage.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace zenml;
using namespace zenml::gui;
using namespace zenml::gui::test;

class TstUserDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void createUserThroughTheDialog();
    void validationExplainsTheRules();
    void defaultUserSaysWhy();
    void editUserAndUndo();
};

void TstUserDialog::createUserThroughTheDialog()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.showActive());
    bool filled = false;
    f.onNextDialog([&](QDialog &d) {
        auto *dialog = qobject_cast<UserDialog *>(&d);
        if (!dialog)
            return false;
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        if (ok->isEnabled()) // an empty name is not acceptable
            return false;
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("erika"));
        QTest::keyClicks(dialog->fullNameEdit(), QStringLiteral("Erika Mustermann"));
        QTest::keyClicks(dialog->emailEdit(), QStringLiteral("erika@example.com"));
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("secret"));
        const auto guest =
            dialog->rolesList()->findItems(QStringLiteral("guest"), Qt::MatchExactly);
        if (guest.size() != 1)
            return false;
        guest.first()->setCheckState(Qt::Checked);
        filled = ok->isEnabled();
        return filled;
    });
    // Ctrl+N on the Users page opens the new-user dialog.
    QTest::keyClick(&f.window(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(filled);
    auto details = f.service().userDetails(QStringLiteral("erika"));
    QVERIFY(details);
    QCOMPARE(details->user.fullName, QStringLiteral("Erika Mustermann"));
    QCOMPARE(details->user.email, QStringLiteral("erika@example.com"));
    QVERIFY(details->user.active);
    QCOMPARE(f.rolesOf(QStringLiteral("erika")), QStringList{QStringLiteral("guest")});
    // The new user is selected on the page.
    QTRY_COMPARE(f.window().usersPage()->currentName(), QStringLiteral("erika"));
    QCOMPARE(f.unexpectedDialogs(), 0);
}

void TstUserDialog::validationExplainsTheRules()
{
    GuiFixture f;
    QVERIFY(f.ok());
    UserDialog dialog(f.service());
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("default"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.findChildren<QLabel *>().size() > 0);
    bool saysTaken = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        saysTaken = saysTaken || label->text().contains(QStringLiteral("already exists"));
    QVERIFY(saysTaken);
    dialog.nameEdit()->setText(QStringLiteral(" padded"));
    QVERIFY(!ok->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral("fresh"));
    QVERIFY(ok->isEnabled());
    QTest::keyClicks(dialog.emailEdit(), QStringLiteral("not-an-address"));
    QVERIFY(!ok->isEnabled());
    bool saysEmail = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        saysEmail = saysEmail || label->text().contains(QStringLiteral("not an email address"));
    QVERIFY(saysEmail);
    dialog.emailEdit()->setText(QStringLiteral("fresh@example.com"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!dialog.draft().password.has_value()); // no password: an inactive, invited user
}

void TstUserDialog::defaultUserSaysWhy()
{
    GuiFixture f;
    QVERIFY(f.ok());
    auto details = f.service().userDetails(QStringLiteral("default"));
    QVERIFY(details);
    UserDialog dialog(f.service(), details->user);
    QVERIFY(dialog.nameEdit()->isReadOnly());
    bool explained = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        explained = explained || label->text().contains(QStringLiteral("server depends on"));
    QVERIFY(explained);
}

void TstUserDialog::editUserAndUndo()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createUser(
        {QStringLiteral("max"), QStringLiteral("Max"), {}, QStringLiteral("pw"), {}}));
    QVERIFY(f.showActive());
    QTRY_VERIFY(f.window().usersPage()->view()->model()->rowCount() == 2);
    QVERIFY(GuiFixture::select(f.window().usersPage()->view(), {QStringLiteral("max")}));
    f.onNextDialog([](QDialog &d) {
        auto *dialog = qobject_cast<UserDialog *>(&d);
        if (!dialog || !dialog->isEdit())
            return false;
        dialog->fullNameEdit()->setText(QStringLiteral("Max Power"));
        dialog->emailEdit()->setText(QStringLiteral("max@example.com"));
        return true;
    });
    QTest::keyClick(f.window().usersPage()->view(), Qt::Key_F2);
    auto max = f.service().userDetails(QStringLiteral("max"));
    QVERIFY(max);
    QCOMPARE(max->user.fullName, QStringLiteral("Max Power"));
    f.window().action(QStringLiteral("undo"))->trigger();
    max = f.service().userDetails(QStringLiteral("max"));
    QCOMPARE(max->user.fullName, QStringLiteral("Max"));
    QCOMPARE(max->user.email, QString());
    f.window().action(QStringLiteral("redo"))->trigger();
    max = f.service().userDetails(QStringLiteral("max"));
    QCOMPARE(max->user.email, QStringLiteral("max@example.com"));
    QCOMPARE(f.prompter().errors, QStringList());
}

QTEST_MAIN(TstUserDialog)
#include "tst_userdialog.moc"
