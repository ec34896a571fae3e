#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QKeySequence;

#include <memory>

namespace zenml {
class AdminService;
class OutboxService;
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
// which the window's own Refresh gives up), "Full sync" (Shift+F5, also finds the rows deleted on
// the server) and the "Work offline" switch in the File menu,
// syncing on a timer and soon after each edit while online. A sync by hand sends changes that wait
// out a back-off at once. Install with
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
    QAction *fullSyncAction() const { return m_fullSync; }
    QAction *workOfflineAction() const { return m_workOffline; }
    SyncStatusWidget *statusWidget() const { return m_status; }
    PendingPage *pendingPage() const { return m_pending; }
    ConflictsView *conflictsView() const { return m_conflicts; }
    sync::SyncEngine &engine() const { return m_engine; }

private:
    // A window action that starts a sync; enabled by onStatus() while a sync could start.
    QAction *addSyncAction(const QString &name, const QString &text, const QKeySequence &shortcut,
                           const QString &toolTip, bool sweep);
    void onStatus();
    void reloadPages();

    QPointer<AdminService> m_sinkOwner; // its SecretSink points into m_ownSecrets
    std::unique_ptr<SecretStore> m_ownSecrets;
    std::unique_ptr<sync::SyncEngine> m_ownEngine;
    MainWindow &m_window;
    sync::SyncEngine &m_engine;
    std::unique_ptr<OutboxService> m_outbox; // the queue and conflicts of the pages below
    QAction *m_syncNow = nullptr;
    QAction *m_fullSync = nullptr;
    QAction *m_workOffline = nullptr;
    SyncStatusWidget *m_status = nullptr;
    PendingPage *m_pending = nullptr;
    ConflictsView *m_conflicts = nullptr;
};

} // namespace zenml::gui
