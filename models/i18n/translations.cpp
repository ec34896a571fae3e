#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace zenml::i18n {

bool install(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    // QTranslator::load() walks the locale's uiLanguages(), which for the system locale come from
    // LANGUAGE, LC_ALL, LC_MESSAGES and LANG.
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ours = new QTranslator(app);
    const bool found = ours->load(locale, QStringLiteral("zenml-admin"), QStringLiteral("_"),
                                  QStringLiteral(":/i18n"));
    if (found) {
        QCoreApplication::installTranslator(ours);
        // Dates and numbers follow the language the text is in.
        QLocale::setDefault(locale);
    } else if (ours->load(QStringLiteral("zenml-admin_en"), QStringLiteral(":/i18n"))) {
        // No language of ours matched: English, whose file carries the plural forms ("1 change",
        // "2 changes") that the source's "%n change(s)" only stands for.
        QCoreApplication::installTranslator(ours);
    } else {
        delete ours;
    }
    // Qt's own strings (standard buttons, network and database errors); optional, as the
    // qt6-translations package may be missing.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}

} // namespace zenml::i18n
