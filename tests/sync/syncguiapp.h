#pragma once

#include "prompter.h"
#include "service/profilemanager.h"

#include <QStringList>
#include <functional>
#include <memory>

class QDialog;

namespace zenml {
class AdminService;
class LocalStore;
} // namespace zenml

namespace zenml::gui {
class ConnectionHook;
class InvitationHook;
class MainWindow;
class SyncHook;
} // namespace zenml::gui

namespace zenml::test {

// One run of the desktop app on a profile, set up as widgets/guiapp.cpp's run() does it: the
// profile's store, the AdminService, the main window and the Connection, Invitation and Sync
// hooks through their install() functions (run() itself makes the QApplication and blocks in
// exec(), so a test cannot call it; keep the two in step). Differences, all for a test: dialogs
// are filled in by the test instead of exec(), the prompter records instead of opening message
// boxes, and the window's settings are not restored.
class SyncGuiApp : public gui::Prompter
{
public:
    SyncGuiApp(const QString &dataDir, const QString &profile);
    ~SyncGuiApp() override;

    // Empty when the app came up, else what failed.
    QString failure() const { return m_failure; }

    LocalStore &store() { return *m_store; }
    AdminService &service() { return *m_service; }
    gui::MainWindow &window() { return *m_window; }
    gui::SyncHook &sync() { return *m_sync; }

    // Shows the window and waits until it is active, so that its shortcuts work.
    bool showActive();
    // The next dialog the window opens is handed to `fill`; its return value accepts or cancels.
    // A dialog with no script pending is cancelled and counted.
    void onNextDialog(std::function<bool(QDialog &)> fill) { m_next = std::move(fill); }
    int unexpectedDialogs() const { return m_unexpected; }
    // What the app asked or showed through its prompter (errors, confirmations).
    QStringList prompts() const { return m_prompts; }

    // File > Quit. The window closes; destroying the SyncGuiApp ends the run.
    void quit();

    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &details) override;
    void showError(QWidget *parent, const QString &title, const QString &text) override;

private:
    ProfileManager m_profiles;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AdminService> m_service;
    std::unique_ptr<gui::MainWindow> m_window;
    gui::SyncHook *m_sync = nullptr;
    std::function<bool(QDialog &)> m_next;
    int m_unexpected = 0;
    QStringList m_prompts;
    QString m_failure;
};

} // namespace zenml::test
