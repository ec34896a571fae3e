// The Workspaces page: create, rename and describe through the dialog, the default workspace
// kept, a delete that takes the scoped role assignments with it and an undo that brings them
// back, and on a server profile the same edits queued for the sync.
#include "commands/editor.h"
#include "dialogs/assigndialog.h"
#include "dialogs/fieldhint.h"
#include "dialogs/workspacedialog.h"
#include "guifixture.h"
#include "item/itemroles.h"
#include "item/workspacetablemodel.h"
#include "pages/detailpane.h"
#include "pages/entitypage.h"
#include "parts/commandpalette.h"
#include "store/outbox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace zenml;
using namespace zenml::gui;
using namespace zenml::gui::test;

class TstWorkspaces : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void createThroughDialogWithLiveValidation();
    void renameAndDescribeThenUndo();
    void defaultWorkspaceKeepsItsName();
    void deleteTakesScopedAssignmentsAndUndoBringsThemBack();
    void detailsAndAssignFollowTheWorkspace();
    void serverProfileQueuesTheEdits();
    void remembersPageAndColumns();

private:
    static std::optional<Workspace> find(AdminService &service, const QString &name)
    {
        auto all = service.workspaces();
        if (!all)
            return std::nullopt;
        for (const Workspace &w : *all) {
            if (w.name == name)
                return w;
        }
        return std::nullopt;
    }
    static QString cell(QTableView *view, const QString &name, int column)
    {
        QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(itemrole::Name).toString() == name)
                return model->index(row, column).data().toString();
        }
        return QStringLiteral("<no row %1>").arg(name);
    }
};

