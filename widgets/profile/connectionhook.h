#pragma once

#include "service/profilemanager.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

class QAction;
class QMenu;

namespace zenml {
class AdminService;
class LocalStore;
class SecretStore;
class ServerConnection;
} // namespace zenml

namespace zenml::gui {

class MainWindow;
class Prompter;

// Connects a main window to the sign-in of its server profile, from outside the window: a
// "Connect…" action in the File menu opens the ConnectDialog, and while the signed-in user lacks
// 'write' the edit actions stay disabled with a tooltip, and the status bar says why (the
// AdminService gate refuses such edits anyway; this makes it visible). Install with
//     new ConnectionHook(window, profiles, secrets, prompter, connection);
// (`connection` null for a local profile), or let install() set everything up. The hook is a
// child of the window.
class ConnectionHook : public QObject
{
    Q_OBJECT

public:
    ConnectionHook(MainWindow &window, ProfileManager profiles, SecretStore &secrets,
                   Prompter &prompter, ServerConnection *connection);
    ~ConnectionHook() override;

    // For the app: the keychain and, on a server profile, its ServerConnection (owned by the
    // hook), which from now on gates `service` by the signed-in user's permissions.
    static ConnectionHook *install(MainWindow &window, const ProfileManager &profiles,
                                   const QString &profileName, LocalStore &store,
                                   AdminService &service, Prompter &prompter);

    // The actions that change data; kept disabled while read-only.
    static const QStringList &editActionNames();

    bool isReadOnly() const { return !m_reason.isEmpty(); }
    QString readOnlyReason() const { return m_reason; }
    QAction *connectAction() const { return m_connect; }
    // The server profile's connection (null for a local profile): its api() and
    // reauthenticate() are what a sync engine needs.
    ServerConnection *connection() const;

    // Re-reads the connection's permissions (also done on its sessionChanged()).
    void refresh();
    void openConnectDialog();

private:
    void keepDisabled(QAction *action);
    // File > Open Profile: every profile in the data folder, this window's checked.
    void fillOpenMenu();

    std::unique_ptr<SecretStore> m_ownSecrets;
    std::unique_ptr<ServerConnection> m_ownConnection;
    MainWindow &m_window;
    ProfileManager m_profiles;
    SecretStore &m_secrets;
    Prompter &m_prompter;
    QPointer<ServerConnection> m_connection;
    QAction *m_connect = nullptr;
    QMenu *m_open = nullptr;
    QString m_reason;
    QHash<QAction *, QString> m_tooltips; // the actions' own tooltips, restored when writable
    QHash<QAction *, bool> m_wanted;      // enabled as the window wants it, by selection
    bool m_applying = false;
};

} // namespace zenml::gui
