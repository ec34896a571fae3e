// The permission and workspace groups.
#include "context.h"
#include "exitcodes.h"
#include "groups.h"
#include "invocation.h"
#include "jsonviews.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zenml::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("zenml::cli::WorkspaceCommands", text);
}

int listPermissions(Invocation &inv)
{
    // The vocabulary is fixed (the server has no endpoint for it), so no profile is opened.
    QJsonArray rows;
    for (Permission p : permission::all())
        rows << QJsonObject{{QStringLiteral("name"), permission::name(p)},
                            {QStringLiteral("description"), permission::description(p)}};
    inv.context().printList(
        rows,
        {{QStringLiteral("name"), tr("NAME")}, {QStringLiteral("description"), tr("DESCRIPTION")}},
        {});
    return Success;
}

int listWorkspaces(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto workspaces = (*service)->workspaces();
    if (!workspaces)
        return inv.fail(workspaces.error());
    QJsonArray rows;
    for (const Workspace &w : *workspaces)
        rows << workspaceJson(w);
    ctx.printList(rows, workspaceColumns(), tr("No workspaces found for the given filters."));
    return Success;
}

int createWorkspace(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto workspace =
        (*service)->createWorkspace(inv.argument(QStringLiteral("NAME")),
                                    inv.value(QStringLiteral("description")).value_or(QString()));
    if (!workspace)
        return inv.fail(workspace.error());
    ctx.say(tr("Created workspace '%1'.").arg(workspace->name));
    return Success;
}

int deleteWorkspaces(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    const QStringList names = inv.arguments(QStringLiteral("NAME"));
    if (Status s = (*service)->deleteWorkspaces(names); !s)
        return inv.fail(s.error());
    for (const QString &name : names)
        ctx.say(tr("Deleted workspace '%1'.").arg(name));
    return Success;
}
} // namespace

QList<Command> permissionCommands()
{
    return {{{QStringLiteral("permission"), QStringLiteral("list")},
             tr("List the permissions a role can grant."),
             {},
             {},
             listPermissions,
             {}}};
}

QList<Command> workspaceCommands()
{
    const QString workspace = QStringLiteral("workspace");
    return {
        {{workspace, QStringLiteral("list")},
         tr("List all workspaces."),
         {},
         {},
         listWorkspaces,
         {}},
        {{workspace, QStringLiteral("create")},
         tr("Create a new workspace."),
         {{QStringLiteral("NAME"), tr("Name of the new workspace."), true, false}},
         {{QStringLiteral("description"), QLatin1Char('d'), QStringLiteral("TEXT"),
           tr("A description of the workspace."), false}},
         createWorkspace,
         {}},
        {{workspace, QStringLiteral("delete")},
         tr("Delete workspaces, with the role assignments scoped to them."),
         {{QStringLiteral("NAME"), tr("Name, id or unique prefix of a workspace."), true, true}},
         {},
         deleteWorkspaces,
         tr("The default workspace cannot be deleted.")},
    };
}

} // namespace zenml::cli