void TstWorkspaces::createThroughDialogWithLiveValidation()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.showActive());
    QVERIFY(f.window().showPage(QStringLiteral("workspaces")));
    QTableView *view = f.window().workspacesPage()->view();
    QAbstractItemModelTester tester(f.window().workspacesPage()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(view->model()->rowCount(), 1); // the default workspace

    // The File menu offers it too, whatever page is shown.
    QAction *menuEntry = f.window().action(QStringLiteral("newWorkspace"));
    QVERIFY(menuEntry);
    QVERIFY(f.window().menuBar()->actions().first()->menu()->actions().contains(menuEntry));

    QStringList hints;
    bool okWhenTaken = true;
    bool okWhenSpaced = true;
    bool isNew = false;
    f.onNextDialog([&](QDialog &d) {
        auto *dialog = qobject_cast<WorkspaceDialog *>(&d);
        if (!dialog)
            return false;
        isNew = !dialog->isEdit();
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("default"));
        okWhenTaken = ok->isEnabled();
        hints << dialog->nameHint()->text();
        dialog->nameEdit()->setText(QStringLiteral(" lab"));
        okWhenSpaced = ok->isEnabled();
        hints << dialog->nameHint()->text();
        dialog->nameEdit()->setText(QStringLiteral("lab"));
        QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Experiments of the ML team"));
        return ok->isEnabled();
    });
    QTest::keyClick(&f.window(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(f.unexpectedDialogs(), 0);
    QVERIFY(isNew);
    QVERIFY(!okWhenTaken);
    QVERIFY(!okWhenSpaced);
    QCOMPARE(hints.size(), 2);
    QVERIFY2(hints.at(0).contains(QStringLiteral("already exists")), qPrintable(hints.at(0)));
    QVERIFY2(hints.at(1).contains(QStringLiteral("space")), qPrintable(hints.at(1)));

    auto lab = find(f.service(), QStringLiteral("lab"));
    QVERIFY(lab);
    QCOMPARE(lab->description, QStringLiteral("Experiments of the ML team"));
    QTRY_COMPARE(f.window().workspacesPage()->currentName(), QStringLiteral("lab"));
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(cell(view, QStringLiteral("lab"), WorkspaceTableModel::Description),
             QStringLiteral("Experiments of the ML team"));
    QCOMPARE(cell(view, QStringLiteral("lab"), WorkspaceTableModel::Assignments),
             QStringLiteral("0"));

    // Undo takes it away, redo brings it back.
    QTest::keyClick(&f.window(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!find(f.service(), QStringLiteral("lab")));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QTest::keyClick(&f.window(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(find(f.service(), QStringLiteral("lab")));
    QTRY_COMPARE(view->model()->rowCount(), 2);

    // The command palette finds it and shows it on its page.
    f.window().showPage(QStringLiteral("users"));
    f.window().openPalette();
    CommandPalette *palette = f.window().palette();
    QTRY_VERIFY(palette->isVisible());
    palette->input()->setText(QStringLiteral("lab"));
    // The Undo action ("Undo Create workspace lab") matches as well: pick the workspace.
    QList<QListWidgetItem *> found =
        palette->results()->findItems(QStringLiteral("workspace: lab"), Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    palette->results()->setCurrentItem(found.first());
    palette->activateCurrent();
    QCOMPARE(f.window().currentPageKey(), QStringLiteral("workspaces"));
    QTRY_COMPARE(f.window().workspacesPage()->currentName(), QStringLiteral("lab"));
    QCOMPARE(f.prompter().errors, QStringList());
}

void TstWorkspaces::renameAndDescribeThenUndo()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createWorkspace(QStringLiteral("lab"), QStringLiteral("old text")));
    QVERIFY(f.showActive());
    f.window().showPage(QStringLiteral("workspaces"));
    QTableView *view = f.window().workspacesPage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QVERIFY(GuiFixture::select(view, {QStringLiteral("lab")}));
    QVERIFY(f.window().action(QStringLiteral("edit"))->isEnabled());

    QString shownName;
    QString shownDescription;
    f.onNextDialog([&](QDialog &d) {
        auto *dialog = qobject_cast<WorkspaceDialog *>(&d);
        if (!dialog || !dialog->isEdit())
            return false;
        shownName = dialog->nameEdit()->text();
        shownDescription = dialog->descriptionEdit()->toPlainText();
        dialog->nameEdit()->setText(QStringLiteral("research"));
        dialog->descriptionEdit()->setPlainText(QStringLiteral("Research projects\nand demos"));
        return dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled();
    });
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    QCOMPARE(f.unexpectedDialogs(), 0);
    QCOMPARE(shownName, QStringLiteral("lab"));
    QCOMPARE(shownDescription, QStringLiteral("old text"));
    QVERIFY(!find(f.service(), QStringLiteral("lab")));
    auto research = find(f.service(), QStringLiteral("research"));
    QVERIFY(research);
    QCOMPARE(research->description, QStringLiteral("Research projects\nand demos"));
    QTRY_COMPARE(cell(view, QStringLiteral("research"), WorkspaceTableModel::Description),
                 QStringLiteral("Research projects"));

    f.window().action(QStringLiteral("undo"))->trigger();
    auto lab = find(f.service(), QStringLiteral("lab"));
    QVERIFY(lab);
    QCOMPARE(lab->description, QStringLiteral("old text"));
    QVERIFY(!find(f.service(), QStringLiteral("research")));
    f.window().action(QStringLiteral("redo"))->trigger();
    QVERIFY(find(f.service(), QStringLiteral("research")));

    // A dialog closed with nothing changed makes no undo step.
    const int steps = f.window().editor().undoStack()->count();
    QTRY_VERIFY(f.window().workspacesPage()->selectName(QStringLiteral("research")));
    f.onNextDialog([](QDialog &) { return true; });
    f.window().action(QStringLiteral("edit"))->trigger();
    QCOMPARE(f.window().editor().undoStack()->count(), steps);
    QCOMPARE(f.prompter().errors, QStringList());
}

void TstWorkspaces::defaultWorkspaceKeepsItsName()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.showActive());
    f.window().showPage(QStringLiteral("workspaces"));
    QTableView *view = f.window().workspacesPage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QVERIFY(GuiFixture::select(view, {QStringLiteral("default")}));

    bool readOnly = false;
    QString lock;
    f.onNextDialog([&](QDialog &d) {
        auto *dialog = qobject_cast<WorkspaceDialog *>(&d);
        if (!dialog)
            return false;
        readOnly = dialog->nameEdit()->isReadOnly();
        lock = dialog->lockHint()->isVisibleTo(dialog) ? dialog->lockHint()->text() : QString();
        dialog->descriptionEdit()->setPlainText(QStringLiteral("Where everything starts"));
        return dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled();
    });
    f.window().action(QStringLiteral("edit"))->trigger();
    QVERIFY(readOnly);
    QVERIFY2(lock.contains(QStringLiteral("cannot be renamed")), qPrintable(lock));
    // Its description may change.
    auto def = find(f.service(), QStringLiteral("default"));
    QVERIFY(def);
    QCOMPARE(def->description, QStringLiteral("Where everything starts"));

    // Deleting it is refused, saying why, without asking first.
    const int steps = f.window().editor().undoStack()->count();
    QVERIFY(GuiFixture::select(view, {QStringLiteral("default")}));
    f.prompter().answers = {true};
    f.window().action(QStringLiteral("delete"))->trigger();
    QCOMPARE(f.prompter().questions, QStringList());
    QCOMPARE(f.prompter().errors.size(), 1);
    QVERIFY2(f.prompter().errors.first().contains(QStringLiteral("default workspace")),
             qPrintable(f.prompter().errors.first()));
    QVERIFY(find(f.service(), QStringLiteral("default")));
    QCOMPARE(f.window().editor().undoStack()->count(), steps);

    // The facade refuses a rename too, whoever asks.
    QVERIFY(!f.window().editor().editWorkspace(*def, QStringLiteral("other"), def->description));
    QVERIFY(find(f.service(), QStringLiteral("default")));
}

void TstWorkspaces::deleteTakesScopedAssignmentsAndUndoBringsThemBack()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createWorkspace(QStringLiteral("lab"), QStringLiteral("ML")));
    QVERIFY(f.service().createWorkspace(QStringLiteral("prod")));
    QVERIFY(f.service().createUser(
        {QStringLiteral("olga"), {}, {}, QStringLiteral("pw"), {QStringLiteral("guest")}}));
    QVERIFY(f.service().createTeam(QStringLiteral("ops"), {QStringLiteral("olga")}));
    QVERIFY(f.service().assignRole(
        {QStringLiteral("admin"), {QStringLiteral("olga")}, {}, QStringLiteral("lab")}));
    QVERIFY(f.service().assignRole(
        {QStringLiteral("guest"), {}, {QStringLiteral("ops")}, QStringLiteral("lab")}));
    QVERIFY(f.service().assignRole(
        {QStringLiteral("guest"), {}, {QStringLiteral("ops")}, QStringLiteral("prod")}));
    QVERIFY(f.showActive());
    f.window().showPage(QStringLiteral("workspaces"));
    QTableView *view = f.window().workspacesPage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QCOMPARE(cell(view, QStringLiteral("lab"), WorkspaceTableModel::Assignments),
             QStringLiteral("2"));
    QCOMPARE(cell(view, QStringLiteral("prod"), WorkspaceTableModel::Assignments),
             QStringLiteral("1"));
    QVERIFY(GuiFixture::select(view, {QStringLiteral("lab")}));
    view->setFocus();

    // No: nothing goes. The question names the workspace and what goes with it.
    f.prompter().answers = {false};
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(f.prompter().questions.size(), 1);
    const QString question = f.prompter().questions.first();
    QVERIFY2(question.contains(QStringLiteral("lab (2 role assignment")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("role assignments scoped to them go with them")),
             qPrintable(question));
    QVERIFY(find(f.service(), QStringLiteral("lab")));

    f.prompter().answers = {true};
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(f.prompter().questions.size(), 2);
    QVERIFY(!find(f.service(), QStringLiteral("lab")));
    QCOMPARE(f.rolesOf(QStringLiteral("olga")), QStringList{QStringLiteral("guest")});
    QCOMPARE(f.rolesOf({}, QStringLiteral("ops")), QStringList{QStringLiteral("guest@prod")});
    QTRY_COMPARE(view->model()->rowCount(), 2);

    // Undo: the workspace with its description and both assignments.
    QTest::keyClick(&f.window(), Qt::Key_Z, Qt::ControlModifier);
    auto lab = find(f.service(), QStringLiteral("lab"));
    QVERIFY(lab);
    QCOMPARE(lab->description, QStringLiteral("ML"));
    QCOMPARE(f.rolesOf(QStringLiteral("olga")),
             QStringList({QStringLiteral("admin@lab"), QStringLiteral("guest")}));
    QCOMPARE(f.rolesOf({}, QStringLiteral("ops")),
             QStringList({QStringLiteral("guest@lab"), QStringLiteral("guest@prod")}));
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QTRY_COMPARE(cell(view, QStringLiteral("lab"), WorkspaceTableModel::Assignments),
                 QStringLiteral("2"));

    // Redo deletes again without asking a second time.
    QTest::keyClick(&f.window(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!find(f.service(), QStringLiteral("lab")));
    QCOMPARE(f.rolesOf(QStringLiteral("olga")), QStringList{QStringLiteral("guest")});
    QCOMPARE(f.prompter().questions.size(), 2);
    QCOMPARE(f.prompter().errors, QStringList());
}

