#include "guiapp.h"

#include "commands/prompter.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "profile/profilesession.h"
#include "service/profilemanager.h"

#include <QApplication>
#include <QMessageBox>
#include <QPalette>
#include <QSettings>
#include <QStyle>

namespace zenml::gui {

void useDarkPalette()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette p;
    // Fusion outlines check boxes and frames in the window colour darkened: the base (table
    // cells) must be darker still, or unchecked boxes of the role matrix vanish.
    const QColor window(62, 62, 66);
    const QColor base(28, 28, 30);
    const QColor text(230, 230, 230);
    const QColor disabled(130, 130, 130);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Midlight, QColor(60, 60, 64));
    p.setColor(QPalette::Mid, QColor(90, 90, 96));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(170, 140, 255));
    p.setColor(QPalette::Highlight, QColor(42, 110, 200));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    QApplication::setPalette(p);
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
    // For a look at the app under a dark palette (scripts/screenshot.sh): Fusion with dark
    // colours, whatever the desktop's theme says.
    if (qEnvironmentVariable("ZENML_ADMIN_PALETTE") == QLatin1String("dark"))
        useDarkPalette();
    // The window's own settings (sizes, columns) are corrected like the data folder's files.
    ProfileManager::makeSettingsFilePrivate(QSettings().fileName());

    ProfileManager profiles(options.dataDir.isEmpty() ? ProfileManager::defaultDataDir()
                                                      : options.dataDir);
    const QString name = options.profile.isEmpty() ? profiles.activeProfile() : options.profile;
    MessageBoxPrompter prompter;
    ProfileSwitcher switcher(profiles, prompter);
    if (Status s = switcher.open(name); !s) {
        const QString text = QCoreApplication::translate("GuiApp", "The profile '%1' could not be "
                                                                   "opened: %2")
                                 .arg(name, s.error().message);
        // A damaged profile: its message offers the repair, and the app runs on to do it.
        if (switcher.offerRepair(name, text)) {
            app.setQuitOnLastWindowClosed(false);
            QObject::connect(&switcher, &ProfileSwitcher::repairEnded, &app, [&app](bool opened) {
                if (!opened) {
                    app.quit();
                    return;
                }
                app.setQuitOnLastWindowClosed(true);
            });
            return app.exec() == 0 && switcher.current() ? 0 : 1;
        }
        QMessageBox::critical(nullptr, QCoreApplication::translate("GuiApp", "ZenML Admin"), text);
        return 1;
    }
    QApplication::setWindowIcon(switcher.current()->window().windowIcon());
    return app.exec();
}

} // namespace zenml::gui
