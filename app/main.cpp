// zenml-admin: the composition root. The command line runs headless on a QCoreApplication; with
// no command the desktop app starts.
#include "cli/cli.h"
#include "guiapp.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <csignal>
#include <sys/stat.h>

int main(int argc, char **argv)
{
    // Nothing this program writes is for other local users (the mirror holds the organisation's
    // directory): the libraries also set 0700/0600 explicitly, this covers what Qt writes.
    ::umask(077);
    // A write past the process's file-size limit is then an error (EFBIG) that is named like a
    // full disk, instead of a signal that kills the program mid-transaction.
    std::signal(SIGXFSZ, SIG_IGN);
    // Set before any QStandardPaths lookup, so the command line and the desktop app share one
    // data folder.
    QCoreApplication::setOrganizationName(QStringLiteral("zenml"));
    QCoreApplication::setApplicationName(QStringLiteral("zenml-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZENML_ADMIN_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (zenml::cli::wantsCommandLine(arguments)) {
        if (zenml::cli::drawsDocuments(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            return zenml::cli::run(arguments);
        }
        QCoreApplication app(argc, argv);
        return zenml::cli::run(arguments);
    }
    const zenml::cli::DesktopOptions desktop = zenml::cli::desktopOptions(arguments);
    zenml::gui::Options options;
    options.dataDir = desktop.dataDir;
    options.profile = desktop.profile;
    options.language = desktop.language;
    return zenml::gui::run(argc, argv, options);
}
