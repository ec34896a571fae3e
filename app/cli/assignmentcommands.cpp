// Role assignments: role assign, role revoke, role assignment list.
#include "context.h"
#include "exitcodes.h"
#include "groups.h"
#include "invocation.h"
#include "jsonviews.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zenml::cli {

namespace {
// The translation context of this file's strings; lupdate reads the same name, so the
// strings it extracts are the ones found at run time.
struct AssignmentCommands
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::AssignmentCommands)
};

AssignmentTarget targetOf(const Invocation &inv)
{
    AssignmentTarget target;
    target.role = inv.argument(QStringLiteral("ROLE"));
    target.users = inv.values(QStringLiteral("user"));
    target.teams = inv.values(QStringLiteral("team"));
    target.workspace = inv.value(QStringLiteral("workspace")).value_or(QString());
    return target;
}

int assignRole(Invocation &inv)
{
    Context &ctx = inv.context();
    const AssignmentTarget target = targetOf(inv);
    if (target.users.isEmpty() && target.teams.isEmpty())
        return inv.fail(Error::make(
            ErrorKind::Usage,
            AssignmentCommands::tr("Name at least one user (--user) or team (--team).")));
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto done = (*service)->assignRole(target);
    if (!done)
        return inv.fail(done.error());
    for (const QString &user : target.users)
        ctx.say(AssignmentCommands::tr("Assigned role '%1' to user '%2'.").arg(target.role, user));
    for (const QString &team : target.teams)
        ctx.say(AssignmentCommands::tr("Assigned role '%1' to team '%2'.").arg(target.role, team));
    return Success;
}

int revokeRole(Invocation &inv)
{
    Context &ctx = inv.context();
    const AssignmentTarget target = targetOf(inv);
    if (target.users.isEmpty() && target.teams.isEmpty())
        return inv.fail(Error::make(
            ErrorKind::Usage,
            AssignmentCommands::tr("Name at least one user (--user) or team (--team).")));
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto done = (*service)->revokeRole(target);
    if (!done)
        return inv.fail(done.error());
    for (const QString &user : target.users)
        ctx.say(AssignmentCommands::tr("Revoked role '%1' from user '%2'.").arg(target.role, user));
    for (const QString &team : target.teams)
        ctx.say(AssignmentCommands::tr("Revoked role '%1' from team '%2'.").arg(target.role, team));
    return Success;
}

int listAssignments(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto views =
        (*service)->assignments(inv.value(QStringLiteral("user")).value_or(QString()),
                                inv.value(QStringLiteral("team")).value_or(QString()),
                                inv.value(QStringLiteral("role")).value_or(QString()),
                                inv.value(QStringLiteral("workspace")).value_or(QString()));
    if (!views)
        return inv.fail(views.error());
    QJsonArray rows;
    for (const AssignmentView &v : *views)
        rows << assignmentJson(v);
    ctx.printList(rows, assignmentColumns(),
                  AssignmentCommands::tr("No role assignments found for the given filters."));
    return Success;
}
} // namespace

QList<Command> assignmentCommands()
{
    const QString role = QStringLiteral("role");
    const ArgumentSpec roleArg{QStringLiteral("ROLE"),
                               AssignmentCommands::tr("Name, id or unique prefix of the role."),
                               true, false};
    const QList<OptionSpec> subjects{
        {QStringLiteral("user"), QLatin1Char('u'), QStringLiteral("USER"),
         AssignmentCommands::tr("Name, id or unique prefix of a user."), true},
        {QStringLiteral("team"), QLatin1Char('t'), QStringLiteral("TEAM"),
         AssignmentCommands::tr("Name, id or unique prefix of a team."), true},
        {QStringLiteral("workspace"), QLatin1Char('w'), QStringLiteral("WORKSPACE"),
         AssignmentCommands::tr("Only in this workspace; globally when left out."), false},
    };
    return {
        {{role, QStringLiteral("assign")},
         AssignmentCommands::tr("Assign a role to users and teams."),
         {roleArg},
         subjects,
         assignRole,
         AssignmentCommands::tr(
             "All or nothing: if one subject cannot get the role, none gets it.")},
        {{role, QStringLiteral("revoke")},
         AssignmentCommands::tr("Revoke a role from users and teams."),
         {roleArg},
         subjects,
         revokeRole,
         AssignmentCommands::tr(
             "All or nothing: if one subject does not hold the role, nothing is revoked.")},
        {{role, QStringLiteral("assignment"), QStringLiteral("list")},
         AssignmentCommands::tr("List role assignments."),
         {},
         {{QStringLiteral("user"), QLatin1Char('u'), QStringLiteral("USER"),
           AssignmentCommands::tr("Only the assignments of this user."), false},
          {QStringLiteral("team"), QLatin1Char('t'), QStringLiteral("TEAM"),
           AssignmentCommands::tr("Only the assignments of this team."), false},
          {QStringLiteral("role"), QLatin1Char('r'), QStringLiteral("ROLE"),
           AssignmentCommands::tr("Only the assignments of this role."), false},
          {QStringLiteral("workspace"), QLatin1Char('w'), QStringLiteral("WORKSPACE"),
           AssignmentCommands::tr("Only the assignments in this workspace."), false}},
         listAssignments,
         {}},
    };
}

} // namespace zenml::cli
