// user permissions, who-can and review: the access review's verbs.
#include "context.h"
#include "exitcodes.h"
#include "groups.h"
#include "invocation.h"
#include "review/accessreview.h"
#include "review/effectivepermissions.h"
#include "review/reviewreport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zenml::cli {

namespace {
struct ReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::ReviewCommands)
};

QJsonArray pathsJson(const QList<review::GrantPath> &paths)
{
    QJsonArray out;
    for (const review::GrantPath &p : paths)
        out.append(QJsonObject{{QStringLiteral("via"), p.viaKey()},
                               {QStringLiteral("role"), p.roleName},
                               {QStringLiteral("team"), p.teamName},
                               {QStringLiteral("workspace"),
                                p.workspaceName.isEmpty() ? p.workspaceId : p.workspaceName}});
    return out;
}

// A table shows each path in the user's words, one after the other.
QString pathsInTable(const QJsonObject &row)
{
    QStringList lines;
    for (const QJsonValue &v : row.value(QStringLiteral("paths")).toArray()) {
        const QJsonObject p = v.toObject();
        review::GrantPath path;
        path.roleName = p.value(QStringLiteral("role")).toString();
        path.teamName = path.teamId = p.value(QStringLiteral("team")).toString();
        path.workspaceName = path.workspaceId = p.value(QStringLiteral("workspace")).toString();
        lines << path.describe();
    }
    return lines.join(QStringLiteral("; "));
}

QString scopeInTable(const QJsonObject &row)
{
    const QString ws = row.value(QStringLiteral("workspace")).toString();
    return ws.isEmpty() ? ReviewCommands::tr("(every workspace)") : ws;
}

int userPermissions(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    review::AccessQuery query(**service);
    const QString user = inv.argument(QStringLiteral("NAME"));
    QList<review::EffectivePermissions> rows;
    if (auto ws = inv.value(QStringLiteral("workspace"))) {
        auto one = query.effective(user, *ws);
        if (!one)
            return inv.fail(one.error());
        rows << *one;
    } else {
        auto all = query.byWorkspace(user);
        if (!all)
            return inv.fail(all.error());
        rows = *all;
    }
    QJsonArray out;
    for (const review::EffectivePermissions &e : rows) {
        for (const review::PermissionGrant &g : e.grants)
            out.append(QJsonObject{{QStringLiteral("user"), e.userName},
                                   {QStringLiteral("workspace"), e.workspaceName},
                                   {QStringLiteral("permission"), permission::name(g.permission)},
                                   {QStringLiteral("active"), e.active},
                                   {QStringLiteral("enforced"), e.enforced},
                                   {QStringLiteral("paths"), pathsJson(g.paths)}});
    }
    ctx.printList(out,
                  {{QStringLiteral("workspace"), ReviewCommands::tr("WORKSPACE"), scopeInTable},
                   {QStringLiteral("permission"), ReviewCommands::tr("PERMISSION")},
                   {QStringLiteral("paths"), ReviewCommands::tr("GRANTED BY"), pathsInTable}},
                  ReviewCommands::tr("'%1' holds no permission there.").arg(user));
    if (ctx.format() == OutputFormat::Table && !rows.isEmpty()) {
        if (!rows.first().active)
            ctx.say(ReviewCommands::tr("'%1' is inactive: the permissions are held but cannot be "
                                       "used until the user is activated.")
                        .arg(rows.first().userName));
        if (!rows.first().enforced)
            ctx.say(ReviewCommands::tr("This is a local profile: roles are recorded but not "
                                       "enforced."));
    }
    return Success;
}

int whoCan(Invocation &inv)
{
    Context &ctx = inv.context();
    const QString name = inv.argument(QStringLiteral("PERMISSION"));
    const auto p = permission::parse(name);
    if (!p)
        return inv.fail(
            Error::make(ErrorKind::Usage, ReviewCommands::tr("'%1' is not a permission. Use read, "
                                                             "write or me.")
                                              .arg(name)));
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto holders = review::AccessQuery(**service).whoCan(
        *p, inv.value(QStringLiteral("workspace")).value_or(QString()));
    if (!holders)
        return inv.fail(holders.error());
    QJsonArray out;
    for (const review::Holder &h : *holders)
        out.append(QJsonObject{{QStringLiteral("user"), h.userName},
                               {QStringLiteral("id"), h.userId},
                               {QStringLiteral("active"), h.active},
                               {QStringLiteral("paths"), pathsJson(h.paths)}});
    ctx.printList(out,
                  {{QStringLiteral("user"), ReviewCommands::tr("USER")},
                   {QStringLiteral("active"), ReviewCommands::tr("ACTIVE")},
                   {QStringLiteral("paths"), ReviewCommands::tr("GRANTED BY"), pathsInTable}},
                  ReviewCommands::tr("Nobody holds '%1' there.").arg(name));
    return Success;
}

