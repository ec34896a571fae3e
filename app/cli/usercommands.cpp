// The user group: list, describe, create, update, delete.
#include "context.h"
#include "domain/rules.h"
#include "exitcodes.h"
#include "groups.h"
#include "invitecommands.h"
#include "invocation.h"
#include "jsonviews.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::UserCommands)
};

int listUsers(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto users = (*service)->users();
    if (!users)
        return inv.fail(users.error());
    QJsonArray rows;
    for (const User &u : *users)
        rows << userJson(u);
    ctx.printList(rows, userColumns(), UserCommands::tr("No users found for the given filters."));
    return Success;
}

int describeUser(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    QString name = inv.argument(QStringLiteral("NAME"));
    if (name.isEmpty()) {
        // As zenml describes the active user: the profile's user, or "default" locally.
        auto info = ctx.profileInfo();
        if (!info)
            return inv.fail(info.error());
        name = info->username.isEmpty() ? rules::kDefaultUser : info->username;
    }
    auto details = (*service)->userDetails(name);
    if (!details)
        return inv.fail(details.error());
    QJsonObject o = userJson(details->user);
    QJsonArray roles;
    QJsonArray roleTexts; // CSV: English, as scripts read it in every language
    QJsonArray roleTextsShown;
    for (const AssignmentView &a : details->roles) {
        roles << QJsonObject{{QStringLiteral("role"), a.roleName},
                             {QStringLiteral("workspace"),
                              a.workspaceName.isEmpty() ? QJsonValue() : a.workspaceName}};
        const bool global = a.workspaceName.isEmpty();
        roleTexts << (global ? a.roleName
                             : QStringLiteral("%1 (in %2)").arg(a.roleName, a.workspaceName));
        roleTextsShown << (global
                               ? a.roleName
                               : UserCommands::tr("%1 (in %2)").arg(a.roleName, a.workspaceName));
    }
    QJsonArray teams;
    for (const NamedRef &t : details->teams)
        teams << t.name;
    // A table shows one line per property, so role objects become short texts there.
    o.insert(QStringLiteral("roles"), ctx.format() == OutputFormat::Json ? roles : roleTexts);
    o.insert(QStringLiteral("teams"), teams);
    QList<Column> columns = userColumns();
    columns << Column{QStringLiteral("roles"), UserCommands::tr("ROLES"),
                      [roleTextsShown](const QJsonObject &) { return cellText(roleTextsShown); }}
            << Column{QStringLiteral("teams"), UserCommands::tr("TEAMS")}
            << Column{QStringLiteral("created"), UserCommands::tr("CREATED")}
            << Column{QStringLiteral("updated"), UserCommands::tr("UPDATED")};
    ctx.printObject(o, columns);
    return Success;
}

int createUser(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    UserDraft draft;
    draft.name = inv.argument(QStringLiteral("NAME"));
    draft.fullName = inv.value(QStringLiteral("full-name")).value_or(QString());
    draft.email = inv.value(QStringLiteral("email")).value_or(QString());
    draft.password = inv.value(QStringLiteral("password"));
    draft.roles = inv.values(QStringLiteral("role"));
    if ((*service)->profileKind() == ProfileKind::Server && !draft.password)
        return inviteUser(inv, draft); // an invitation: the link comes with the push
    auto user = (*service)->createUser(draft);
    if (!user)
        return inv.fail(user.error());
    ctx.say(UserCommands::tr("Created user '%1'.").arg(user->name));
    const bool local = (*service)->profileKind() == ProfileKind::Local;
    if (local && !draft.password)
        ctx.say(UserCommands::tr(
                    "Note: the user was created without a password, so it is inactive, as on a "
                    "ZenML server. A local profile has no sign-in; activate it with "
                    "'zenml-admin user update %1 --active true'.")
                    .arg(user->name));
    else if (local)
        ctx.say(UserCommands::tr(
            "Note: a local profile has no sign-in, so the password was not stored."));
    else if (!draft.password)
        ctx.say(
            UserCommands::tr("The user stays inactive until activated with an invitation link."));
    return Success;
}

int updateUser(Invocation &inv)
{
    Context &ctx = inv.context();
    auto active = inv.boolValue(QStringLiteral("active"));
    if (!active)
        return inv.fail(active.error());
    UserChanges changes;
    changes.name = inv.value(QStringLiteral("name"));
    changes.fullName = inv.value(QStringLiteral("full-name"));
    changes.email = inv.value(QStringLiteral("email"));
    changes.active = *active;
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto user = (*service)->updateUser(inv.argument(QStringLiteral("NAME")), changes);
    if (!user)
        return inv.fail(user.error());
    ctx.say(UserCommands::tr("Updated user '%1'.").arg(user->name));
    return Success;
}

int deleteUsers(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    const QStringList names = inv.arguments(QStringLiteral("NAME"));
    if (Status s = (*service)->deleteUsers(names); !s)
        return inv.fail(s.error());
    for (const QString &name : names)
        ctx.say(UserCommands::tr("Deleted user '%1'.").arg(name));
    return Success;
}
} // namespace

QList<Command> userCommands()
{
    const QString user = QStringLiteral("user");
    const OptionSpec fullName{QStringLiteral("full-name"), QLatin1Char('f'), QStringLiteral("TEXT"),
                              UserCommands::tr("The user's full name."), false};
    const OptionSpec email{QStringLiteral("email"), QLatin1Char('e'), QStringLiteral("ADDRESS"),
                           UserCommands::tr("The user's email address."), false};
    return {
        {{user, QStringLiteral("list")},
         UserCommands::tr("List all users."),
         {},
         {},
         listUsers,
         {}},
        {{user, QStringLiteral("describe")},
         UserCommands::tr("Show the details of a user, its roles and teams."),
         {{QStringLiteral("NAME"),
           UserCommands::tr(
               "Name, id or unique prefix of the user; the profile's own user when left out."),
           false, false}},
         {},
         describeUser,
         {}},
        {{user, QStringLiteral("create")},
         UserCommands::tr("Create a new user."),
         {{QStringLiteral("NAME"), UserCommands::tr("Name of the new user."), true, false}},
         {{QStringLiteral("password"), QChar(), QStringLiteral("PASSWORD"),
           UserCommands::tr(
               "The user's password. Without one the user is created inactive. A local profile "
               "has no sign-in and stores no password anywhere."),
           false},
          {QStringLiteral("role"), QLatin1Char('r'), QStringLiteral("ROLE"),
           UserCommands::tr("A role to assign to the user globally."), true},
          fullName,
          email},
         createUser,
         {}},
        {{user, QStringLiteral("update")},
         UserCommands::tr("Update a user."),
         {{QStringLiteral("NAME"), UserCommands::tr("Name, id or unique prefix of the user."), true,
           false}},
         {{QStringLiteral("name"), QLatin1Char('n'), QStringLiteral("NAME"),
           UserCommands::tr("A new name."), false},
          fullName,
          email,
          {QStringLiteral("active"), QChar(), QStringLiteral("true|false"),
           UserCommands::tr("Activate or deactivate the user."), false}},
         updateUser,
         {}},
        {{user, QStringLiteral("delete")},
         UserCommands::tr("Delete users."),
         {{QStringLiteral("NAME"), UserCommands::tr("Name, id or unique prefix of a user."), true,
           true}},
         {},
         deleteUsers,
         {}},
        inviteLinkCommand(),
    };
}

} // namespace zenml::cli
