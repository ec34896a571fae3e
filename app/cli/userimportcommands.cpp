// Bulk onboarding: `user import FILE.csv [--dry-run]` and `user invite-links`, the links of every
// invitation whose link this computer holds, for a mail merge.
#include "context.h"
#include "exitcodes.h"
#include "groups.h"
#include "invocation.h"

#include "access/accessplan.h"
#include "access/mirrorsnapshot.h"
#include "access/userimport.h"
#include "service/invitationservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct UserImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::UserImportCommands)
};

int importUsers(Invocation &inv)
{
    Context &ctx = inv.context();
    const QString fileName = inv.argument(QStringLiteral("FILE"));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return inv.fail(Error::make(ErrorKind::NotFound,
                                    UserImportCommands::tr("Cannot read '%1': %2. Check the path.")
                                        .arg(fileName, file.errorString())));
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto mirror = access::namesOf((*service)->store());
    if (!mirror)
        return inv.fail(mirror.error());
    const access::UserImport import = access::readUserImport(file.readAll(), *mirror);
    if (!import.problems.isEmpty()) {
        QStringList lines;
        lines << UserImportCommands::tr("The file has %n problem(s); nobody was imported:", "",
                                        int(import.problems.size()));
        for (const access::Problem &p : import.problems)
            lines << QStringLiteral("  ") + access::problemText(p, fileName);
        return inv.fail(Error::make(ErrorKind::Invalid, lines.join(QLatin1Char('\n'))));
    }
    if (inv.isSet(QStringLiteral("dry-run"))) {
        QJsonArray rows;
        for (const access::ImportRow &r : import.rows)
            rows << QJsonObject{{QStringLiteral("line"), r.line},
                                {QStringLiteral("name"), r.name},
                                {QStringLiteral("full_name"), r.fullName},
                                {QStringLiteral("email"), r.email},
                                {QStringLiteral("roles"), QJsonArray::fromStringList(r.roles)},
                                {QStringLiteral("teams"), QJsonArray::fromStringList(r.teams)},
                                {QStringLiteral("workspace"), r.workspace}};
        ctx.printList(rows,
                      {{QStringLiteral("line"), UserImportCommands::tr("LINE")},
                       {QStringLiteral("name"), UserImportCommands::tr("NAME")},
                       {QStringLiteral("email"), UserImportCommands::tr("EMAIL")},
                       {QStringLiteral("roles"), UserImportCommands::tr("ROLES")},
                       {QStringLiteral("teams"), UserImportCommands::tr("TEAMS")},
                       {QStringLiteral("workspace"), UserImportCommands::tr("WORKSPACE")}},
                      UserImportCommands::tr("The file lists nobody."));
        return Success;
    }
    if (Status s = access::importUsers(**service, import); !s)
        return inv.fail(s.error());
    ctx.say((*service)->profileKind() == ProfileKind::Server
                ? UserImportCommands::tr("Invited %n user(s) in one transaction; the links come "
                                         "with the next sync ('zenml-admin user invite-links').",
                                         "", int(import.rows.size()))
                : UserImportCommands::tr("Created %n user(s) in one transaction.", "",
                                         int(import.rows.size())));
    return Success;
}

int inviteLinks(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto info = ctx.profileInfo();
    if (!info)
        return inv.fail(info.error());
    if (info->kind != ProfileKind::Server)
        return inv.fail(Error::make(ErrorKind::Usage, InvitationService::unavailableReason()));
    InvitationService invitations(**service, ctx.secrets(), *info);
    auto pending = invitations.invitations();
    if (!pending)
        return inv.fail(pending.error());
    QJsonArray rows;
    for (const Invitation &i : *pending) {
        if (i.link != LinkState::Held)
            continue;
        auto link = invitations.linkSync(i.user.id);
        if (!link)
            return inv.fail(link.error());
        if (link.value())
            rows << QJsonObject{{QStringLiteral("name"), i.user.name},
                                {QStringLiteral("link"), *link.value()}};
    }
    ctx.printList(rows,
                  {{QStringLiteral("name"), UserImportCommands::tr("NAME")},
                   {QStringLiteral("link"), UserImportCommands::tr("LINK")}},
                  UserImportCommands::tr("No invitation link is kept on this computer yet. Links "
                                         "arrive with the sync that sends the invitations."));
    return Success;
}
} // namespace

QList<Command> userImportCommands()
{
    const QString user = QStringLiteral("user");
    return {
        {{user, QStringLiteral("import")},
         UserImportCommands::tr("Create users from a CSV file, with their roles and teams, in one "
                                "transaction."),
         {{QStringLiteral("FILE"), UserImportCommands::tr("The CSV file (UTF-8, ',' or ';')."),
           true, false}},
         {{QStringLiteral("dry-run"), QChar(), QString(),
           UserImportCommands::tr("Check the file and show who would be created; change nothing."),
           false}},
         importUsers,
         UserImportCommands::tr(
             "The header row names the columns: name (required), full_name, email, roles, teams "
             "and workspace (where the roles apply; global when empty). Several roles or teams "
             "are separated by ';' (by ',' when ';' separates the fields). Users are created "
             "without a password: on a server profile they are invitations. A file with any bad "
             "line is refused as a whole, every problem listed with its line and column.")},
        {{user, QStringLiteral("invite-links")},
         UserImportCommands::tr("List name and link of every invitation whose link is kept here."),
         {},
         {},
         inviteLinks,
         UserImportCommands::tr("With --output csv the list goes straight into a mail merge.")},
    };
}

} // namespace zenml::cli
