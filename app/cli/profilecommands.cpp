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
QString tr(const char *text)
{
    return QCoreApplication::translate("zenml::cli::ProfileCommands", text);
}

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
                  {{QStringLiteral("name"), tr("NAME")},
                   {QStringLiteral("kind"), tr("KIND")},
                   {QStringLiteral("active"), tr("ACTIVE")},
                   {QStringLiteral("server_url"), tr("SERVER")},
                   {QStringLiteral("username"), tr("USERNAME")}},
                  tr("No profiles yet. The local profile 'default' is created on first use."));
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
    ctx.say(tr("Active profile changed to '%1'.").arg(name));
    return Success;
}

} // namespace

QList<Command> profileCommands()
{
    const QString profile = QStringLiteral("profile");
    const ArgumentSpec existing{QStringLiteral("NAME"), tr("Name of the profile."), true, false};
    return {
        {{profile, QStringLiteral("list")}, tr("List the profiles."), {}, {}, listProfiles, {}},
        {{profile, QStringLiteral("use")},
         tr("Make a profile the active one."),
         {existing},
         {},
         useProfile,
         {}},
    };
}

} // namespace zenml::cli
