#include "mainwindow.h"

#include "commands/editor.h"
#include "item/assignmenttablemodel.h"
#include "item/permissiontablemodel.h"
#include "item/roletablemodel.h"
#include "item/tablefilterproxy.h"
#include "item/teamtablemodel.h"
#include "item/userfilterproxy.h"
#include "item/usertablemodel.h"
#include "item/workspacetablemodel.h"
#include "pages/entitypage.h"
#include "pages/historypage.h"
#include "pages/matrixpage.h"
#include "pages/reviewpage.h"
#include "pages/userspage.h"
#include "parts/commandpalette.h"
#include "parts/pageicons.h"
#include "parts/sidebardelegate.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

static void initResources()
{
    // The icons live in this static library: their resources must be pulled in by name.
    Q_INIT_RESOURCE(resources);
}

namespace zenml::gui {

MainWindow::MainWindow(AdminService &service, Prompter &prompter, const QString &profileName,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_prompter(prompter)
    , m_profileName(profileName)
{
    initResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("ZenML Admin — %1").arg(profileName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/zenml-admin.svg")));
    m_editor = new Editor(service, prompter, this);
    m_editor->setDialogParent(this);
    buildModels();
    buildPages();
    buildActions();
    buildStatusBar();
    connect(m_editor, &Editor::done, this,
            [this](const QString &what) { statusBar()->showMessage(what, 4000); });
    resize(1200, 760);
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildModels()
{
    m_users = new UserTableModel(m_service, this);
    m_userProxy = new UserFilterProxy(this);
    m_userProxy->setSourceModel(m_users);
    m_teams = new TeamTableModel(m_service, this);
    m_teamProxy = new TableFilterProxy(this);
    m_teamProxy->setSourceModel(m_teams);
    m_roles = new RoleTableModel(m_service, this);
    m_roleProxy = new TableFilterProxy(this);
    m_roleProxy->setSourceModel(m_roles);
    m_workspaces = new WorkspaceTableModel(m_service, this);
    m_workspaceProxy = new TableFilterProxy(this);
    m_workspaceProxy->setSourceModel(m_workspaces);
    m_permissions = new PermissionTableModel(m_service, this);
    m_permissionProxy = new TableFilterProxy(this);
    m_permissionProxy->setSourceModel(m_permissions);
    m_assignments = new AssignmentTableModel(m_service, this);
    m_assignmentProxy = new TableFilterProxy(this);
    m_assignmentProxy->setSourceModel(m_assignments);
    for (StoreTableModel *model :
         {static_cast<StoreTableModel *>(m_users), static_cast<StoreTableModel *>(m_teams),
          static_cast<StoreTableModel *>(m_roles), static_cast<StoreTableModel *>(m_workspaces),
          static_cast<StoreTableModel *>(m_permissions),
          static_cast<StoreTableModel *>(m_assignments)}) {
        connect(model, &StoreTableModel::loadFailed, this,
                [this](const QString &message) { statusBar()->showMessage(message); });
    }
}

void MainWindow::buildPages()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_nav = new QListWidget(splitter);
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setItemDelegate(new SidebarDelegate(m_nav));
    m_nav->setUniformItemSizes(false);
    m_nav->setMaximumWidth(240);
    m_stack = new QStackedWidget(splitter);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 1000});
    setCentralWidget(splitter);

    m_usersPage = new UsersPage(m_service, m_users, m_userProxy, m_stack);
    m_teamsPage = new EntityPage(m_service, EntityKind::Team, m_teams, m_teamProxy, m_stack);
    m_rolesPage = new EntityPage(m_service, EntityKind::Role, m_roles, m_roleProxy, m_stack);
    m_workspacesPage =
        new EntityPage(m_service, EntityKind::Workspace, m_workspaces, m_workspaceProxy, m_stack);
    m_permissionsPage =
        new EntityPage(m_service, EntityKind::Role, m_permissions, m_permissionProxy, m_stack);
    m_assignmentsPage = new EntityPage(m_service, EntityKind::UserRoleAssignment, m_assignments,
                                       m_assignmentProxy, m_stack);
    m_matrixPage = new MatrixPage(*m_editor, m_users, m_teams, m_stack);
    m_reviewPage = new ReviewPage(*m_editor, m_profileName, m_stack);
    m_historyPage = new HistoryPage(m_service, m_stack);
    // The permission rows name permissions, not roles: their detail is the roles column.
    m_permissionsPage->splitter()->widget(1)->hide();
    m_assignmentsPage->splitter()->widget(1)->hide();

    addPage(QStringLiteral("users"), tr("Users"), m_usersPage);
    addPage(QStringLiteral("teams"), tr("Teams"), m_teamsPage);
    addPage(QStringLiteral("roles"), tr("Roles"), m_rolesPage);
    addPage(QStringLiteral("workspaces"), tr("Workspaces"), m_workspacesPage);
    addPage(QStringLiteral("permissions"), tr("Permissions"), m_permissionsPage);
    addPage(QStringLiteral("assignments"), tr("Role assignments"), m_assignmentsPage);
    addPage(QStringLiteral("matrix"), tr("Role matrix"), m_matrixPage);
    addPage(QStringLiteral("review"), tr("Access review"), m_reviewPage);
    addPage(QStringLiteral("history"), tr("History"), m_historyPage);
    connect(m_reviewPage, &ReviewPage::entityRequested, this,
            [this](EntityKind kind, const QString &name) { showEntity(kind, name); });

    for (EntityPage *page : entityPages()) {
        connect(page, &EntityPage::activated, this, [this] { editCurrent(); });
        connect(page, &EntityPage::selectionChanged, this, &MainWindow::updateActions);
    }
    connect(m_nav, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const int index = item ? int(m_pageKeys.indexOf(item->data(Qt::UserRole).toString())) : -1;
        if (index < 0)
            return;
        m_stack->setCurrentIndex(index);
        updateActions();
    });
    m_nav->setCurrentRow(0);

