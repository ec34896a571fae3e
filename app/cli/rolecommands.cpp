// The role group: list, describe, create, update, delete.
#include "context.h"
#include "domain/rules.h"
#include "exitcodes.h"
#include "groups.h"
#include "invocation.h"
#include "jsonviews.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct RoleCommands
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::RoleCommands)
};

Result<Permissions> permissionsOf(const Invocation &inv, const QString &option)
{
    const QStringList names = inv.values(option);
    if (Status s = rules::validatePermissionNames(names); !s)
        return s.error();
    return permission::fromNames(names);
}

int listRoles(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto roles = (*service)->roles();
    if (!roles)
        return inv.fail(roles.error());
    QJsonArray rows;
    for (const Role &r : *roles)
        rows << roleJson(r);
    ctx.printList(rows, roleColumns(), RoleCommands::tr("No roles found for the given filters."));
    return Success;
}

int describeRole(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto role = (*service)->role(inv.argument(QStringLiteral("NAME")));
    if (!role)
        return inv.fail(role.error());
    QList<Column> columns = roleColumns();
    columns << Column{QStringLiteral("created"), RoleCommands::tr("CREATED")}
            << Column{QStringLiteral("updated"), RoleCommands::tr("UPDATED")};
    ctx.printObject(roleJson(*role), columns);
    return Success;
}

int createRole(Invocation &inv)
{
    Context &ctx = inv.context();
    auto permissions = permissionsOf(inv, QStringLiteral("permissions"));
    if (!permissions)
        return inv.fail(permissions.error());
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto role = (*service)->createRole(inv.argument(QStringLiteral("NAME")), *permissions);
    if (!role)
        return inv.fail(role.error());
    ctx.say(RoleCommands::tr("Created role '%1'.").arg(role->name));
    return Success;
}

int updateRole(Invocation &inv)
{
    Context &ctx = inv.context();
    auto add = permissionsOf(inv, QStringLiteral("add-permission"));
    if (!add)
        return inv.fail(add.error());
    auto remove = permissionsOf(inv, QStringLiteral("remove-permission"));
    if (!remove)
        return inv.fail(remove.error());
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    RoleChanges changes;
    changes.name = inv.value(QStringLiteral("name"));
    changes.add = *add;
    changes.remove = *remove;
    auto role = (*service)->updateRole(inv.argument(QStringLiteral("NAME")), changes);
    if (!role)
        return inv.fail(role.error());
    ctx.say(RoleCommands::tr("Updated role '%1'.").arg(role->name));
    return Success;
}

int deleteRoles(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    const QStringList names = inv.arguments(QStringLiteral("NAME"));
    if (Status s = (*service)->deleteRoles(names); !s)
        return inv.fail(s.error());
    for (const QString &name : names)
        ctx.say(RoleCommands::tr("Deleted role '%1'.").arg(name));
    return Success;
}
} // namespace

QList<Command> roleCommands()
{
    const QString role = QStringLiteral("role");
    const ArgumentSpec existing{QStringLiteral("NAME"),
                                RoleCommands::tr("Name, id or unique prefix of the role."), true,
                                false};
    return {
        {{role, QStringLiteral("list")},
         RoleCommands::tr("List all roles."),
         {},
         {},
         listRoles,
         {}},
        {{role, QStringLiteral("describe")},
         RoleCommands::tr("Show the details of a role."),
         {existing},
         {},
         describeRole,
         {}},
        {{role, QStringLiteral("create")},
         RoleCommands::tr("Create a new role."),
         {{QStringLiteral("NAME"), RoleCommands::tr("Name of the new role."), true, false}},
         {{QStringLiteral("permissions"), QLatin1Char('p'), QStringLiteral("PERM"),
           RoleCommands::tr("A permission to grant: read, write or me."), true}},
         createRole,
         {}},
        {{role, QStringLiteral("update")},
         RoleCommands::tr("Update an existing role."),
         {existing},
         {{QStringLiteral("name"), QLatin1Char('n'), QStringLiteral("NAME"),
           RoleCommands::tr("New role name."), false},
          {QStringLiteral("add-permission"), QLatin1Char('a'), QStringLiteral("PERM"),
           RoleCommands::tr("A permission to add: read, write or me."), true},
          {QStringLiteral("remove-permission"), QLatin1Char('r'), QStringLiteral("PERM"),
           RoleCommands::tr("A permission to remove: read, write or me."), true}},
         updateRole,
         RoleCommands::tr("The built-in roles admin and guest cannot be changed.")},
        {{role, QStringLiteral("delete")},
         RoleCommands::tr("Delete roles."),
         {{QStringLiteral("NAME"), RoleCommands::tr("Name, id or unique prefix of a role."), true,
           true}},
         {},
         deleteRoles,
         RoleCommands::tr("A role that is still assigned cannot be deleted; revoke it first.")},
    };
}

} // namespace zenml::cli
