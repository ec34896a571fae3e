// The profile group: list, use (create, update, delete: connectcommands.cpp). Profiles are files in
// the data folder, handled by ProfileManager.
#include "context.h"
#include "exitcodes.h"
#include "groups.h"
#include "invocation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct ProfileCommands
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::ProfileCommands)
};

int listProfiles(Invocation &inv)
{
    Context &ctx = inv.context();
    ProfileManager &profiles = ctx.profiles();
    if (Status s = profiles.ensureDataDir(); !s)
        return inv.fail(s.error());
    auto all = profiles.list();
    if (!all)
        return inv.fail(all.error());
    const QString active = profiles.activeProfile();
    QJsonArray rows;
    for (const ProfileInfo &p : *all) {
        const bool local = p.kind == ProfileKind::Local;
        rows << QJsonObject{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("kind"), local ? QStringLiteral("local") : QStringLiteral("server")},
            {QStringLiteral("active"), p.name == active},
            {QStringLiteral("server_url"), local ? QJsonValue() : p.serverUrl},
            {QStringLiteral("username"), local ? QJsonValue() : p.username},
            {QStringLiteral("path"), p.path}};
    }
    ctx.printList(rows,
                  {{QStringLiteral("name"), ProfileCommands::tr("NAME")},
                   {QStringLiteral("kind"), ProfileCommands::tr("KIND")},
                   {QStringLiteral("active"), ProfileCommands::tr("ACTIVE")},
                   {QStringLiteral("server_url"), ProfileCommands::tr("SERVER")},
                   {QStringLiteral("username"), ProfileCommands::tr("USERNAME")}},
                  ProfileCommands::tr(
                      "No profiles yet. The local profile 'default' is created on first use."));
    return Success;
}

int useProfile(Invocation &inv)
{
    Context &ctx = inv.context();
    const QString name = inv.argument(QStringLiteral("NAME"));
    if (Status s = ctx.profiles().ensureDataDir(); !s)
        return inv.fail(s.error());
    // The default profile may not exist yet; it is created on first use like everywhere else.
    if (name != ProfileManager::kDefaultProfile) {
        auto info = ctx.profiles().info(name);
        if (!info)
            return inv.fail(info.error());
    }
    if (Status s = ctx.profiles().setActiveProfile(name); !s)
        return inv.fail(s.error());
    ctx.say(ProfileCommands::tr("Active profile changed to '%1'.").arg(name));
    return Success;
}

} // namespace

QList<Command> profileCommands()
{
    const QString profile = QStringLiteral("profile");
    const ArgumentSpec existing{QStringLiteral("NAME"), ProfileCommands::tr("Name of the profile."),
                                true, false};
    return {
        {{profile, QStringLiteral("list")},
         ProfileCommands::tr("List the profiles."),
         {},
         {},
         listProfiles,
         {}},
        {{profile, QStringLiteral("use")},
         ProfileCommands::tr("Make a profile the active one."),
         {existing},
         {},
         useProfile,
         {}},
    };
}

} // namespace zenml::cli
