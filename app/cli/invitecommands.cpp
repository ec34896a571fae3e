// Invitations on the command line: create an inactive user and print zenml's two lines with the
// link, or print (or regenerate) the link later. The link is pushed for at once when the server
// can be reached; otherwise the next `zenml-admin sync` brings it.
#include "invitecommands.h"

#include "context.h"
#include "exitcodes.h"
#include "invocation.h"
#include "service/invitationlink.h"
#include "service/invitationservice.h"
#include "service/serverconnection.h"
#include "syncrun.h"

#include <QCoreApplication>
#include <QHash>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct InviteCommands
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::InviteCommands)
};

// Pushes the outbox now. The value: the links that arrived, by user id; an error when the push
// did not run (offline, not signed in) or stopped early.
Result<QHash<QString, QString>> pushNow(Context &ctx, InvitationService &invitations)
{
    auto connection = ctx.connection();
    if (!connection)
        return connection.error();
    ServerConnection &conn = **connection;
    if (Status s = conn.ensureSessionSync(); !s)
        return s.error();
    auto service = ctx.service();
    if (!service)
        return service.error();
    sync::SyncEngine engine((*service)->store(), conn.api());
    setUpEngine(engine, ctx, conn);
    engine.setMaxRetryWait(std::chrono::seconds(20));
    invitations.watch(engine);
    QHash<QString, QString> links;
    QObject::connect(&invitations, &InvitationService::linkReady, &engine,
                     [&links](const QString &userId, const QString &, const QString &link, bool) {
                         links.insert(userId, link);
                     });
    const auto report = sync::awaitSync(engine, sync::SyncMode::PushOnly);
    if (!report)
        return Error::make(ErrorKind::Usage, InviteCommands::tr("The sync could not start."));
    invitations.waitForKeychainSync();
    if (report->error && links.isEmpty())
        return *report->error;
    return links;
}

void sayAfterSync(Context &ctx, const QString &name)
{
    ctx.say(
        InviteCommands::tr("The invitation link will be available after 'zenml-admin sync'; then "
                           "'zenml-admin user invite-link %1' prints it.")
            .arg(name));
}

// Prints the link of `name` after a push, or says when it will come.
int reportLink(Invocation &inv, InvitationService &invitations, const QString &name,
               bool withNotice)
{
    Context &ctx = inv.context();
    auto pushed = pushNow(ctx, invitations);
    auto current = invitations.invitation(name);
    if (!current)
        return inv.fail(current.error());
    if (!pushed || !pushed->contains(current->user.id)) {
        if (!pushed)
            ctx.say(
                InviteCommands::tr("Not sent to the server yet: %1").arg(pushed.error().message));
        sayAfterSync(ctx, name);
        return Success;
    }
    if (withNotice)
        ctx.say(InvitationLink::inactiveNotice());
    ctx.say(pushed->value(current->user.id));
    if (current->link != LinkState::Held)
        ctx.say(InviteCommands::tr(
            "Note: the keychain did not keep the link; copy it now, or regenerate it "
            "later."));
    return Success;
}

// The invitations of the profile; a Usage error on a local profile, which has no server.
Result<std::unique_ptr<InvitationService>> invitationsOf(Context &ctx)
{
    auto service = ctx.service();
    if (!service)
        return service.error();
    auto info = ctx.profileInfo();
    if (!info)
        return info.error();
    if (info->kind != ProfileKind::Server)
        return Error::make(ErrorKind::Usage, InvitationService::unavailableReason());
    return std::make_unique<InvitationService>(**service, ctx.secrets(), *info);
}

int inviteLink(Invocation &inv)
{
    Context &ctx = inv.context();
    auto opened = invitationsOf(ctx);
    if (!opened)
        return inv.fail(opened.error());
    InvitationService &invitations = **opened;
    const QString name = inv.argument(QStringLiteral("NAME"));
    auto current = invitations.invitation(name);
    if (!current)
        return inv.fail(current.error());
    if (inv.isSet(QStringLiteral("regenerate"))) {
        auto connection = ctx.connection();
        if (!connection)
            return inv.fail(connection.error());
        invitations.setPermissionGate([conn = *connection](Permission p, const QString &action) {
            return conn->checkPermission(p, action);
        });
        if (Status s = invitations.regenerate({name}); !s)
            return inv.fail(s.error());
        ctx.say(
            current->user.active
                ? InviteCommands::tr("'%1' is now inactive; the new link replaces any earlier one.")
                      .arg(current->user.name)
                : InviteCommands::tr(
                      "The new link replaces the earlier one, which stops working."));
        return reportLink(inv, invitations, current->user.name, false);
    }
    if (current->user.active)
        return inv.fail(
            Error::make(ErrorKind::Invalid,
                        InviteCommands::tr("'%1' is active and has no invitation. '--regenerate' "
                                           "deactivates it and makes a new link.")
                            .arg(current->user.name)));
    auto link = invitations.linkSync(current->user.id);
    if (!link)
        return inv.fail(link.error());
    if (link.value()) {
        ctx.say(*link.value());
        return Success;
    }
    if (current->link == LinkState::AfterSync) {
        sayAfterSync(ctx, current->user.name);
        return Success;
    }
    return inv.fail(Error::make(
        ErrorKind::NotFound,
        InviteCommands::tr("No link for '%1' is kept on this computer. 'zenml-admin user "
                           "invite-link %1 --regenerate' makes a new one (an earlier "
                           "link stops working).")
            .arg(current->user.name)));
}
} // namespace

int inviteUser(Invocation &inv, const UserDraft &draft)
{
    Context &ctx = inv.context();
    auto opened = invitationsOf(ctx);
    if (!opened)
        return inv.fail(opened.error());
    InvitationService &invitations = **opened;
    auto user = invitations.invite(draft);
    if (!user)
        return inv.fail(user.error());
    ctx.say(InviteCommands::tr("Created user '%1'.").arg(user->name));
    return reportLink(inv, invitations, user->name, true);
}

std::unique_ptr<InvitationService> keepInvitations(Context &ctx, sync::SyncEngine &engine)
{
    auto service = ctx.service();
    auto info = ctx.profileInfo();
    if (!service || !info || info->kind != ProfileKind::Server)
        return {};
    auto invitations = std::make_unique<InvitationService>(**service, ctx.secrets(), *info);
    invitations->watch(engine);
    QObject::connect(
        invitations.get(), &InvitationService::linkReady, invitations.get(),
        [&ctx](const QString &, const QString &name, const QString &, bool kept) {
            ctx.say(kept ? InviteCommands::tr("The invitation link for '%1' is ready: "
                                              "'zenml-admin user invite-link %1' prints it.")
                               .arg(name)
                         : InviteCommands::tr("The invitation link for '%1' arrived, but the "
                                              "keychain did not keep it; 'zenml-admin user "
                                              "invite-link %1 --regenerate' makes a new one.")
                               .arg(name));
        });
    return invitations;
}

Command inviteLinkCommand()
{
    return {{QStringLiteral("user"), QStringLiteral("invite-link")},
            InviteCommands::tr("Print the invitation link of an inactive user."),
            {{QStringLiteral("NAME"), InviteCommands::tr("Name, id or unique prefix of the user."),
              true, false}},
            {{QStringLiteral("regenerate"), QChar(), QString(),
              InviteCommands::tr(
                  "Ask the server for a new link: the old one stops working, and an active user "
                  "becomes inactive until activated again."),
              false}},
            inviteLink,
            InviteCommands::tr(
                "The link is a credential: anyone holding it can set the account's password. It "
                "is kept only in the OS keychain, until the user is seen active or deleted.")};
}

} // namespace zenml::cli
