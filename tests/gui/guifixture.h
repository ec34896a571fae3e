#pragma once

#include "mainwindow.h"
#include "scriptedprompter.h"
#include "service/adminservice.h"
#include "store/localstore.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

class QTableView;

namespace zenml::gui::test {

// A local profile in a temporary folder, seeded like a fresh ZenML, with a main window whose
// dialogs and confirmations are scripted by the test.
class GuiFixture
{
public:
    GuiFixture();
    ~GuiFixture();

    bool ok() const { return m_ok; }
    AdminService &service() { return *m_service; }
    MainWindow &window() { return *m_window; }
    ScriptedPrompter &prompter() { return m_prompter; }

    // Shows the window and waits until it is active, so that its shortcuts work.
    bool showActive();
    // The next dialog the window opens is handed to fill; its return value accepts or cancels.
    // A dialog opened with no script pending fails the test (and is cancelled).
    void onNextDialog(std::function<bool(QDialog &)> fill);
    int unexpectedDialogs() const { return m_unexpected; }

    // Selects rows by name on a page's table (clearing any previous selection).
    static bool select(QTableView *view, const QStringList &names);
    // The names of a user's or team's roles, as "role@workspace" ("role" when global).
    QStringList rolesOf(const QString &user, const QString &team = {});

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AdminService> m_service;
    ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
    std::function<bool(QDialog &)> m_next;
    int m_unexpected = 0;
    bool m_ok = false;
};

// Test mode for QStandardPaths (QSettings and data folders stay out of the home folder).
void prepareTestEnvironment();

} // namespace zenml::gui::test
