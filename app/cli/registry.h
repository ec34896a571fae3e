#pragma once

#include "commandspec.h"

namespace zenml::cli {

// Every verb of the command line, and the groups above them. Adding a group means adding its
// commands() here; parsing and --help follow from the table.
// The groups are made on every call: wantsCommandLine() asks for them before any translation is
// installed.
const QList<Command> &allCommands();
QList<CommandGroup> allGroups();

// Groups that later versions add (sync and sign-in). Named here so that they get a clear
// "not available" instead of starting the desktop app.
const QStringList &reservedGroups();

// The top-level group names, for deciding between the command line and the desktop app.
QStringList topLevelGroups();

} // namespace zenml::cli
