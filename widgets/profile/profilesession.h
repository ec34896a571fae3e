#pragma once

#include "domain/error.h"
#include "mainwindow.h"
#include "service/profilemanager.h"

#include <QLockFile>
#include <QObject>
#include <memory>

namespace zenml {
class AdminService;
class LocalStore;
class ServerConnection;
} // namespace zenml

namespace zenml::gui {

class Prompter;
class SyncHook;

// One profile open in the desktop app, built in this order: the profile's store, the
// AdminService over it, the main window, and the connection, invitation and sync hooks
// (installHooks). Destroyed in the reverse order, so the hooks and the sync engine go before the
// store they use.
class ProfileSession
{
public:
    // runner: how the window runs its dialogs (exec() when empty; tests fill them in).
    static Result<std::unique_ptr<ProfileSession>>
    open(const ProfileManager &profiles, const QString &name, Prompter &prompter,
         const MainWindow::DialogRunner &runner = {});
    ~ProfileSession();
    ProfileSession(const ProfileSession &) = delete;
    ProfileSession &operator=(const ProfileSession &) = delete;

    QString profile() const { return m_profile; }
    LocalStore &store() { return *m_store; }
    AdminService &service() { return *m_service; }
    MainWindow &window() { return *m_window; }
    // The server profile's sign-in and sync; null for a local profile.
    ServerConnection *connection() const { return m_connection; }
    SyncHook *sync() const { return m_sync; }
    // When this session reopens the profile of `from` (whose lock it could not take while `from`
    // held it), it takes that lock over.
    void inheritOpenLock(ProfileSession &from);

private:
    ProfileSession() = default;

    QString m_profile;
    std::unique_ptr<QLockFile> m_openLock; // keeps other processes from deleting the profile
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AdminService> m_service;
    std::unique_ptr<MainWindow> m_window;
    ServerConnection *m_connection = nullptr; // owned by the window's ConnectionHook
    SyncHook *m_sync = nullptr;               // a child of the window
};

// The desktop app's profile: one window at a time, on one profile. File > Open Profile and a
// sign-in to another profile in the Connect dialog ask for another one (MainWindow::
// profileRequested); it opens in a new window in the old one's place, with its size, page and
// columns, and becomes the active profile (the one the app, and the command line, start with next
// time). Nothing is lost in the change:
// every edit is already in the old profile's file, queued for its server.
class ProfileSwitcher : public QObject
{
    Q_OBJECT

public:
    ProfileSwitcher(ProfileManager profiles, Prompter &prompter, QObject *parent = nullptr);
    ~ProfileSwitcher() override;

    // For tests: how the windows run their dialogs.
    void setDialogRunner(MainWindow::DialogRunner runner) { m_runner = std::move(runner); }

    // Opens a profile and shows its window; the previous window closes once the new one is up.
    // Opening the profile already shown opens it afresh (its settings changed). On failure the
    // current window stays as it was and the error is returned. signedIn: as in
    // MainWindow::requestProfile.
    Status open(const QString &name, ServerConnection *signedIn = nullptr);
    ProfileSession *current() const { return m_current.get(); }
    // When the profile's file is damaged: shows `message` with a "Repair…" button that repairs
    // the profile (ProfileRepair) and opens it; false, and nothing shown, for any other failure.
    bool offerRepair(const QString &name, const QString &message);

signals:
    void opened(const QString &profile);
    // An offered repair ended: the repaired profile is open (true), or not (false: declined,
    // failed, or it would not open).
    void repairEnded(bool opened);

private:
    void onRequest(const QString &name, ServerConnection *signedIn);

    ProfileManager m_profiles;
    Prompter &m_prompter;
    MainWindow::DialogRunner m_runner;
    std::unique_ptr<ProfileSession> m_current;
    std::vector<std::unique_ptr<ProfileSession>> m_retired; // destroyed from the event loop
};

} // namespace zenml::gui
