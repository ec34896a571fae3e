#include "connectionhook.h"

#include "auth/keychainsecretstore.h"
#include "connectdialog.h"
#include "mainwindow.h"
#include "service/serverconnection.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace zenml::gui {

ConnectionHook::ConnectionHook(MainWindow &window, ProfileManager profiles, SecretStore &secrets,
                               Prompter &prompter, ServerConnection *connection)
    : QObject(&window)
    , m_window(window)
    , m_profiles(std::move(profiles))
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_connection(connection)
{
    m_connect = new QAction(tr("&Connect to server…"), &window);
    m_connect->setObjectName(QStringLiteral("connect"));
    m_connect->setToolTip(tr("Add, edit or remove server profiles and sign in"));
    connect(m_connect, &QAction::triggered, this, &ConnectionHook::openConnectDialog);
    const auto menus = window.menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    QMenu *file = menus.isEmpty() ? window.menuBar()->addMenu(tr("&File")) : menus.first();
    const auto existing = file->actions();
    file->insertAction(existing.isEmpty() ? nullptr : existing.first(), m_connect);
    if (!existing.isEmpty())
        file->insertSeparator(existing.first());

    for (const QString &name : editActionNames()) {
        if (QAction *action = window.action(name)) {
            m_tooltips.insert(action, action->toolTip());
            m_wanted.insert(action, action->isEnabled());
            // The window enables actions by selection; while read-only they go straight back.
            connect(action, &QAction::changed, this, [this, action] { keepDisabled(action); });
        }
    }
    if (m_connection)
        connect(m_connection, &ServerConnection::sessionChanged, this, &ConnectionHook::refresh);
    refresh();
}

ConnectionHook::~ConnectionHook()
{
    // The connection refers to the secrets.
    m_ownConnection.reset();
}

ConnectionHook *ConnectionHook::install(MainWindow &window, const ProfileManager &profiles,
                                        const QString &profileName, LocalStore &store,
                                        AdminService &service, Prompter &prompter)
{
    auto secrets = std::make_unique<KeychainSecretStore>();
    std::unique_ptr<ServerConnection> connection;
    auto info = profiles.info(profileName);
    if (info && info->kind == ProfileKind::Server) {
        connection = std::make_unique<ServerConnection>(*info, store, *secrets);
        connection->installPermissionGate(service);
    }
    auto *hook = new ConnectionHook(window, profiles, *secrets, prompter, connection.get());
    hook->m_ownSecrets = std::move(secrets);
    hook->m_ownConnection = std::move(connection);
    return hook;
}

ServerConnection *ConnectionHook::connection() const
{
    return m_connection.data();
}

const QStringList &ConnectionHook::editActionNames()
{
    static const QStringList names{
        QStringLiteral("new"),     QStringLiteral("newUser"), QStringLiteral("newTeam"),
        QStringLiteral("newRole"), QStringLiteral("edit"),    QStringLiteral("delete"),
        QStringLiteral("assign"),  QStringLiteral("revoke"),  QStringLiteral("addToTeam"),
        QStringLiteral("undo"),    QStringLiteral("redo")};
    return names;
}

void ConnectionHook::refresh()
{
    m_reason.clear();
    if (m_connection) {
        const Status gate =
            m_connection->checkPermission(Permission::Write, tr("edit", "read-only reason"));
        if (!gate)
            m_reason = gate.error().message;
    }
    m_applying = true;
    for (auto it = m_tooltips.constBegin(); it != m_tooltips.constEnd(); ++it) {
        QAction *action = it.key();
        if (isReadOnly()) {
            //: %1 why, e.g. "You are signed in as 'gina' without the 'write' permission ..."
            action->setToolTip(tr("Read-only: %1").arg(m_reason));
            action->setEnabled(false);
        } else {
            action->setToolTip(it.value());
            action->setEnabled(m_wanted.value(action, true));
        }
    }
    m_applying = false;
    if (m_connection) {
        const SessionRecord &record = m_connection->record();
        if (isReadOnly())
            m_window.setConnectionState(tr("Read-only: %1").arg(m_reason));
        else if (record.isSignedIn())
            m_window.setConnectionState(tr("Signed in as %1").arg(record.userName));
    }
}

void ConnectionHook::keepDisabled(QAction *action)
{
    if (m_applying)
        return;
    m_wanted[action] = action->isEnabled();
    if (isReadOnly() && action->isEnabled()) {
        m_applying = true;
        action->setEnabled(false);
        m_applying = false;
    }
}

void ConnectionHook::openConnectDialog()
{
    ConnectDialog dialog(m_profiles, m_secrets, m_prompter, nullptr, &m_window);
    if (m_connection) {
        dialog.selectProfile(m_connection->profile().name);
        connect(&dialog, &ConnectDialog::signedIn, this, [this](const QString &profile) {
            if (!m_connection || profile != m_connection->profile().name)
                return;
            // The dialog signed in on its own connection: take over what it recorded, and a
            // token from the saved password when it was remembered.
            (void)m_connection->reloadRecord();
            m_connection->ensureSession();
        });
    }
    dialog.exec();
}

} // namespace zenml::gui
