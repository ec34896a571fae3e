#pragma once

#include <QObject>
#include <QPointer>

class QAction;

#include <memory>

namespace zenml {
class AdminService;
class LocalStore;
class SecretStore;
class ServerConnection;
} // namespace zenml
namespace zenml::sync {
class SyncEngine;
}

namespace zenml::gui {

class ConflictsView;
class InvitationHook;
class MainWindow;
class PendingPage;
class SyncStatusWidget;

// Connects a main window to the SyncEngine of its server profile, from outside the window: the
// status bar part (SyncStatusWidget), the Pending changes and Conflicts pages, "Sync now" (F5,
// which the window's own Refresh gives up) and the "Work offline" switch in the File menu,
// syncing on a timer and soon after each edit while online. Install with
//     new SyncHook(window, service, engine);
// The hook is a child of the window; the engine must outlive it.
class SyncHook : public QObject
{
    Q_OBJECT

public:
    SyncHook(MainWindow &window, AdminService &service, sync::SyncEngine &engine);
    ~SyncHook() override;

    // For the app: on a server profile (a connection), creates the profile's SyncEngine (owned by
    // the hook) over the connection's REST client and re-login, with queued passwords from the
    // keychain, hands it to `invitations` (may be null) and installs the hook. Null otherwise.
    static SyncHook *install(MainWindow &window, AdminService &service,
                             ServerConnection *connection, InvitationHook *invitations);

    QAction *syncNowAction() const { return m_syncNow; }
    QAction *workOfflineAction() const { return m_workOffline; }
    SyncStatusWidget *statusWidget() const { return m_status; }
    PendingPage *pendingPage() const { return m_pending; }
    ConflictsView *conflictsView() const { return m_conflicts; }

private:
    void onStatus();
    void reloadPages();

    QPointer<AdminService> m_sinkOwner; // its SecretSink points into m_ownSecrets
    std::unique_ptr<SecretStore> m_ownSecrets;
    std::unique_ptr<sync::SyncEngine> m_ownEngine;
    MainWindow &m_window;
    sync::SyncEngine &m_engine;
    QAction *m_syncNow = nullptr;
    QAction *m_workOffline = nullptr;
    SyncStatusWidget *m_status = nullptr;
    PendingPage *m_pending = nullptr;
    ConflictsView *m_conflicts = nullptr;
};

} // namespace zenml::gui
