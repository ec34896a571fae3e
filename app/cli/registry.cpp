#include "registry.h"

#include "groups.h"

#include <QCoreApplication>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct Registry
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::Registry)
};
} // namespace

// Built on first use, which comes after main() installed the translation (cli.cpp run()): the
// summaries and help texts are translated once.
const QList<Command> &allCommands()
{
    static const QList<Command> commands = [] {
        QList<Command> all;
        all << userCommands() << teamCommands() << roleCommands() << assignmentCommands()
            << permissionCommands() << workspaceCommands() << profileCommands() << connectCommands()
            << syncCommands() << accessCommands() << userImportCommands() << reviewCommands()
            << historyCommands() << completionCommands();
        return all;
    }();
    return commands;
}

QList<CommandGroup> allGroups()
{
    return {
        {{QStringLiteral("user")}, Registry::tr("Commands for user management.")},
        {{QStringLiteral("team")}, Registry::tr("Commands for team management.")},
        {{QStringLiteral("role")}, Registry::tr("Commands for role management.")},
        {{QStringLiteral("role"), QStringLiteral("assignment")},
         Registry::tr("Commands for role assignments.")},
        {{QStringLiteral("permission")}, Registry::tr("Commands for permissions.")},
        {{QStringLiteral("workspace")}, Registry::tr("Commands for workspace management.")},
        {{QStringLiteral("profile")}, Registry::tr("Commands for local and server profiles.")},
        {{QStringLiteral("login")}, Registry::tr("Sign in to the profile's server.")},
        {{QStringLiteral("logout")}, Registry::tr("Sign out of the profile's server.")},
        {{QStringLiteral("sync")}, Registry::tr("Send queued changes and fetch the server's.")},
        {{QStringLiteral("status")}, Registry::tr("Show what waits for the server.")},
        {{QStringLiteral("pending")}, Registry::tr("Commands for changes waiting for the server.")},
        {{QStringLiteral("conflicts")},
         Registry::tr("Commands for changes that met a newer version.")},
        {{QStringLiteral("completion")}, Registry::tr("Print a shell's Tab completion script.")},
        {{QStringLiteral("export")}, Registry::tr("Write the access model to a file.")},
        {{QStringLiteral("plan")}, Registry::tr("Compare an access file with the profile.")},
        {{QStringLiteral("apply")}, Registry::tr("Make the profile match an access file.")},
        {{QStringLiteral("who-can")}, Registry::tr("Who holds a permission, and why.")},
        {{QStringLiteral("review")}, Registry::tr("The access review an auditor asks for.")},
        {{QStringLiteral("history")}, Registry::tr("Every change made on the profile.")},
    };
}

const QStringList &reservedGroups()
{
    static const QStringList names;
    return names;
}

QStringList topLevelGroups()
{
    QStringList names;
    for (const CommandGroup &g : allGroups()) {
        if (g.path.size() == 1)
            names << g.path.first();
    }
    return names;
}

} // namespace zenml::cli
