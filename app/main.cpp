// zenml-admin: the composition root. The command line runs headless on a QCoreApplication; with
// no command the desktop app starts.
#include "cli/cli.h"

#include <QCoreApplication>

#if __has_include("guiapp.h")
#include "guiapp.h"
#define ZENML_ADMIN_HAVE_GUI 1
#endif

int main(int argc, char **argv)
{
    // Set before any QStandardPaths lookup, so the command line and the desktop app share one
    // data folder.
    QCoreApplication::setOrganizationName(QStringLiteral("zenml"));
    QCoreApplication::setApplicationName(QStringLiteral("zenml-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZENML_ADMIN_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (zenml::cli::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        return zenml::cli::run(arguments);
    }
#ifdef ZENML_ADMIN_HAVE_GUI
    const zenml::cli::DesktopOptions desktop = zenml::cli::desktopOptions(arguments);
    zenml::gui::Options options;
    options.dataDir = desktop.dataDir;
    options.profile = desktop.profile;
    options.language = desktop.language;
    return zenml::gui::run(argc, argv, options);
#else
    QCoreApplication app(argc, argv);
    return zenml::cli::run({QStringLiteral("--help")});
#endif
}
