#include "guifixture.h"

#include "item/itemroles.h"
#include "item/usertablemodel.h"
#include "pages/userspage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace zenml::gui::test {

void prepareTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("zenml-gui-tests"));
    // One settings file per test program: ctest runs several at once, and one that clears or
    // saves the window's settings must not meet another's.
    QCoreApplication::setApplicationName(
        QStringLiteral("zenml-admin-tests-") +
        QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
}

GuiFixture::GuiFixture()
{
    auto store = LocalStore::open(m_dir.filePath(QStringLiteral("profile.sqlite")));
    if (!store)
        return;
    m_store = std::move(store.value());
    if (!m_store->seedLocalDefaults())
        return;
    m_service = std::make_unique<AdminService>(*m_store, ProfileKind::Local);
    m_window = std::make_unique<MainWindow>(*m_service, m_prompter, QStringLiteral("test"));
    // Deterministic tests: the users load in one piece (tst_itemmodels covers the background
    // load).
    if (auto *users = qobject_cast<UserTableModel *>(m_window->usersPage()->model()))
        users->setBackgroundLoading(false);
    m_window->setDialogRunner([this](QDialog &dialog) {
        if (!m_next) {
            ++m_unexpected;
            return false;
        }
        auto fill = std::move(m_next);
        m_next = nullptr;
        return fill(dialog);
    });
    m_ok = true;
}

GuiFixture::~GuiFixture()
{
    m_window.reset();
    m_service.reset();
    m_store.reset();
}

bool GuiFixture::showActive()
{
    m_window->show();
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

void GuiFixture::onNextDialog(std::function<bool(QDialog &)> fill)
{
    m_next = std::move(fill);
}

bool GuiFixture::select(QTableView *view, const QStringList &names)
{
    QItemSelection selection;
    QStringList missing = names;
    QModelIndex last;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (missing.removeAll(index.data(itemrole::Name).toString()) > 0) {
            selection.select(index, index);
            last = index;
        }
    }
    view->selectionModel()->select(selection,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (last.isValid())
        view->selectionModel()->setCurrentIndex(last, QItemSelectionModel::NoUpdate);
    return missing.isEmpty();
}

QStringList GuiFixture::rolesOf(const QString &user, const QString &team)
{
    QStringList out;
    auto views = m_service->assignments(user, team);
    if (!views)
        return {QStringLiteral("error: ") + views.error().message};
    for (const AssignmentView &v : *views)
        out << (v.workspaceName.isEmpty() ? v.roleName : v.roleName + '@' + v.workspaceName);
    out.sort();
    return out;
}

} // namespace zenml::gui::test
