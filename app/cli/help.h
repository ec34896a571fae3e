#pragma once

#include "commandspec.h"

namespace zenml::cli {

// "zenml-admin role create": how a level is invoked, for usage lines and error hints.
QString commandLineOf(const QStringList &path);

// The --help text of each level: the program, a group, a verb.
QString programHelp();
QString groupHelp(const QStringList &path);
QString commandHelp(const Command &command);

} // namespace zenml::cli
