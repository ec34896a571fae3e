#include "registry.h"

#include "groups.h"

#include <QCoreApplication>

namespace zenml::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("zenml::cli::Registry", text);
}
} // namespace

const QList<Command> &allCommands()
{
    static const QList<Command> commands = [] {
        QList<Command> all;
        all << userCommands() << teamCommands() << roleCommands() << assignmentCommands()
            << permissionCommands() << workspaceCommands() << profileCommands() << connectCommands()
            << syncCommands();
        return all;
    }();
    return commands;
}

const QList<CommandGroup> &allGroups()
{
    static const QList<CommandGroup> groups{
        {{QStringLiteral("user")}, tr("Commands for user management.")},
        {{QStringLiteral("team")}, tr("Commands for team management.")},
        {{QStringLiteral("role")}, tr("Commands for role management.")},
        {{QStringLiteral("role"), QStringLiteral("assignment")},
         tr("Commands for role assignments.")},
        {{QStringLiteral("permission")}, tr("Commands for permissions.")},
        {{QStringLiteral("workspace")}, tr("Commands for workspace management.")},
        {{QStringLiteral("profile")}, tr("Commands for local and server profiles.")},
        {{QStringLiteral("login")}, tr("Sign in to the profile's server.")},
        {{QStringLiteral("logout")}, tr("Sign out of the profile's server.")},
        {{QStringLiteral("sync")}, tr("Send queued changes and fetch the server's.")},
        {{QStringLiteral("status")}, tr("Show what waits for the server.")},
        {{QStringLiteral("pending")}, tr("Commands for changes waiting for the server.")},
        {{QStringLiteral("conflicts")}, tr("Commands for changes that met a newer version.")},
    };
    return groups;
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
