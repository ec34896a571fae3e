#pragma once

#include "about/about.h"
#include "domain/entitykind.h"
#include "service/adminservice.h"

#include <QMainWindow>
#include <functional>

class QAction;
class QDialog;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace zenml {
class AssignmentTableModel;
class PermissionTableModel;
class RoleTableModel;
class ServerConnection;
class TableFilterProxy;
class TeamTableModel;
class UserFilterProxy;
class UserTableModel;
class WorkspaceTableModel;
} // namespace zenml

namespace zenml::gui {

class CommandPalette;
class Editor;
class EntityPage;
class HistoryPage;
class MatrixPage;
class Prompter;
class ReviewPage;
class UsersPage;

// The main window: a page list on the left (Users, Teams, Roles, Workspaces, Permissions, Role
// assignments, Matrix, Access review, History; later work adds more through addPage()), the page on
// the right, the edit actions with their shortcuts, and a status bar with the profile and the sync
// slots.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Runs a dialog and says whether it was accepted; tests install one that fills the dialog
    // in instead of blocking in exec().
    using DialogRunner = std::function<bool(QDialog &)>;

    MainWindow(AdminService &service, Prompter &prompter, const QString &profileName,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Editor &editor() const { return *m_editor; }
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    // Runs a dialog through the runner (exec() without one); true when it was accepted.
    bool runDialog(QDialog &dialog);
    QString profileName() const { return m_profileName; }
    // Asks the app to open a profile in place of this window's (ProfileSwitcher). signedIn,
    // when not null, is a connection of that profile that just signed in; its session is taken
    // over so that a session-only sign-in needs no second password.
    void requestProfile(const QString &name, zenml::ServerConnection *signedIn = nullptr)
    {
        emit profileRequested(name, signedIn);
    }

    // Where a page sits in the sidebar: the profile's own pages first, then, after a separator,
    // those that only a server profile has (Pending changes, Conflicts, Invitations).
    enum class PageGroup { Profile, Server };
    // Adds a page to the sidebar; key names it in the settings and in showPage(), and picks its
    // icon from PageIcons (parts/pageicons.cpp), the one list of page icons.
    void addPage(const QString &key, const QString &title, QWidget *page,
                 PageGroup group = PageGroup::Profile);
    // The same with an icon of its own (when the key is not in PageIcons).
    void addPage(const QString &key, const QIcon &icon, const QString &title, QWidget *page,
                 PageGroup group = PageGroup::Profile);
    // The sidebar, for tests.
    QListWidget *pageList() const { return m_nav; }
    bool showPage(const QString &key);
    QString currentPageKey() const;
    // Shows the page of a kind and selects the entity there.
    bool showEntity(EntityKind kind, const QString &name);

    UsersPage *usersPage() const { return m_usersPage; }
    EntityPage *teamsPage() const { return m_teamsPage; }
    EntityPage *rolesPage() const { return m_rolesPage; }
    EntityPage *workspacesPage() const { return m_workspacesPage; }
    EntityPage *permissionsPage() const { return m_permissionsPage; }
    EntityPage *assignmentsPage() const { return m_assignmentsPage; }
    MatrixPage *matrixPage() const { return m_matrixPage; }
    HistoryPage *historyPage() const { return m_historyPage; }
    ReviewPage *reviewPage() const { return m_reviewPage; }
    CommandPalette *palette() const { return m_palette; }
    QAction *action(const QString &objectName) const;

    // Filled in by the connection hook: signed in, or read-only and why. The sync state has a
    // status bar part of its own (SyncStatusWidget).
    void setConnectionState(const QString &text);

    // What Help > About and Help > Report a problem… show; the profile's session sets it.
    void setAboutFacts(std::function<about::Facts()> facts) { m_aboutFacts = std::move(facts); }
    about::Facts aboutFacts() const;

    void saveSettings() const;
    void restoreSettings();

    // The actions, callable directly.
    void newEntity();
    void newUser();
    void newTeam();
    void newRole();
    void newWorkspace();
    void editCurrent();
    void deleteSelection();
    void assignToSelection(bool revoke);
    void addSelectionToTeam();
    void revokeSelectedAssignments();
    void refresh();
    void focusSearch();
    void openPalette();
    void showAbout();
    void reportProblem();
    // File > Export access model…, Apply access model…, Import users from CSV… (issue 11).
    void exportAccessModel();
    void applyAccessModel();
    void importUsersFromCsv();

signals:
    void profileRequested(const QString &name, zenml::ServerConnection *signedIn);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildModels();
    void buildPages();
    void buildActions();
    void buildStatusBar();
    void updateActions();
    EntityPage *currentEntityPage() const;
    void editUser(const QString &name);
    void editTeam(const QString &name);
    void editRole(const QString &name);
    void editWorkspace(const QString &name);
    // The pages of entities in a table, in page order (for settings and refresh).
    QList<EntityPage *> entityPages() const;

    AdminService &m_service;
    Prompter &m_prompter;
    QString m_profileName;
    Editor *m_editor = nullptr;
    DialogRunner m_runDialog;
    std::function<about::Facts()> m_aboutFacts;

    UserTableModel *m_users = nullptr;
    UserFilterProxy *m_userProxy = nullptr;
    TeamTableModel *m_teams = nullptr;
    TableFilterProxy *m_teamProxy = nullptr;
    RoleTableModel *m_roles = nullptr;
    TableFilterProxy *m_roleProxy = nullptr;
    WorkspaceTableModel *m_workspaces = nullptr;
    TableFilterProxy *m_workspaceProxy = nullptr;
    PermissionTableModel *m_permissions = nullptr;
    TableFilterProxy *m_permissionProxy = nullptr;
    AssignmentTableModel *m_assignments = nullptr;
    TableFilterProxy *m_assignmentProxy = nullptr;

    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStringList m_pageKeys; // in the stack's order
    QListWidgetItem *m_serverSeparator = nullptr;
    UsersPage *m_usersPage = nullptr;
    EntityPage *m_teamsPage = nullptr;
    EntityPage *m_rolesPage = nullptr;
    EntityPage *m_workspacesPage = nullptr;
    EntityPage *m_permissionsPage = nullptr;
    EntityPage *m_assignmentsPage = nullptr;
    MatrixPage *m_matrixPage = nullptr;
    HistoryPage *m_historyPage = nullptr;
    ReviewPage *m_reviewPage = nullptr;
    CommandPalette *m_palette = nullptr;

    QLabel *m_profileLabel = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
};

} // namespace zenml::gui
