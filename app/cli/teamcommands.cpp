// The team group: list, describe, create, update, add, remove, delete.
#include "context.h"
#include "exitcodes.h"
#include "groups.h"
#include "invocation.h"
#include "jsonviews.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct TeamCommands
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::TeamCommands)
};

QStringList memberNames(const AdminService &service, const Team &team)
{
    QStringList names;
    for (const QString &id : team.memberIds) {
        auto ref = service.resolve(EntityKind::User, id);
        names << (ref ? ref->name : id);
    }
    names.sort();
    return names;
}

int listTeams(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto teams = (*service)->teams();
    if (!teams)
        return inv.fail(teams.error());
    QJsonArray rows;
    for (const Team &t : *teams)
        rows << teamJson(t, memberNames(**service, t));
    ctx.printList(rows, teamColumns(), TeamCommands::tr("No teams found for the given filters."));
    return Success;
}

int describeTeam(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto team = (*service)->team(inv.argument(QStringLiteral("NAME")));
    if (!team)
        return inv.fail(team.error());
    QList<Column> columns = teamColumns();
    columns << Column{QStringLiteral("created"), TeamCommands::tr("CREATED")}
            << Column{QStringLiteral("updated"), TeamCommands::tr("UPDATED")};
    ctx.printObject(teamJson(*team, memberNames(**service, *team)), columns);
    return Success;
}

int createTeam(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto team = (*service)->createTeam(inv.argument(QStringLiteral("NAME")),
                                       inv.values(QStringLiteral("user")));
    if (!team)
        return inv.fail(team.error());
    ctx.say(TeamCommands::tr("Created team '%1'.").arg(team->name));
    return Success;
}

int updateTeam(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    const QString reference = inv.argument(QStringLiteral("NAME"));
    const auto newName = inv.value(QStringLiteral("name"));
    auto team = newName ? (*service)->renameTeam(reference, *newName) : (*service)->team(reference);
    if (!team)
        return inv.fail(team.error());
    ctx.say(TeamCommands::tr("Updated team '%1'.").arg(team->name));
    return Success;
}

int changeMembers(Invocation &inv, bool add)
{
    Context &ctx = inv.context();
    const QStringList users = inv.values(QStringLiteral("user"));
    if (users.isEmpty())
        return inv.fail(
            Error::make(ErrorKind::Usage, TeamCommands::tr("Name at least one user with --user.")));
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    const QString reference = inv.argument(QStringLiteral("TEAM"));
    auto team = add ? (*service)->addTeamMembers(reference, users)
                    : (*service)->removeTeamMembers(reference, users);
    if (!team)
        return inv.fail(team.error());
    for (const QString &user : users) {
        ctx.say(add ? TeamCommands::tr("Added user '%1' to team '%2'.").arg(user, team->name)
                    : TeamCommands::tr("Removed user '%1' from team '%2'.").arg(user, team->name));
    }
    return Success;
}

int deleteTeams(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    const QStringList names = inv.arguments(QStringLiteral("NAME"));
    if (Status s = (*service)->deleteTeams(names); !s)
        return inv.fail(s.error());
    for (const QString &name : names)
        ctx.say(TeamCommands::tr("Deleted team '%1'.").arg(name));
    return Success;
}
} // namespace

QList<Command> teamCommands()
{
    const QString team = QStringLiteral("team");
    const ArgumentSpec existing{QStringLiteral("NAME"),
                                TeamCommands::tr("Name, id or unique prefix of the team."), true,
                                false};
    const ArgumentSpec teamArg{QStringLiteral("TEAM"),
                               TeamCommands::tr("Name, id or unique prefix of the team."), true,
                               false};
    const OptionSpec users{QStringLiteral("user"), QLatin1Char('u'), QStringLiteral("USER"),
                           TeamCommands::tr("Name, id or unique prefix of a user."), true};
    return {
        {{team, QStringLiteral("list")},
         TeamCommands::tr("List all teams."),
         {},
         {},
         listTeams,
         {}},
        {{team, QStringLiteral("describe")},
         TeamCommands::tr("Show the details of a team and its members."),
         {existing},
         {},
         describeTeam,
         {}},
        {{team, QStringLiteral("create")},
         TeamCommands::tr("Create a new team."),
         {{QStringLiteral("NAME"), TeamCommands::tr("Name of the new team."), true, false}},
         {users},
         createTeam,
         {}},
        {{team, QStringLiteral("update")},
         TeamCommands::tr("Update a team."),
         {existing},
         {{QStringLiteral("name"), QLatin1Char('n'), QStringLiteral("NAME"),
           TeamCommands::tr("A new name."), false}},
         updateTeam,
         {}},
        {{team, QStringLiteral("add")},
         TeamCommands::tr("Add users to a team."),
         {teamArg},
         {users},
         [](Invocation &inv) { return changeMembers(inv, true); },
         {}},
        {{team, QStringLiteral("remove")},
         TeamCommands::tr("Remove users from a team."),
         {teamArg},
         {users},
         [](Invocation &inv) { return changeMembers(inv, false); },
         {}},
        {{team, QStringLiteral("delete")},
         TeamCommands::tr("Delete teams."),
         {{QStringLiteral("NAME"), TeamCommands::tr("Name, id or unique prefix of a team."), true,
           true}},
         {},
         deleteTeams,
         {}},
    };
}

} // namespace zenml::cli
