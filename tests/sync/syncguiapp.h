#pragma once

#include "commands/prompter.h"
#include "profile/profilesession.h"

#include <QStringList>
#include <functional>
#include <memory>

class QDialog;

namespace zenml::test {

// One run of the desktop app on a profile, opened as gui::run() opens it (ProfileSession: store,
// AdminService, main window, hooks). Differences, all for a test: dialogs are filled in by the
// test instead of exec(), the prompter records instead of opening message boxes, and the
// window's settings are not restored.
class SyncGuiApp : public gui::Prompter
{
public:
    SyncGuiApp(const QString &dataDir, const QString &profile);
    ~SyncGuiApp() override;

    // Empty when the app came up, else what failed.
    QString failure() const { return m_failure; }

    LocalStore &store() { return m_session->store(); }
    AdminService &service() { return m_session->service(); }
    gui::MainWindow &window() { return m_session->window(); }
    gui::SyncHook &sync() { return *m_session->sync(); }

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
    std::unique_ptr<gui::ProfileSession> m_session;
    std::function<bool(QDialog &)> m_next;
    int m_unexpected = 0;
    QStringList m_prompts;
    QString m_failure;
};

} // namespace zenml::test
