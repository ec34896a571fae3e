// MainWindow: the actions, their shortcuts and what they do.
#include "commands/editor.h"
#include "commands/prompter.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/assigndialog.h"
#include "dialogs/roledialog.h"
#include "dialogs/teamdialog.h"
#include "dialogs/userdialog.h"
#include "dialogs/workspacedialog.h"
#include "item/assignmenttablemodel.h"
#include "item/namelookup.h"
#include "item/rolematrixmodel.h"
#include "item/storetablemodel.h"
#include "mainwindow.h"
#include "pages/entitypage.h"
#include "pages/historypage.h"
#include "pages/matrixpage.h"
#include "pages/reviewpage.h"
#include "pages/userspage.h"
#include "parts/commandpalette.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace zenml::gui {

namespace {
QAction *makeAction(QObject *parent, const QString &name, const QString &text, const QString &icon,
                    const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}
} // namespace

void MainWindow::buildActions()
{
    QAction *newAction = makeAction(this, QStringLiteral("new"), tr("&New…"), QStringLiteral("add"),
                                    QKeySequence::New);
    newAction->setToolTip(
        tr("Create a user, team, role or workspace, depending on the page (Ctrl+N)"));
    QAction *newUser =
        makeAction(this, QStringLiteral("newUser"), tr("New &user…"), QStringLiteral("users"));
    QAction *newTeam =
        makeAction(this, QStringLiteral("newTeam"), tr("New &team…"), QStringLiteral("team"));
    QAction *newRole =
        makeAction(this, QStringLiteral("newRole"), tr("New &role…"), QStringLiteral("role"));
    QAction *newWorkspace = makeAction(this, QStringLiteral("newWorkspace"), tr("New &workspace…"),
                                       QStringLiteral("workspace"));
    QAction *edit = makeAction(this, QStringLiteral("edit"), tr("&Edit…"), QStringLiteral("edit"),
                               QKeySequence(Qt::Key_F2));
    QAction *remove = makeAction(this, QStringLiteral("delete"), tr("&Delete…"),
                                 QStringLiteral("delete"), QKeySequence::Delete);
    QAction *find = makeAction(this, QStringLiteral("find"), tr("&Find"), QStringLiteral("search"),
                               QKeySequence::Find);
    QAction *reload = makeAction(this, QStringLiteral("refresh"), tr("&Refresh"),
                                 QStringLiteral("refresh"), QKeySequence(Qt::Key_F5));
    QAction *palette = makeAction(this, QStringLiteral("palette"), tr("Command &palette…"),
                                  QStringLiteral("search"), QKeySequence(tr("Ctrl+K")));
    QAction *assign = makeAction(this, QStringLiteral("assign"), tr("&Assign role…"),
                                 QStringLiteral("assignment"), QKeySequence(tr("Ctrl+R")));
    QAction *revoke = makeAction(this, QStringLiteral("revoke"), tr("Re&voke role…"), {},
                                 QKeySequence(tr("Ctrl+Shift+R")));
    QAction *addToTeam = makeAction(this, QStringLiteral("addToTeam"),
                                    tr("Add selection to &team…"), QStringLiteral("team"));
    QAction *quit = makeAction(this, QStringLiteral("quit"), tr("&Quit"), {}, QKeySequence::Quit);

    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    undo->setShortcut(QKeySequence(tr("Ctrl+Z")));
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    redo->setShortcut(QKeySequence(tr("Ctrl+Shift+Z")));

    connect(newAction, &QAction::triggered, this, &MainWindow::newEntity);
    connect(newUser, &QAction::triggered, this, &MainWindow::newUser);
    connect(newTeam, &QAction::triggered, this, &MainWindow::newTeam);
    connect(newRole, &QAction::triggered, this, &MainWindow::newRole);
    connect(newWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(edit, &QAction::triggered, this, &MainWindow::editCurrent);
    connect(remove, &QAction::triggered, this, &MainWindow::deleteSelection);
    connect(find, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(reload, &QAction::triggered, this, &MainWindow::refresh);
    connect(palette, &QAction::triggered, this, &MainWindow::openPalette);
    connect(assign, &QAction::triggered, this, [this] { assignToSelection(false); });
    connect(revoke, &QAction::triggered, this, [this] { assignToSelection(true); });
    connect(addToTeam, &QAction::triggered, this, &MainWindow::addSelectionToTeam);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({newAction, newUser, newTeam, newRole, newWorkspace});
    file->addSeparator();
    QAction *exportAccess =
        makeAction(this, QStringLiteral("exportAccess"), tr("E&xport access model…"), {});
    QAction *applyAccess =
        makeAction(this, QStringLiteral("applyAccess"), tr("Apply access mo&del…"), {});
    QAction *importCsv =
        makeAction(this, QStringLiteral("importCsv"), tr("I&mport users from CSV…"), {});
    connect(exportAccess, &QAction::triggered, this, &MainWindow::exportAccessModel);
    connect(applyAccess, &QAction::triggered, this, &MainWindow::applyAccessModel);
    connect(importCsv, &QAction::triggered, this, &MainWindow::importUsersFromCsv);
    file->addActions({exportAccess, applyAccess, importCsv});
    file->addSeparator();
    file->addAction(quit);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addActions({undo, redo});
    editMenu->addSeparator();
    editMenu->addActions({edit, remove});
    editMenu->addSeparator();
    editMenu->addActions({find, palette});
    QMenu *selection = menuBar()->addMenu(tr("&Selection"));
    selection->addActions({assign, revoke, addToTeam, remove});
    QAction *showHistory =
        makeAction(this, QStringLiteral("showHistory"), tr("&History"), QStringLiteral("history"));
    showHistory->setToolTip(tr("Every change made on this profile, newest first"));
    connect(showHistory, &QAction::triggered, this,
            [this] { showPage(QStringLiteral("history")); });
    QAction *showReview = makeAction(this, QStringLiteral("showReview"), tr("Access re&view"),
                                     QStringLiteral("review"));
    showReview->setToolTip(tr("The findings an auditor asks for, each with its rows"));
    connect(showReview, &QAction::triggered, this, [this] { showPage(QStringLiteral("review")); });
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(reload);
    view->addSeparator();
    view->addActions({showReview, showHistory});
    QAction *about = makeAction(this, QStringLiteral("about"), tr("&About ZenML Admin"), {});
    QAction *report =
        makeAction(this, QStringLiteral("reportProblem"), tr("&Report a problem…"), {});
    report->setToolTip(tr("Copy the version and setup (never a secret) for a bug report"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(report, &QAction::triggered, this, &MainWindow::reportProblem);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addActions({report, about});

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({newAction, edit, remove});
    bar->addSeparator();
    bar->addActions({assign, undo, redo});
    bar->addSeparator();
    bar->addActions({reload, palette});

    m_palette->setActions({newUser, newTeam, newRole, newWorkspace, edit, remove, assign, revoke,
                           addToTeam, undo, redo, find, reload, showReview, showHistory, quit});
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName, Qt::FindDirectChildrenOnly);
}

about::Facts MainWindow::aboutFacts() const
{
    return m_aboutFacts ? m_aboutFacts() : about::gather({}, nullptr, nullptr);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(aboutFacts(), this);
    runDialog(dialog);
}

void MainWindow::reportProblem()
{
    AboutDialog::copyReport(aboutFacts());
    statusBar()->showMessage(
        tr("Copied the version and setup to the clipboard; paste them into your bug report."),
        6000);
}

void MainWindow::updateActions()
{
    EntityPage *page = currentEntityPage();
    const bool entities = page && page != m_permissionsPage && page != m_assignmentsPage;
    const int selected = page ? int(page->selectedNames().size()) : 0;
    const bool revocable = page == m_assignmentsPage && selected > 0;
    const bool subjects = page == m_usersPage || page == m_teamsPage;
    if (QAction *a = action(QStringLiteral("edit")))
        a->setEnabled(entities && selected == 1);
    if (QAction *a = action(QStringLiteral("delete")))
        a->setEnabled((entities && selected > 0) || revocable);
    if (QAction *a = action(QStringLiteral("addToTeam")))
        a->setEnabled(page == m_usersPage && selected > 0);
    if (QAction *a = action(QStringLiteral("revoke")))
        a->setEnabled(!subjects || selected > 0);
}

void MainWindow::newEntity()
{
    if (m_stack->currentWidget() == m_teamsPage)
        newTeam();
    else if (m_stack->currentWidget() == m_rolesPage ||
             m_stack->currentWidget() == m_permissionsPage)
        newRole();
    else if (m_stack->currentWidget() == m_workspacesPage)
        newWorkspace();
    else if (m_stack->currentWidget() == m_assignmentsPage ||
             m_stack->currentWidget() == m_matrixPage)
        assignToSelection(false);
    else
        newUser();
}

void MainWindow::newUser()
{
    UserDialog dialog(m_service, this);
    if (runDialog(dialog) && m_editor->createUser(dialog.draft()))
        showEntity(EntityKind::User, dialog.draft().name);
}

void MainWindow::newTeam()
{
    m_usersPage->ensureLoaded();
    TeamDialog dialog(m_service, m_usersPage->model(), this);
    if (runDialog(dialog) && m_editor->createTeam(dialog.name(), dialog.members()))
        showEntity(EntityKind::Team, dialog.name());
}

void MainWindow::newRole()
{
    RoleDialog dialog(m_service, this);
    if (runDialog(dialog) && m_editor->createRole(dialog.name(), dialog.permissions()))
        showEntity(EntityKind::Role, dialog.name());
}

void MainWindow::newWorkspace()
{
    WorkspaceDialog dialog(m_service, this);
    if (runDialog(dialog) && m_editor->createWorkspace(dialog.name(), dialog.description()))
        showEntity(EntityKind::Workspace, dialog.name());
}

void MainWindow::editCurrent()
{
    EntityPage *page = currentEntityPage();
    if (!page)
        return;
    const QString name = page->currentName();
    if (name.isEmpty())
        return;
    if (page == m_usersPage)
        editUser(name);
    else if (page == m_teamsPage)
        editTeam(name);
    else if (page == m_rolesPage)
        editRole(name);
    else if (page == m_workspacesPage)
        editWorkspace(name);
}

void MainWindow::editUser(const QString &name)
{
    auto details = m_service.userDetails(name);
    if (!details) {
        m_prompter.showError(this, tr("Edit user"), details.error().message);
        return;
    }
    UserDialog dialog(m_service, details->user, this);
    if (!runDialog(dialog))
        return;
    const UserChanges changes = dialog.changes();
    if (changes.name || changes.fullName || changes.email || changes.active || changes.password)
        (void)m_editor->updateUser(details->user, changes);
}

void MainWindow::editTeam(const QString &name)
{
    auto team = m_service.team(name);
    if (!team) {
        m_prompter.showError(this, tr("Edit team"), team.error().message);
        return;
    }
    QStringList members;
    for (const QString &id : team->memberIds) {
        if (auto ref = m_service.resolve(EntityKind::User, id))
            members << ref->name;
    }
    m_usersPage->ensureLoaded();
    TeamDialog dialog(m_service, m_usersPage->model(), *team, members, this);
    if (runDialog(dialog))
        (void)m_editor->editTeam(team->name, dialog.name(), dialog.members());
}

void MainWindow::editRole(const QString &name)
{
    auto role = m_service.role(name);
    if (!role) {
        m_prompter.showError(this, tr("Edit role"), role.error().message);
        return;
    }
    RoleDialog dialog(m_service, *role, this);
    if (runDialog(dialog) &&
        (dialog.name() != role->name || dialog.permissions() != role->permissions))
        (void)m_editor->editRole(*role, dialog.name(), dialog.permissions());
}

void MainWindow::editWorkspace(const QString &name)
{
    auto ref = m_service.resolve(EntityKind::Workspace, name);
    auto all = m_service.workspaces();
    if (!ref || !all) {
        m_prompter.showError(this, tr("Edit workspace"),
                             !ref ? ref.error().message : all.error().message);
        return;
    }
    auto it = std::find_if(all->cbegin(), all->cend(),
                           [&](const Workspace &w) { return w.id == ref->id; });
    if (it == all->cend())
        return;
    const Workspace before = *it;
    WorkspaceDialog dialog(m_service, before, this);
    if (runDialog(dialog) && dialog.isChanged())
        (void)m_editor->editWorkspace(before, dialog.name(), dialog.description());
}

void MainWindow::deleteSelection()
{
    EntityPage *page = currentEntityPage();
    if (!page)
        return;
    const QStringList names = page->selectedNames();
    if (page == m_usersPage)
        (void)m_editor->deleteUsers(names);
    else if (page == m_teamsPage)
        (void)m_editor->deleteTeams(names);
    else if (page == m_rolesPage)
        (void)m_editor->deleteRoles(names);
    else if (page == m_workspacesPage)
        (void)m_editor->deleteWorkspaces(names);
    else if (page == m_assignmentsPage)
        revokeSelectedAssignments();
}

void MainWindow::revokeSelectedAssignments()
{
    // One revoke per (role, scope), naming every selected holder of it.
    QList<AssignmentTarget> targets;
    for (int row : m_assignmentsPage->selectedSourceRows()) {
        const AssignmentTableModel::Entry &e = m_assignments->entryAt(row);
        auto it = std::find_if(targets.begin(), targets.end(), [&](const AssignmentTarget &t) {
            return t.role == e.role && t.workspace == e.workspace;
        });
        if (it == targets.end()) {
            targets.append({e.role, {}, {}, e.workspace});
            it = targets.end() - 1;
        }
        (e.kind == SubjectKind::User ? it->users : it->teams) << e.subject;
    }
    (void)m_editor->revokeAll(targets);
}

void MainWindow::assignToSelection(bool revoke)
{
    EntityPage *page = currentEntityPage();
    const bool teams = page == m_teamsPage || (m_stack->currentWidget() == m_matrixPage &&
                                               m_matrixPage->subjectCombo()->currentIndex() == 1);
    QStringList subjects;
    if (page == m_usersPage || page == m_teamsPage)
        subjects = page->selectedNames();
    AssignDialog dialog(m_service, revoke ? AssignDialog::Revoke : AssignDialog::Assign,
                        teams ? SubjectKind::Team : SubjectKind::User, subjects, this);
    if (page == m_rolesPage && !page->currentName().isEmpty())
        dialog.roleCombo()->setCurrentText(page->currentName());
    // From the Workspaces page, the role is given in the workspace at hand.
    if (page == m_workspacesPage && !page->currentName().isEmpty())
        dialog.workspaceCombo()->setCurrentIndex(
            std::max(0, dialog.workspaceCombo()->findData(page->currentName())));
    if (!runDialog(dialog))
        return;
    (void)(revoke ? m_editor->revoke(dialog.target()) : m_editor->assign(dialog.target()));
}

void MainWindow::addSelectionToTeam()
{
    if (currentEntityPage() != m_usersPage)
        return;
    const QStringList users = m_usersPage->selectedNames();
    auto teams = namelookup::names(m_service, EntityKind::Team);
    if (users.isEmpty() || !teams)
        return;
    if (teams->isEmpty()) {
        m_prompter.showError(this, tr("Add to team"),
                             tr("There are no teams yet. Create one "
                                "first (Teams page, Ctrl+N)."));
        return;
    }
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Add to team"));
    dialog.setLabelText(tr("Add %n user(s) to the team:", nullptr, int(users.size())));
    dialog.setComboBoxItems(*teams);
    dialog.setComboBoxEditable(false);
    if (runDialog(dialog))
        (void)m_editor->addToTeam(dialog.textValue(), users);
}

void MainWindow::refresh()
{
    for (EntityPage *page : entityPages()) {
        if (page->model()->isLoaded())
            page->model()->startReload(); // the users load in the background
    }
    if (m_stack->currentWidget() == m_matrixPage)
        (void)m_matrixPage->currentMatrix()->reload();
    // A sync's end comes here too: the history has its outcomes and the server's changes.
    m_historyPage->reload();
    m_reviewPage->markStale();
    statusBar()->showMessage(tr("Reloaded from the local store."), 3000);
}

void MainWindow::focusSearch()
{
    if (EntityPage *page = currentEntityPage())
        page->focusSearch();
    else if (m_stack->currentWidget() == m_matrixPage)
        m_matrixPage->focusSearch();
    else if (m_stack->currentWidget() == m_historyPage)
        m_historyPage->focusSearch();
}

void MainWindow::openPalette()
{
    m_palette->open();
}

} // namespace zenml::gui
