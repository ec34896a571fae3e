#include "profile/connectionhook.h"

#include "auth/keychainsecretstore.h"
#include "commands/prompter.h"
#include "dialogs/connectdialog.h"
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
    QAction *first = existing.isEmpty() ? nullptr : existing.first();
    file->insertAction(first, m_connect);
    m_open = new QMenu(tr("Open &Profile"), file);
    m_open->setObjectName(QStringLiteral("openProfileMenu"));
    m_open->setToolTip(tr("Show another profile in this window"));
    file->insertMenu(first, m_open);
    connect(m_open, &QMenu::aboutToShow, this, &ConnectionHook::fillOpenMenu);
    fillOpenMenu();
    if (first)
        file->insertSeparator(first);

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

void ConnectionHook::fillOpenMenu()
{
    m_open->clear();
    // File names only: filling the menu opens no profile.
    const QString own = m_window.profileName();
    QStringList names = m_profiles.names();
    if (!names.contains(own))
        names.prepend(own);
    for (const QString &name : std::as_const(names)) {
        QAction *action = m_open->addAction(name);
        action->setObjectName(QStringLiteral("openProfile:") + name);
        action->setCheckable(true);
        action->setChecked(name == own);
        connect(action, &QAction::triggered, this, [this, name] { m_window.requestProfile(name); });
    }
}

void ConnectionHook::openConnectDialog()
{
    const QString own = m_window.profileName();
    ConnectDialog dialog(m_profiles, m_secrets, m_prompter, nullptr, &m_window);
    dialog.setOpenProfile(own);
    if (m_connection)
        dialog.selectProfile(own);
    QString signedInTo;
    connect(&dialog, &ConnectDialog::signedIn, this,
            [&signedInTo](const QString &profile) { signedInTo = profile; });
    m_window.runDialog(dialog);

    if (!signedInTo.isEmpty() && signedInTo != own) {
        if (m_prompter.confirm(
                &m_window, tr("Open profile"),
                tr("You are signed in to '%1'. Open it in place of '%2'?").arg(signedInTo, own),
                {}))
            m_window.requestProfile(signedInTo, dialog.connection());
        return;
    }
    if (!m_connection)
        return;
    if (auto info = m_profiles.info(own); info && !info->signsInLike(m_connection->profile())) {
        // The dialog changed where or as whom this profile signs in: open it afresh, so that
        // the connection, the sync and the window all use the new settings.
        m_window.requestProfile(own, signedInTo == own ? dialog.connection() : nullptr);
        return;
    }
    if (signedInTo != own)
        return;
    // Signed in on the dialog's own connection: take over its session, else what it recorded
    // and a token from the saved password when it was remembered.
    if (dialog.connection() && m_connection->adoptSession(*dialog.connection()))
        return;
    (void)m_connection->reloadRecord();
    m_connection->ensureSession();
}

} // namespace zenml::gui
