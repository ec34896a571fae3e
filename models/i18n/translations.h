#pragma once

#include <QString>

namespace zenml::i18n {

// Installs zenml-admin's translation for a language ("de") or, when empty, the system locale
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), plus Qt's own when present. The command line and the
// desktop app both call it, right after their QCoreApplication (or QApplication) exists; the
// translators are its children. Our .qm files are compiled into the executable under :/i18n
// (translations/CMakeLists.txt). Returns false when no translation of ours matched, so English
// stays.
bool install(const QString &language);

} // namespace zenml::i18n
