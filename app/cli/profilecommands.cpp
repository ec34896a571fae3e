// The profile group: list, use (create, update, delete: connectcommands.cpp). Profiles are files in
// the data folder, handled by ProfileManager.
#include "context.h"
#include "exitcodes.h"
#include "groups.h"
#include "invocation.h"
#include "service/profilerepair.h"
#include "service/serverurl.h"

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

int repairProfile(Invocation &inv)
{
    Context &ctx = inv.context();
    const QString name = inv.argument(QStringLiteral("NAME"));
    ProfileRepair::Options options;
    if (const auto url = inv.value(QStringLiteral("url"))) {
        auto normalized = ServerUrl::normalize(*url);
        if (!normalized)
            return inv.fail(normalized.error());
        options.serverUrl = normalized->toString();
    }
    options.username = inv.value(QStringLiteral("username")).value_or(QString());
    if (Status s = ctx.profiles().ensureDataDir(); !s)
        return inv.fail(s.error());
    ProfileRepair repair(ctx.profiles(), name, options, &ctx.secrets());
    // A test seam, as for every command that talks to the server.
    const int timeoutMs = qEnvironmentVariableIntValue("ZENML_ADMIN_NETWORK_TIMEOUT_MS");
    if (timeoutMs > 0)
        repair.setTimeout(std::chrono::milliseconds(timeoutMs));
    const auto report = repair.runSync();
    if (!report)
        return inv.fail(report.error());
    ctx.say(ProfileCommands::tr("Repaired the profile '%1'. The damaged file is kept as '%2'.")
                .arg(name, report->damagedCopy));
    ctx.say(ProfileCommands::tr("Salvaged %n queued change(s); they wait for the next sync.",
                                nullptr, report->operations));
    ctx.say(
        ProfileCommands::tr("Kept %n invitation(s) of the ledger.", nullptr, report->invitations));
    if (report->unreadable > 0)
        ctx.say(ProfileCommands::tr("SQLite could not read %n part(s) of the damaged file; what "
                                    "they held is lost.",
                                    nullptr, report->unreadable));
    if (report->pullError) {
        Error error = *report->pullError;
        error.message = ProfileCommands::tr("The profile is repaired, but its fresh copy could "
                                            "not be fetched from %1: %2 Sign in with "
                                            "'zenml-admin --profile %3 login', then run "
                                            "'zenml-admin --profile %3 sync'.")
                            .arg(report->serverUrl, error.message, name);
        return inv.fail(error);
    }
    ctx.say(ProfileCommands::tr("Fetched a fresh copy from %1.").arg(report->serverUrl));
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
        {{profile, QStringLiteral("repair")},
         ProfileCommands::tr("Repair a damaged profile: keep the damaged file, salvage its queued "
                             "changes and fetch a fresh copy from the server."),
         {existing},
         {{QStringLiteral("url"), QChar(), QStringLiteral("URL"),
           ProfileCommands::tr("The server's URL, when the damaged file no longer says it.")},
          {QStringLiteral("username"), QChar(), QStringLiteral("USER"),
           ProfileCommands::tr("The user to sign in as, when the damaged file no longer says "
                               "it.")}},
         repairProfile,
         ProfileCommands::tr(
             "The damaged file stays beside the profile as NAME.sqlite.damaged-YYYYMMDD-HHMMSS. "
             "Every queued change and invitation SQLite can still read in it is kept; the fresh "
             "profile is fetched with the saved sign-in, and the salvaged changes are sent on the "
             "next sync, where they meet the usual conflict rules. Exit codes: 0 repaired and "
             "fetched; 2 the server or user must be given; 4 the profile is not damaged, or is a "
             "local profile; 5 the file could not be read or moved; 6 or 7 repaired, but the "
             "fresh copy could not be fetched (sign in, then sync); 8 the profile is open or "
             "syncing elsewhere.")},
    };
}

} // namespace zenml::cli