void TstWorkspaces::detailsAndAssignFollowTheWorkspace()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createWorkspace(QStringLiteral("lab"), QStringLiteral("GPU cluster")));
    QVERIFY(f.service().createTeam(QStringLiteral("ops"), {}));
    QVERIFY(f.service().assignRole(
        {QStringLiteral("admin"), {QStringLiteral("default")}, {}, QStringLiteral("lab")}));
    QVERIFY(f.showActive());
    f.window().showPage(QStringLiteral("workspaces"));
    EntityPage *page = f.window().workspacesPage();
    QTRY_COMPARE(page->view()->model()->rowCount(), 2);
    QVERIFY(GuiFixture::select(page->view(), {QStringLiteral("lab")}));
    const QString details = page->detailPane()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("GPU cluster")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Role assignments (1)")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("user default: admin")), qPrintable(details));

    // Assign from this page: the scope is the selected workspace, and the pane follows.
    QString scope;
    QStringList scopes;
    f.onNextDialog([&](QDialog &d) {
        auto *dialog = qobject_cast<AssignDialog *>(&d);
        if (!dialog)
            return false;
        scope = dialog->workspaceCombo()->currentData().toString();
        for (int i = 0; i < dialog->workspaceCombo()->count(); ++i)
            scopes << dialog->workspaceCombo()->itemData(i).toString();
        dialog->roleCombo()->setCurrentText(QStringLiteral("guest"));
        dialog->findChild<QLineEdit *>()->setText(QStringLiteral("ops"));
        for (QRadioButton *button : dialog->findChildren<QRadioButton *>()) {
            if (button->text() == QStringLiteral("&Team"))
                button->click();
        }
        return dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled();
    });
    f.window().action(QStringLiteral("assign"))->trigger();
    QCOMPARE(f.unexpectedDialogs(), 0);
    QCOMPARE(scope, QStringLiteral("lab"));
    QCOMPARE(scopes, QStringList({QString(), QStringLiteral("default"), QStringLiteral("lab")}));
    QCOMPARE(f.rolesOf({}, QStringLiteral("ops")), QStringList{QStringLiteral("guest@lab")});
    QTRY_VERIFY(page->detailPane()->toPlainText().contains(QStringLiteral("team ops: guest")));
    QTRY_COMPARE(cell(page->view(), QStringLiteral("lab"), WorkspaceTableModel::Assignments),
                 QStringLiteral("2"));

    // A workspace created on the page is in the next Assign dialog's list.
    QVERIFY(f.window().editor().createWorkspace(QStringLiteral("prod"), {}));
    scopes.clear();
    f.onNextDialog([&](QDialog &d) {
        auto *dialog = qobject_cast<AssignDialog *>(&d);
        for (int i = 0; dialog && i < dialog->workspaceCombo()->count(); ++i)
            scopes << dialog->workspaceCombo()->itemData(i).toString();
        return false;
    });
    f.window().showPage(QStringLiteral("users"));
    f.window().action(QStringLiteral("assign"))->trigger();
    QVERIFY(scopes.contains(QStringLiteral("prod")));
}

