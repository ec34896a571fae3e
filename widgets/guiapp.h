#pragma once

#include <QString>

namespace zenml::gui {

struct Options
{
    QString dataDir;  // empty: ProfileManager::defaultDataDir()
    QString profile;  // empty: the active profile
    QString language; // "de", "en", ...; empty: the system locale
};

// The desktop application: creates the QApplication, loads the translation, opens the profile,
// shows its window (ProfileSwitcher) and runs the event loop. Returns the exit code.
int run(int &argc, char **argv, const Options &options);

// Fusion with a dark palette, for ZENML_ADMIN_PALETTE=dark (how the app looks on a dark desktop).
void useDarkPalette();

} // namespace zenml::gui
