#pragma once

#include "commandspec.h"

#include <utility>

namespace zenml::cli {

// "zenml-admin role create": how a level is invoked, for usage lines and error hints.
QString commandLineOf(const QStringList &path);

// The rows of the global options and of the exit codes, as --help shows them (the man page too).
QList<std::pair<QString, QString>> globalOptionRows();
QList<std::pair<QString, QString>> exitCodeRows();
// The summary of a group or command.
QString summaryOfPath(const QStringList &path);

// The --help text of each level: the program, a group, a verb.
QString programHelp();
QString groupHelp(const QStringList &path);
QString commandHelp(const Command &command);

} // namespace zenml::cli
