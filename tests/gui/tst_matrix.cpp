// Assigning and revoking through the role × user and role × team matrix.
#include "guifixture.h"
#include "item/rolematrixmodel.h"
#include "item/storetablemodel.h"
#include "item/tablefilterproxy.h"
#include "pages/matrixpage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace zenml;
using namespace zenml::gui;
using namespace zenml::gui::test;

class TstMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void toggleUserCellAssignsAndRevokes();
    void teamMatrixInAWorkspace();

private:
    static QModelIndex cell(QTableView *view, const QString &subject, const QString &role)
    {
        auto *proxy = static_cast<TableFilterProxy *>(view->model());
        auto *matrix = static_cast<RoleMatrixModel *>(proxy->sourceModel());
        const int column = matrix->columnOfRole(role);
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, 0).data().toString() == subject)
                return proxy->index(row, column);
        }
        return {};
    }
};

void TstMatrix::toggleUserCellAssignsAndRevokes()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createUser({QStringLiteral("ida"), {}, {}, QStringLiteral("pw"), {}}));
    QVERIFY(f.showActive());
    QVERIFY(f.window().showPage(QStringLiteral("matrix")));
    QTableView *view = f.window().matrixPage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->columnCount(), 3); // user, admin, guest

    QModelIndex guest = cell(view, QStringLiteral("ida"), QStringLiteral("guest"));
    QVERIFY(guest.isValid());
    QCOMPARE(guest.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    // Space on the current cell toggles its check box, as a click does.
    view->setFocus();
    view->setCurrentIndex(guest);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(f.rolesOf(QStringLiteral("ida")), QStringList{QStringLiteral("guest")});
    QTRY_COMPARE(
        cell(view, QStringLiteral("ida"), QStringLiteral("guest")).data(Qt::CheckStateRole).toInt(),
        int(Qt::Checked));

    // The default user's admin cell: clearing it revokes.
    QModelIndex admin = cell(view, QStringLiteral("default"), QStringLiteral("admin"));
    QCOMPARE(admin.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(view->model()->setData(admin, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(f.rolesOf(QStringLiteral("default")), QStringList());

    // Both toggles are undoable, newest first.
    f.window().action(QStringLiteral("undo"))->trigger();
    QCOMPARE(f.rolesOf(QStringLiteral("default")), QStringList{QStringLiteral("admin")});
    f.window().action(QStringLiteral("undo"))->trigger();
    QCOMPARE(f.rolesOf(QStringLiteral("ida")), QStringList());
    QTRY_COMPARE(
        cell(view, QStringLiteral("ida"), QStringLiteral("guest")).data(Qt::CheckStateRole).toInt(),
        int(Qt::Unchecked));

    // The search narrows the rows.
    QTest::keyClicks(f.window().matrixPage()->searchEdit(), QStringLiteral("id"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(f.prompter().errors, QStringList());
}

void TstMatrix::teamMatrixInAWorkspace()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createTeam(QStringLiteral("ops"), {}));
    QVERIFY(f.service().createWorkspace(QStringLiteral("lab")));
    QVERIFY(f.showActive());
    f.window().showPage(QStringLiteral("matrix"));
    MatrixPage *page = f.window().matrixPage();
    page->subjectCombo()->setCurrentIndex(1);
    QTableView *view = page->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const int lab = page->workspaceCombo()->findText(QStringLiteral("lab"));
    QVERIFY(lab > 0);
    QCOMPARE(page->workspaceCombo()->currentIndex(), 0); // global by default
    page->workspaceCombo()->setCurrentIndex(lab);
    QModelIndex guest = cell(view, QStringLiteral("ops"), QStringLiteral("guest"));
    QVERIFY(view->model()->setData(guest, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(f.rolesOf({}, QStringLiteral("ops")), QStringList{QStringLiteral("guest@lab")});
    // Globally the team still lacks the role.
    page->workspaceCombo()->setCurrentIndex(0);
    QCOMPARE(
        cell(view, QStringLiteral("ops"), QStringLiteral("guest")).data(Qt::CheckStateRole).toInt(),
        int(Qt::Unchecked));
    f.window().action(QStringLiteral("undo"))->trigger();
    QCOMPARE(f.rolesOf({}, QStringLiteral("ops")), QStringList());
}

QTEST_MAIN(TstMatrix)
#include "tst_matrix.moc"
