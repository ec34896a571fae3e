#include "translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace zenml::cli {

// The same steps as zenml::gui::installTranslations (widgets/guiapp.cpp), which cannot serve the
// command line: it parents to qApp, a QApplication, while the command line runs on a
// QCoreApplication.
bool installTranslations(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ours = new QTranslator(app);
    const bool found = ours->load(locale, QStringLiteral("zenml-admin"), QStringLiteral("_"),
                                  QStringLiteral(":/i18n"));
    if (found) {
        QCoreApplication::installTranslator(ours);
        QLocale::setDefault(locale);
    } else {
        delete ours;
    }
    // Qt's own strings (network and database errors); optional, as the package may be missing.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}

} // namespace zenml::cli
