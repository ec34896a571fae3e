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
// This file's translation context, declared so that lupdate records the one used at run time.
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

// Assign and revoke differ only in the service call and in their lines: a subject must be named,
// the change is all or nothing, then one line per subject. userLine and teamLine are source texts
// (QT_TRANSLATE_NOOP) with %1 the role and %2 the subject.
template<typename Change>
int changeRole(Invocation &inv, Change change, const char *userLine, const char *teamLine)
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
    if (auto done = change(**service, target); !done)
        return inv.fail(done.error());
    for (const QString &user : target.users)
        ctx.say(AssignmentCommands::tr(userLine).arg(target.role, user));
    for (const QString &team : target.teams)
        ctx.say(AssignmentCommands::tr(teamLine).arg(target.role, team));
    return Success;
}

int assignRole(Invocation &inv)
{
    return changeRole(
        inv, [](AdminService &service, const AssignmentTarget &t) { return service.assignRole(t); },
        QT_TRANSLATE_NOOP("zenml::cli::AssignmentCommands", "Assigned role '%1' to user '%2'."),
        QT_TRANSLATE_NOOP("zenml::cli::AssignmentCommands", "Assigned role '%1' to team '%2'."));
}

int revokeRole(Invocation &inv)
{
    return changeRole(
        inv, [](AdminService &service, const AssignmentTarget &t) { return service.revokeRole(t); },
        QT_TRANSLATE_NOOP("zenml::cli::AssignmentCommands", "Revoked role '%1' from user '%2'."),
        QT_TRANSLATE_NOOP("zenml::cli::AssignmentCommands", "Revoked role '%1' from team '%2'."));
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
