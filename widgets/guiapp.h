#pragma once

#include <QString>

namespace zenml {
class AdminService;
class LocalStore;
class ProfileManager;
} // namespace zenml

namespace zenml::gui {

class MainWindow;
class Prompter;
class SyncHook;

struct Options
{
    QString dataDir;  // empty: ProfileManager::defaultDataDir()
    QString profile;  // empty: the active profile
    QString language; // "de", "en", ...; empty: the system locale
};

// Sign-in and the read-only state, invitations and sync on the window of `profile`, each where
// the profile has it, in the order they depend on each other. The sync hook, or null on a local
// profile.
SyncHook *installHooks(MainWindow &window, const ProfileManager &profiles, const QString &profile,
                       LocalStore &store, AdminService &service, Prompter &prompter);

// The desktop application: creates the QApplication, loads the translation, opens the profile,
// shows the main window and runs the event loop. Returns the exit code.
int run(int &argc, char **argv, const Options &options);

} // namespace zenml::gui
