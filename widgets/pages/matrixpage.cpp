#include "matrixpage.h"

#include "commands/editor.h"
#include "item/namelookup.h"
#include "item/rolematrixmodel.h"
#include "item/storetablemodel.h"
#include "item/tablefilterproxy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace zenml::gui {

MatrixPage::MatrixPage(Editor &editor, StoreTableModel *users, StoreTableModel *teams,
                       QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    AdminService &service = editor.service();
    m_userMatrix = new RoleMatrixModel(service, SubjectKind::User, users, this);
    m_teamMatrix = new RoleMatrixModel(service, SubjectKind::Team, teams, this);
    const auto toggle = [this](SubjectKind kind, const QString &subject, const QString &role,
                               const QString &workspace, bool assign) {
        AssignmentTarget target{role, {}, {}, workspace};
        (kind == SubjectKind::User ? target.users : target.teams) << subject;
        return assign ? m_editor.assign(target) : m_editor.revoke(target);
    };
    m_userMatrix->setToggleHandler(toggle);
    m_teamMatrix->setToggleHandler(toggle);
    m_userProxy = new TableFilterProxy(this);
    m_userProxy->setSourceModel(m_userMatrix);
    m_teamProxy = new TableFilterProxy(this);
    m_teamProxy->setSourceModel(m_teamMatrix);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    bar->addWidget(m_search, 1);
    m_subjects = new QComboBox(this);
    m_subjects->setAccessibleName(tr("Rows"));
    m_subjects->addItem(tr("Users × roles"));
    m_subjects->addItem(tr("Teams × roles"));
    bar->addWidget(m_subjects);
    auto *scope = new QLabel(tr("S&cope:"), this);
    m_workspace = new QComboBox(this);
    m_workspace->setAccessibleName(tr("Scope of the assignments"));
    scope->setBuddy(m_workspace);
    bar->addWidget(scope);
    bar->addWidget(m_workspace);
    layout->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setModel(m_userProxy);
    m_view->setAccessibleName(tr("Role matrix"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultSectionSize(80);
    m_view->setColumnWidth(0, 200);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { currentProxy()->setSearchText(text); });
    connect(m_subjects, &QComboBox::currentIndexChanged, this,
            [this](int index) { showTeams(index == 1); });
    connect(m_workspace, &QComboBox::currentIndexChanged, this, &MatrixPage::applyWorkspace);
    connect(&service, &AdminService::changed, this, [this](EntityKind kind) {
        if (kind == EntityKind::Workspace)
            fillWorkspaces();
    });
    fillWorkspaces();
}

RoleMatrixModel *MatrixPage::currentMatrix() const
{
    return m_subjects->currentIndex() == 1 ? m_teamMatrix : m_userMatrix;
}

TableFilterProxy *MatrixPage::currentProxy() const
{
    return m_subjects->currentIndex() == 1 ? m_teamProxy : m_userProxy;
}

void MatrixPage::showTeams(bool teams)
{
    if (m_subjects->currentIndex() != int(teams)) {
        m_subjects->setCurrentIndex(int(teams)); // comes back here through the signal
        return;
    }
    currentProxy()->setSearchText(m_search->text());
    m_view->setModel(currentProxy());
    m_view->setColumnWidth(0, 200);
    ensureLoaded();
}

void MatrixPage::showEvent(QShowEvent *event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

void MatrixPage::ensureLoaded()
{
    StoreTableModel *subjects = currentMatrix()->subjects();
    if (subjects && !subjects->isLoaded())
        subjects->startReload();
    if (!m_loaded) {
        m_loaded = true;
        applyWorkspace();
    }
}

void MatrixPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MatrixPage::fillWorkspaces()
{
    const QString current = m_workspace->currentData().toString();
    QSignalBlocker block(m_workspace);
    m_workspace->clear();
    m_workspace->addItem(tr("Global"), QString());
    if (auto workspaces = m_editor.service().workspaces()) {
        for (const Workspace &w : *workspaces)
            m_workspace->addItem(w.name, w.id);
    }
    const int index = m_workspace->findData(current);
    m_workspace->setCurrentIndex(index < 0 ? 0 : index);
}

void MatrixPage::applyWorkspace()
{
    const QString id = m_workspace->currentData().toString();
    (void)m_userMatrix->setWorkspace(id);
    (void)m_teamMatrix->setWorkspace(id);
}

} // namespace zenml::gui