void TstWorkspaces::serverProfileQueuesTheEdits()
{
    QTemporaryDir dir;
    auto opened = LocalStore::open(dir.filePath(QStringLiteral("server.sqlite")));
    QVERIFY(opened);
    std::unique_ptr<LocalStore> store = std::move(opened.value());
    QVERIFY(store->seedLocalDefaults());
    AdminService service(*store, ProfileKind::Server);
    ScriptedPrompter prompter;
    Editor editor(service, prompter);
    const auto operations = [&] {
        QStringList out;
        auto ops = store->outbox().list();
        if (!ops)
            return QStringList{ops.error().message};
        for (const OutboxOperation &op : *ops)
            out << op.operation;
        return out;
    };
    QCOMPARE(operations(), QStringList());

    QVERIFY(editor.createWorkspace(QStringLiteral("lab"), QStringLiteral("ML")));
    auto lab = find(service, QStringLiteral("lab"));
    QVERIFY(lab);
    QVERIFY(service.assignRole(
        {QStringLiteral("guest"), {QStringLiteral("default")}, {}, QStringLiteral("lab")}));
    QVERIFY(editor.editWorkspace(*lab, QStringLiteral("research"), QStringLiteral("ML")));
    QCOMPARE(operations(),
             QStringList({OutboxOperation::CreateWorkspace, OutboxOperation::AssignUserRole,
                          OutboxOperation::UpdateWorkspace}));
    auto ops = store->outbox().list();
    QVERIFY(ops);
    // Only the name changed: the description is not sent again.
    QCOMPARE(ops->last().payload,
             QJsonObject({{QStringLiteral("name"), QStringLiteral("research")}}));

    prompter.answers = {true};
    QVERIFY(editor.deleteWorkspaces({QStringLiteral("research")}));
    QCOMPARE(operations().last(), OutboxOperation::DeleteWorkspace);
    // The server deletes the scoped assignments itself: no revoke is queued.
    QVERIFY(!operations().contains(OutboxOperation::RevokeUserRole));

    // Undo re-creates the workspace and its assignment, both queued.
    editor.undoStack()->undo();
    QCOMPARE(operations().mid(4),
             QStringList({OutboxOperation::CreateWorkspace, OutboxOperation::AssignUserRole}));
    auto again = store->outbox().list();
    QVERIFY(again);
    QCOMPARE(again->at(4).payload.value(QStringLiteral("name")).toString(),
             QStringLiteral("research"));
    QCOMPARE(again->at(4).payload.value(QStringLiteral("description")).toString(),
             QStringLiteral("ML"));
    QCOMPARE(prompter.errors, QStringList());
}

void TstWorkspaces::remembersPageAndColumns()
{
    QSettings().clear();
    {
        GuiFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.showActive());
        f.window().showPage(QStringLiteral("workspaces"));
        QTableView *view = f.window().workspacesPage()->view();
        view->sortByColumn(WorkspaceTableModel::Assignments, Qt::DescendingOrder);
        view->setColumnWidth(WorkspaceTableModel::Description, 333);
        f.window().close(); // saves
    }
    GuiFixture f;
    QVERIFY(f.ok());
    f.window().restoreSettings();
    QCOMPARE(f.window().currentPageKey(), QStringLiteral("workspaces"));
    QHeaderView *header = f.window().workspacesPage()->view()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(WorkspaceTableModel::Assignments));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(header->sectionSize(WorkspaceTableModel::Description), 333);
    QSettings().clear();
}

QTEST_MAIN(TstWorkspaces)
#include "tst_workspaces.moc"
