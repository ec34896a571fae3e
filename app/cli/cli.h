#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace zenml::cli {

// True when the arguments (without the program name) ask for the command line: the first word
// that is not an option names a command group, or --help or --version is given.
bool wantsCommandLine(const QStringList &arguments);
// True when the command draws a document (review --pdf): that needs fonts, so a QGuiApplication
// on the offscreen platform instead of a QCoreApplication.
bool drawsDocuments(const QStringList &arguments);

// What the desktop app needs from the same global options.
struct DesktopOptions
{
    QString dataDir; // resolved: --data-dir, else ZENML_ADMIN_DATA_DIR, else the platform folder
    QString profile; // empty: the active profile
    QString language;
};
DesktopOptions desktopOptions(const QStringList &arguments);

// Runs one command line (without the program name) and returns the exit code (exitcodes.h).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
// On stdout and stderr, in the language of --lang or else of the system locale (it installs the
// translation, so it needs a QCoreApplication).
int run(const QStringList &arguments);

} // namespace zenml::cli
