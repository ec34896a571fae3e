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
// This file's translation context, declared so that lupdate records the one used at run time.
struct WorkspaceCommands
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::WorkspaceCommands)
};

// A table shows the description in the user's language.
QString describedInTable(const QJsonObject &row)
{
    const auto p = permission::parse(row.value(QStringLiteral("name")).toString());
    return p ? permission::description(*p) : QString();
}

int listPermissions(Invocation &inv)
{
    // The vocabulary is fixed (the server has no endpoint for it), so no profile is opened.
    // JSON and CSV carry the English description, the same in every language: scripts read it.
    QJsonArray rows;
    for (Permission p : permission::all())
        rows << QJsonObject{{QStringLiteral("name"), permission::name(p)},
                            {QStringLiteral("description"), permission::sourceDescription(p)}};
    inv.context().printList(
        rows,
        {{QStringLiteral("name"), WorkspaceCommands::tr("NAME")},
         {QStringLiteral("description"), WorkspaceCommands::tr("DESCRIPTION"), describedInTable}},
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
    ctx.printList(rows, workspaceColumns(),
                  WorkspaceCommands::tr("No workspaces found for the given filters."));
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
    ctx.say(WorkspaceCommands::tr("Created workspace '%1'.").arg(workspace->name));
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
        ctx.say(WorkspaceCommands::tr("Deleted workspace '%1'.").arg(name));
    return Success;
}
} // namespace

QList<Command> permissionCommands()
{
    return {{{QStringLiteral("permission"), QStringLiteral("list")},
             WorkspaceCommands::tr("List the permissions a role can grant."),
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
         WorkspaceCommands::tr("List all workspaces."),
         {},
         {},
         listWorkspaces,
         {}},
        {{workspace, QStringLiteral("create")},
         WorkspaceCommands::tr("Create a new workspace."),
         {{QStringLiteral("NAME"), WorkspaceCommands::tr("Name of the new workspace."), true,
           false}},
         {{QStringLiteral("description"), QLatin1Char('d'), QStringLiteral("TEXT"),
           WorkspaceCommands::tr("A description of the workspace."), false}},
         createWorkspace,
         {}},
        {{workspace, QStringLiteral("delete")},
         WorkspaceCommands::tr("Delete workspaces, with the role assignments scoped to them."),
         {{QStringLiteral("NAME"),
           WorkspaceCommands::tr("Name, id or unique prefix of a workspace."), true, true}},
         {},
         deleteWorkspaces,
         WorkspaceCommands::tr("The default workspace cannot be deleted.")},
    };
}

} // namespace zenml::cli
