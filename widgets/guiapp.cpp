#include "guiapp.h"

#include "connectionhook.h"
#include "i18n/translations.h"
#include "invitationhook.h"
#include "mainwindow.h"
#include "prompter.h"
#include "service/adminservice.h"
#include "service/profilemanager.h"
#include "store/localstore.h"
#include "synchook.h"

#include <QApplication>
#include <QMessageBox>

namespace zenml::gui {

SyncHook *installHooks(MainWindow &window, const ProfileManager &profiles, const QString &profile,
                       LocalStore &store, AdminService &service, Prompter &prompter)
{
    // Sign-in, the Connect… action and the read-only state of a user without 'write'.
    ConnectionHook *connection =
        ConnectionHook::install(window, profiles, profile, store, service, prompter);
    // Invite user…, the Invitations page and the link dialogs. SyncHook hands it the profile's
    // SyncEngine, so that arriving tokens reach the keychain.
    InvitationHook *invitations =
        InvitationHook::install(window, service, prompter, profiles, profile);
    // Sync now (F5), Full Sync, Work offline, the sync status, the Pending changes and Conflicts
    // pages.
    return SyncHook::install(window, service, connection ? connection->connection() : nullptr,
                             invitations);
}

int run(int &argc, char **argv, const Options &options)
{
    QApplication app(argc, argv);
    // The organization and application names were set by main(): the command line and the
    // desktop app share one data folder and one settings file.
    if (QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(QStringLiteral("zenml-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("ZenML Admin"));
    QApplication::setDesktopFileName(QStringLiteral("zenml-admin"));
    i18n::install(options.language);

    ProfileManager profiles(options.dataDir.isEmpty() ? ProfileManager::defaultDataDir()
                                                      : options.dataDir);
    const QString name = options.profile.isEmpty() ? profiles.activeProfile() : options.profile;
    auto info = profiles.info(name);
    auto store = profiles.open(name);
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("GuiApp", "ZenML Admin"),
                              QCoreApplication::translate("GuiApp", "The profile '%1' could not be "
                                                                    "opened: %2")
                                  .arg(name, store.error().message));
        return 1;
    }
    const ProfileKind kind = info ? info->kind : ProfileKind::Local;
    AdminService service(*store.value(), kind);
    MessageBoxPrompter prompter;
    MainWindow window(service, prompter, name);
    installHooks(window, profiles, name, *store.value(), service, prompter);
    QApplication::setWindowIcon(window.windowIcon());
    window.restoreSettings();
    window.show();
    return app.exec();
}

} // namespace zenml::gui