    m_palette = new CommandPalette(this);
    m_palette->addSource(EntityKind::User, m_users);
    m_palette->addSource(EntityKind::Team, m_teams);
    m_palette->addSource(EntityKind::Role, m_roles);
    m_palette->addSource(EntityKind::Workspace, m_workspaces);
    connect(m_palette, &CommandPalette::entityChosen, this,
            [this](EntityKind kind, const QString &name) { showEntity(kind, name); });
}

void MainWindow::addPage(const QString &key, const QString &title, QWidget *page, PageGroup group)
{
    addPage(key, PageIcons::icon(key), title, page, group);
}

void MainWindow::addPage(const QString &key, const QIcon &icon, const QString &title, QWidget *page,
                         PageGroup group)
{
    Q_ASSERT(!m_pageKeys.contains(key));
    m_pageKeys << key;
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(icon, title);
    item->setData(Qt::UserRole, key);
    item->setToolTip(title);
    if (group == PageGroup::Server) {
        if (!m_serverSeparator) {
            m_serverSeparator = new QListWidgetItem(m_nav);
            m_serverSeparator->setFlags(Qt::NoItemFlags);
            m_serverSeparator->setData(SidebarDelegate::SeparatorRole, true);
            m_serverSeparator->setData(Qt::AccessibleTextRole, tr("Server pages"));
        }
        m_nav->addItem(item);
    } else if (m_serverSeparator) {
        // A profile page added after the server's pages still goes before the separator.
        m_nav->insertItem(m_nav->row(m_serverSeparator), item);
    } else {
        m_nav->addItem(item);
    }
}

bool MainWindow::showPage(const QString &key)
{
    for (int row = 0; row < m_nav->count(); ++row) {
        if (m_nav->item(row)->data(Qt::UserRole).toString() == key) {
            m_nav->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPageKey() const
{
    return m_pageKeys.value(m_stack->currentIndex());
}

bool MainWindow::showEntity(EntityKind kind, const QString &name)
{
    EntityPage *page = kind == EntityKind::User        ? m_usersPage
                       : kind == EntityKind::Team      ? m_teamsPage
                       : kind == EntityKind::Role      ? m_rolesPage
                       : kind == EntityKind::Workspace ? m_workspacesPage
                                                       : nullptr;
    if (!page)
        return false;
    showPage(m_pageKeys.value(m_stack->indexOf(page)));
    return page->selectName(name);
}

QList<EntityPage *> MainWindow::entityPages() const
{
    return {m_usersPage,      m_teamsPage,       m_rolesPage,
            m_workspacesPage, m_permissionsPage, m_assignmentsPage};
}

EntityPage *MainWindow::currentEntityPage() const
{
    return qobject_cast<EntityPage *>(m_stack->currentWidget());
}

void MainWindow::buildStatusBar()
{
    m_profileLabel = new QLabel(tr("Profile: %1").arg(m_profileName), this);
    m_kindLabel =
        new QLabel(m_service.profileKind() == ProfileKind::Local ? tr("Local profile (no server)")
                                                                 : tr("Server profile"),
                   this);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setAccessibleName(tr("Connection state"));
    m_connectionLabel->hide();
    for (QLabel *label : {m_profileLabel, m_kindLabel, m_connectionLabel})
        statusBar()->addPermanentWidget(label);
}

void MainWindow::setConnectionState(const QString &text)
{
    m_connectionLabel->setText(text);
    m_connectionLabel->setVisible(!text.isEmpty());
}

bool MainWindow::runDialog(QDialog &dialog)
{
    if (m_runDialog)
        return m_runDialog(dialog);
    return dialog.exec() == QDialog::Accepted;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"),
                      static_cast<QSplitter *>(centralWidget())->saveState());
    settings.setValue(QStringLiteral("page"), currentPageKey());
    for (EntityPage *page : entityPages())
        page->saveState(settings, m_pageKeys.value(m_stack->indexOf(page)));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    const QByteArray split = settings.value(QStringLiteral("splitter")).toByteArray();
    if (!split.isEmpty())
        static_cast<QSplitter *>(centralWidget())->restoreState(split);
    for (EntityPage *page : entityPages())
        page->restoreState(settings, m_pageKeys.value(m_stack->indexOf(page)));
    const QString page = settings.value(QStringLiteral("page")).toString();
    if (!page.isEmpty())
        showPage(page);
}

} // namespace zenml::gui
