#pragma once

#include "commandspec.h"

namespace zenml::cli {

// The verbs of each command group, one .cpp file per group. Handlers talk only to AdminService or
// ProfileManager, never to SQL.
QList<Command> userCommands();
QList<Command> teamCommands();
QList<Command> roleCommands();
QList<Command> assignmentCommands(); // role assign, role revoke, role assignment list
QList<Command> permissionCommands();
QList<Command> workspaceCommands();
QList<Command> profileCommands();
QList<Command> connectCommands();    // profile create/update/delete, login, logout
QList<Command> syncCommands();       // sync, status, pending ..., conflicts ...
QList<Command> completionCommands(); // completion bash, completion zsh, completion fish
QList<Command> accessCommands();     // export, plan, apply
QList<Command> userImportCommands(); // user import, user invite-links
QList<Command> reviewCommands();     // user permissions, who-can, review
QList<Command> historyCommands();    // history

} // namespace zenml::cli
