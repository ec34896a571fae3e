#pragma once

#include <QString>

namespace zenml::cli {

// Installs zenml-admin's translation for a language ("de") or, when empty, the system locale
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), plus Qt's own when present; the .qm files are compiled
// into the binary under :/i18n. Needs a QCoreApplication. Returns false when no translation of
// ours matched, so English stays.
bool installTranslations(const QString &language);

} // namespace zenml::cli
