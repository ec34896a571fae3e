#include "guiapp.h"

#include "commands/prompter.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "profile/profilesession.h"
#include "service/profilemanager.h"
#include "store/privatefiles.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

namespace zenml::gui {

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
    // The window's own settings (sizes, columns) are corrected like the data folder's files.
    privatefiles::makePrivateFile(QSettings().fileName());

    ProfileManager profiles(options.dataDir.isEmpty() ? ProfileManager::defaultDataDir()
                                                      : options.dataDir);
    const QString name = options.profile.isEmpty() ? profiles.activeProfile() : options.profile;
    MessageBoxPrompter prompter;
    ProfileSwitcher switcher(profiles, prompter);
    if (Status s = switcher.open(name); !s) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("GuiApp", "ZenML Admin"),
                              QCoreApplication::translate("GuiApp", "The profile '%1' could not be "
                                                                    "opened: %2")
                                  .arg(name, s.error().message));
        return 1;
    }
    QApplication::setWindowIcon(switcher.current()->window().windowIcon());
    return app.exec();
}

} // namespace zenml::gui
