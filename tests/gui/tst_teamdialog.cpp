// Creating and editing a team through the dialog: the members picker searches all users.
#include "dialogs/checkednamesproxy.h"
#include "dialogs/teamdialog.h"
#include "guifixture.h"
#include "item/itemroles.h"
#include "pages/entitypage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace zenml;
using namespace zenml::gui;
using namespace zenml::gui::test;

class TstTeamDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void createTeamPickingMembersBySearch();
    void editTeamRenamesAndReplacesMembers();

private:
    static bool check(QListView *view, const QString &name)
    {
        QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(itemrole::Name).toString() == name)
                return model->setData(index, Qt::Checked, Qt::CheckStateRole);
        }
        return false;
    }
};

void TstTeamDialog::createTeamPickingMembersBySearch()
{
    GuiFixture f;
    QVERIFY(f.ok());
    for (const char *name : {"alice", "bob", "carol"})
        QVERIFY(f.service().createUser({QString::fromLatin1(name),
                                        {},
                                        QString::fromLatin1(name) + "@example.com",
                                        QStringLiteral("pw"),
                                        {}}));
    QVERIFY(f.showActive());
    f.window().showPage(QStringLiteral("teams"));
    bool picked = false;
    f.onNextDialog([&](QDialog &d) {
        auto *dialog = qobject_cast<TeamDialog *>(&d);
        if (!dialog)
            return false;
        QAbstractItemModelTester tester(dialog->memberModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("reviewers"));
        QTest::keyClicks(dialog->searchEdit(), QStringLiteral("ali"));
        if (dialog->memberView()->model()->rowCount() != 1)
            return false;
        picked = check(dialog->memberView(), QStringLiteral("alice"));
        dialog->searchEdit()->setText(QStringLiteral("CAROL@"));
        picked = picked && check(dialog->memberView(), QStringLiteral("carol"));
        // The choice survives the search changing what is listed.
        dialog->searchEdit()->clear();
        picked = picked && dialog->memberModel()->checkedCount() == 2;
        return picked && dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled();
    });
    QTest::keyClick(&f.window(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(picked);
    auto team = f.service().team(QStringLiteral("reviewers"));
    QVERIFY(team);
    QCOMPARE(team->memberIds.size(), 2);
    QTRY_COMPARE(f.window().teamsPage()->currentName(), QStringLiteral("reviewers"));
    f.window().action(QStringLiteral("undo"))->trigger();
    QVERIFY(!f.service().team(QStringLiteral("reviewers")));
}

void TstTeamDialog::editTeamRenamesAndReplacesMembers()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createUser({QStringLiteral("dan"), {}, {}, QStringLiteral("pw"), {}}));
    QVERIFY(f.service().createTeam(QStringLiteral("ops"), {QStringLiteral("default")}));
    QVERIFY(f.showActive());
    f.window().showPage(QStringLiteral("teams"));
    QTableView *view = f.window().teamsPage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QVERIFY(GuiFixture::select(view, {QStringLiteral("ops")}));
    f.onNextDialog([](QDialog &d) {
        auto *dialog = qobject_cast<TeamDialog *>(&d);
        if (!dialog || dialog->members() != QStringList{QStringLiteral("default")})
            return false;
        dialog->nameEdit()->setText(QStringLiteral("operations"));
        dialog->memberModel()->setCheckedNames({QStringLiteral("dan")});
        return true;
    });
    f.window().action(QStringLiteral("edit"))->trigger();
    auto team = f.service().team(QStringLiteral("operations"));
    QVERIFY(team);
    QCOMPARE(team->memberIds.size(), 1);
    auto dan = f.service().userDetails(QStringLiteral("dan"));
    QVERIFY(dan);
    QCOMPARE(dan->teams.size(), 1);
    f.window().action(QStringLiteral("undo"))->trigger();
    team = f.service().team(QStringLiteral("ops"));
    QVERIFY(team);
    auto def = f.service().userDetails(QStringLiteral("default"));
    QCOMPARE(def->teams.size(), 1);
    QCOMPARE(f.prompter().errors, QStringList());
}

QTEST_MAIN(TstTeamDialog)
#include "tst_teamdialog.moc"
