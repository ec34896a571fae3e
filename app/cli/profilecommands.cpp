// The profile group: list, create, use, delete. Profiles are files in the data folder, handled by
// ProfileManager.
#include "context.h"
#include "exitcodes.h"
#include "groups.h"
#include "invocation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

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

int createProfile(Invocation &inv)
{
    Context &ctx = inv.context();
    const QString name = inv.argument(QStringLiteral("NAME"));
    const auto url = inv.value(QStringLiteral("url"));
    const auto username = inv.value(QStringLiteral("username"));
    if (url.has_value() != username.has_value())
        return inv.fail(
            Error::make(ErrorKind::Usage, tr("A server profile needs both --url and --username.")));
    if (url) {
        const QUrl parsed(*url, QUrl::StrictMode);
        if (!parsed.isValid() ||
            (parsed.scheme() != QLatin1String("http") &&
             parsed.scheme() != QLatin1String("https")) ||
            parsed.host().isEmpty())
            return inv.fail(
                Error::make(ErrorKind::Invalid, tr("'%1' is not a server URL. Use the form "
                                                   "https://zenml.example.com.")
                                                    .arg(*url)));
        if (username->trimmed().isEmpty())
            return inv.fail(Error::make(ErrorKind::Invalid, tr("The username is empty.")));
    }
    auto created =
        url ? ctx.profiles().createServer(name, *url, *username) : ctx.profiles().createLocal(name);
    if (!created)
        return inv.fail(created.error());
    ctx.say(tr("Created profile '%1'.").arg(created->name));
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

int deleteProfile(Invocation &inv)
{
    Context &ctx = inv.context();
    const QString name = inv.argument(QStringLiteral("NAME"));
    if (Status s = ctx.profiles().remove(name); !s)
        return inv.fail(s.error());
    ctx.say(tr("Deleted profile '%1'.").arg(name));
    return Success;
}
} // namespace

QList<Command> profileCommands()
{
    const QString profile = QStringLiteral("profile");
    const ArgumentSpec existing{QStringLiteral("NAME"), tr("Name of the profile."), true, false};
    return {
        {{profile, QStringLiteral("list")}, tr("List the profiles."), {}, {}, listProfiles, {}},
        {{profile, QStringLiteral("create")},
         tr("Create a profile: local, or for a server with --url and --username."),
         {{QStringLiteral("NAME"), tr("Name of the new profile."), true, false}},
         {{QStringLiteral("url"), QChar(), QStringLiteral("URL"),
           tr("The ZenML server's URL, for a server profile."), false},
          {QStringLiteral("username"), QChar(), QStringLiteral("USER"),
           tr("The user to sign in as, for a server profile."), false}},
         createProfile,
         tr("A local profile starts like a fresh ZenML server: roles admin and guest, the "
            "default workspace and the default user. Signing in to a server profile comes in a "
            "later version.")},
        {{profile, QStringLiteral("use")},
         tr("Make a profile the active one."),
         {existing},
         {},
         useProfile,
         {}},
        {{profile, QStringLiteral("delete")},
         tr("Delete a profile and its local data."),
         {existing},
         {},
         deleteProfile,
         {}},
    };
}

} // namespace zenml::cli