int runReview(Invocation &inv)
{
    Context &ctx = inv.context();
    int staleDays = review::AccessReview::kDefaultStaleDays;
    if (auto days = inv.value(QStringLiteral("stale-days"))) {
        bool ok = false;
        staleDays = days->toInt(&ok);
        if (!ok || staleDays < 0)
            return inv.fail(Error::make(ErrorKind::Usage,
                                        ReviewCommands::tr("--stale-days takes a number of days "
                                                           "(0 or more), not '%1'.")
                                            .arg(*days)));
    }
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto result = review::AccessReview(**service).run(staleDays);
    if (!result)
        return inv.fail(result.error());
    if (auto pdf = inv.value(QStringLiteral("pdf"))) {
        const auto header = review::report::headerOf(**service, ctx.profileName());
        if (Status s = review::report::writePdf(*result, header, *pdf); !s)
            return inv.fail(s.error());
        ctx.say(ReviewCommands::tr("Wrote the access review to '%1'.").arg(*pdf));
        return Success;
    }
    if (ctx.format() == OutputFormat::Csv) {
        ctx.print(review::report::csv(*result));
        return Success;
    }
    if (ctx.format() == OutputFormat::Json) {
        ctx.printList(review::report::rows(*result), {}, {});
        return Success;
    }
    for (const review::Finding &f : result->findings) {
        ctx.say(QStringLiteral("%1: %2").arg(f.title()).arg(f.rows.size()));
        for (const review::FindingRow &r : f.rows)
            ctx.say(r.detail.isEmpty() ? QStringLiteral("  %1").arg(r.entityName)
                                       : QStringLiteral("  %1  %2").arg(r.entityName, r.detail));
    }
    if (!result->enforced)
        ctx.say(
            ReviewCommands::tr("This is a local profile: roles are recorded but not enforced."));
    return Success;
}

} // namespace

QList<Command> reviewCommands()
{
    const OptionSpec workspace{QStringLiteral("workspace"), QLatin1Char('w'),
                               QStringLiteral("WORKSPACE"),
                               ReviewCommands::tr("Only this workspace (global roles count in "
                                                  "every workspace)."),
                               false};
    return {
        {{QStringLiteral("user"), QStringLiteral("permissions")},
         ReviewCommands::tr("Show what a user can do, and why."),
         {{QStringLiteral("NAME"), ReviewCommands::tr("Name, id or id prefix of the user."), true,
           false}},
         {workspace},
         userPermissions,
         ReviewCommands::tr("Each permission is listed with every path that grants it: the "
                            "user's own roles and those of its teams, global or in the "
                            "workspace. Without --workspace, the global row comes first, then "
                            "each workspace where the user holds more.")},
        {{QStringLiteral("who-can")},
         ReviewCommands::tr("List every user who holds a permission, with the reasons."),
         {{QStringLiteral("PERMISSION"), ReviewCommands::tr("read, write or me."), true, false}},
         {workspace},
         whoCan,
         ReviewCommands::tr("Without --workspace, a role held in any workspace counts.")},
        {{QStringLiteral("review")},
         ReviewCommands::tr("Show the access review's findings."),
         {},
         {{QStringLiteral("stale-days"), QChar(), QStringLiteral("DAYS"),
           ReviewCommands::tr("Invitations older than this are stale (default 14)."), false},
          {QStringLiteral("pdf"), QChar(), QStringLiteral("FILE"),
           ReviewCommands::tr("Write the review as a PDF report to FILE."), false}},
         runReview,
         ReviewCommands::tr("Findings: users who can write, admins, inactive users who hold "
                            "roles, stale invitations, active users without a role, roles nobody "
                            "holds, empty teams, assignments in missing workspaces.")},
    };
}

} // namespace zenml::cli
