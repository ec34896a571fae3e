// Server profiles and signing in: profile create/update/delete, login, logout. The verbs talk to
// ProfileManager and ServerConnection; the password comes from a prompt or stdin, never an
// argument.
#include "auth/secretstore.h"
#include "context.h"
#include "exitcodes.h"
#include "groups.h"
#include "invocation.h"
#include "passwordprompt.h"
#include "service/serverconnection.h"
#include "service/serverurl.h"
#include "store/localstore.h"
#include "syncrun.h"

#include <QCoreApplication>
#include <QTextStream>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct ConnectCommands
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::ConnectCommands)
};

const QString kUrl = QStringLiteral("url");
const QString kUsername = QStringLiteral("username");
const QString kTrust = QStringLiteral("trust-fingerprint");
const QString kInsecure = QStringLiteral("allow-insecure-http");

// The URL in its stored form; plain http:// to another computer only with --allow-insecure-http.
Result<QUrl> checkedUrl(Invocation &inv, const QString &text)
{
    auto url = ServerUrl::normalize(text);
    if (!url)
        return url.error();
    if (ServerUrl::needsInsecureConfirmation(*url) && !inv.isSet(kInsecure))
        return Error::make(ErrorKind::Usage,
                           ServerUrl::insecureWarning(*url) + QLatin1Char(' ') +
                               ConnectCommands::tr("Pass --allow-insecure-http to use it anyway."));
    return url;
}

Result<QString> checkedFingerprint(const QString &text)
{
    const QString pin = remote::ServerEndpoint::normalizeFingerprint(text);
    if (pin.isEmpty())
        return Error::make(ErrorKind::Usage,
                           ConnectCommands::tr("'%1' is not a SHA-256 fingerprint: give 64 hex "
                                               "digits, with or without colons.")
                               .arg(text.left(120)));
    return pin;
}

// Writes the facts ServerConnection keeps in the profile (pin, plain-http consent).
Status applyConnectionOptions(Context &ctx, const ProfileInfo &info, const QString &pin,
                              std::optional<bool> insecure)
{
    auto store = ctx.profiles().open(info.name);
    if (!store)
        return store.error();
    ServerConnection connection(info, *store.value(), ctx.secrets());
    if (!pin.isEmpty()) {
        if (Status s = connection.trustCertificate(pin); !s)
            return s;
    }
    if (insecure)
        return connection.setInsecureHttpAllowed(*insecure);
    return {};
}

int createProfile(Invocation &inv)
{
    Context &ctx = inv.context();
    const QString name = inv.argument(QStringLiteral("NAME"));
    const auto urlText = inv.value(kUrl);
    const auto username = inv.value(kUsername);
    if (urlText.has_value() != username.has_value())
        return inv.fail(
            Error::make(ErrorKind::Usage,
                        ConnectCommands::tr("A server profile needs both --url and --username.")));
    if (!urlText) {
        if (inv.isSet(kTrust) || inv.isSet(kInsecure))
            return inv.fail(Error::make(ErrorKind::Usage,
                                        ConnectCommands::tr("--trust-fingerprint and "
                                                            "--allow-insecure-http need --url.")));
        auto created = ctx.profiles().createLocal(name);
        if (!created)
            return inv.fail(created.error());
        ctx.say(ConnectCommands::tr("Created profile '%1'.").arg(created->name));
        return Success;
    }
    auto url = checkedUrl(inv, *urlText);
    if (!url)
        return inv.fail(url.error());
    if (username->trimmed().isEmpty())
        return inv.fail(
            Error::make(ErrorKind::Invalid, ConnectCommands::tr("The username is empty.")));
    QString pin;
    if (const auto trust = inv.value(kTrust)) {
        auto checked = checkedFingerprint(*trust);
        if (!checked)
            return inv.fail(checked.error());
        pin = *checked;
    }
    // Everything is checked before the profile exists, so a refusal leaves nothing behind.
    auto created = ctx.profiles().createServer(name, url->toString(), username->trimmed());
    if (!created)
        return inv.fail(created.error());
    std::optional<bool> insecure;
    if (inv.isSet(kInsecure))
        insecure = true;
    if (Status s = applyConnectionOptions(ctx, *created, pin, insecure); !s) {
        (void)ctx.profiles().remove(name);
        return inv.fail(s.error());
    }
    ctx.say(ConnectCommands::tr(
                "Created profile '%1' for %2 as '%3'. Sign in with: zenml-admin --profile %1 login")
                .arg(created->name, created->serverUrl, created->username));
    return Success;
}

int updateProfile(Invocation &inv)
{
    Context &ctx = inv.context();
    auto info = ctx.profiles().info(inv.argument(QStringLiteral("NAME")));
    if (!info)
        return inv.fail(info.error());
    if (info->kind != ProfileKind::Server)
        return inv.fail(Error::make(
            ErrorKind::Usage,
            ConnectCommands::tr(
                "'%1' is a local profile; only server profiles have a URL and user name.")
                .arg(info->name)));
    if (!inv.isSet(kUrl) && !inv.isSet(kUsername) && !inv.isSet(kTrust) && !inv.isSet(kInsecure))
        return inv.fail(Error::make(ErrorKind::Usage,
                                    ConnectCommands::tr("Nothing to change. Give --url, "
                                                        "--username or --trust-fingerprint.")));
    ProfileInfo changed = *info;
    if (const auto text = inv.value(kUrl)) {
        auto url = checkedUrl(inv, *text);
        if (!url)
            return inv.fail(url.error());
        changed.serverUrl = url->toString();
    }
    if (const auto username = inv.value(kUsername)) {
        if (username->trimmed().isEmpty())
            return inv.fail(
                Error::make(ErrorKind::Invalid, ConnectCommands::tr("The username is empty.")));
        changed.username = username->trimmed();
    }
    if (const auto trust = inv.value(kTrust)) {
        // An empty value removes the pin.
        auto checked = trust->isEmpty() ? Result<QString>(QString()) : checkedFingerprint(*trust);
        if (!checked)
            return inv.fail(checked.error());
        changed.fingerprint = *checked;
    }
    if (Status s = ctx.profiles().update(changed); !s)
        return inv.fail(s.error());
    if (inv.isSet(kInsecure)) {
        if (Status s = applyConnectionOptions(ctx, changed, {}, true); !s)
            return inv.fail(s.error());
    }
    ctx.say(ConnectCommands::tr("Updated profile '%1'.").arg(changed.name));
    // Another server or user: the saved sign-in belongs to the old one.
    if (changed.serverUrl != info->serverUrl || changed.username != info->username) {
        auto store = ctx.profiles().open(changed.name);
        if (store) {
            ServerConnection connection(changed, *store.value(), ctx.secrets());
            auto note = connection.logoutSync();
            ctx.say(ConnectCommands::tr(
                        "Signed out of the old server or user. Sign in again with: zenml-admin "
                        "--profile %1 login")
                        .arg(changed.name));
            if (note && !note->isEmpty())
                ctx.say(*note);
        }
    }
    return Success;
}

int deleteProfile(Invocation &inv)
{
    Context &ctx = inv.context();
    const QString name = inv.argument(QStringLiteral("NAME"));
    const bool force = inv.isSet(QStringLiteral("force"));
    if (Status s = ctx.profiles().remove(name, force); !s) {
        Error error = s.error();
        if (error.kind == ErrorKind::Forbidden)
            error.message +=
                QLatin1Char(' ') + ConnectCommands::tr("To delete it anyway, add --force.");
        return inv.fail(error);
    }
    ctx.say(ConnectCommands::tr("Deleted profile '%1'.").arg(name));
    // The profile's saved password and invitation tokens go with it.
    if (Status s = ctx.secrets().removeAllSync(name); !s)
        ctx.say(ConnectCommands::tr("Its keychain entries could not be removed: %1")
                    .arg(s.error().message));
    return Success;
}

void explainCertificate(Context &ctx, const remote::CertificateInfo &certificate)
{
    ctx.say(ConnectCommands::tr("The server's certificate:"));
    ctx.say(ConnectCommands::tr("  Subject: %1").arg(certificate.subject));
    ctx.say(ConnectCommands::tr("  Issuer:  %1").arg(certificate.issuer));
    ctx.say(ConnectCommands::tr("  SHA-256: %1").arg(certificate.sha256));
    ctx.say(ConnectCommands::tr("If you trust it, pin it with: zenml-admin profile update %1 "
                                "--trust-fingerprint %2")
                .arg(ctx.profileName(), certificate.sha256));
}

// The first full pull of the server's users, teams, roles, workspaces and assignments into the
// profile's mirror, by the sync engine (re-login on a 401 included).
Status pullEverything(Context &ctx, AdminService &service, ServerConnection &connection)
{
    sync::SyncEngine engine(service.store(), connection.api());
    setUpEngine(engine, ctx, connection);
    const auto report = sync::awaitSync(engine, sync::SyncMode::PullOnly, true);
    if (!report)
        return Error::make(ErrorKind::Cancelled, ConnectCommands::tr("The sync could not start."));
    if (report->error)
        return *report->error;
    return {};
}

Result<ServerConnection *> serverConnection(Context &ctx)
{
    auto connection = ctx.connection();
    if (!connection)
        return connection.error();
    return *connection;
}

int login(Invocation &inv)
{
    Context &ctx = inv.context();
    auto connection = serverConnection(ctx);
    if (!connection)
        return inv.fail(connection.error());
    ServerConnection &conn = **connection;
    QTextStream err(stderr);
    auto password = readPassword(inv.isSet(QStringLiteral("password-stdin")),
                                 ConnectCommands::tr("Password for %1 at %2: ")
                                     .arg(conn.profile().username, conn.profile().serverUrl),
                                 err);
    if (!password)
        return inv.fail(password.error());
    auto outcome = conn.loginSync(*password, !inv.isSet(QStringLiteral("no-remember")));
    if (!outcome) {
        const int code = inv.fail(outcome.error());
        if (const auto certificate = conn.rejectedCertificate())
            explainCertificate(ctx, *certificate);
        return code;
    }
    const QStringList permissions = permission::names(outcome->record.permissions);
    ctx.say(ConnectCommands::tr("Signed in to %1 (ZenML %2) as '%3' with the permissions: %4.")
                .arg(conn.profile().serverUrl, outcome->server.version, conn.profile().username,
                     permissions.isEmpty() ? ConnectCommands::tr("none")
                                           : permissions.join(QStringLiteral(", "))));
    if (!outcome->note.isEmpty())
        ctx.say(outcome->note);
    else if (outcome->passwordStored)
        ctx.say(ConnectCommands::tr("The password is saved in the keychain for later runs."));
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    if (Status pulled = pullEverything(ctx, **service, conn); !pulled) {
        ctx.say(ConnectCommands::tr(
            "Signed in, but fetching the server's data failed; the local copy is as "
            "it was."));
        return inv.fail(pulled.error());
    }
    const auto size = [](const auto &rows) -> qsizetype { return rows ? rows->size() : 0; };
    AdminService &admin = **service;
    ctx.say(ConnectCommands::tr("Fetched %1 users, %2 teams, %3 roles and %4 workspaces.")
                .arg(size(admin.users()))
                .arg(size(admin.teams()))
                .arg(size(admin.roles()))
                .arg(size(admin.workspaces())));
    return Success;
}

int logout(Invocation &inv)
{
    Context &ctx = inv.context();
    auto connection = serverConnection(ctx);
    if (!connection)
        return inv.fail(connection.error());
    auto note = (*connection)->logoutSync();
    if (!note)
        return inv.fail(note.error());
    ctx.say(ConnectCommands::tr("Signed out of profile '%1'; the saved password is removed.")
                .arg(ctx.profileName()));
    if (!note->isEmpty())
        ctx.say(*note);
    return Success;
}
} // namespace

QList<Command> connectCommands()
{
    const QString profile = QStringLiteral("profile");
    const OptionSpec trust{
        kTrust, QChar(), QStringLiteral("SHA256"),
        ConnectCommands::tr("Trust the server's certificate with this SHA-256 fingerprint "
                            "even though it does not verify (self-signed)."),
        false};
    const OptionSpec insecure{
        kInsecure, QChar(), QString(),
        ConnectCommands::tr("Accept a plain http:// URL to another computer (the password "
                            "crosses the network unencrypted)."),
        false};
    return {
        {{profile, QStringLiteral("create")},
         ConnectCommands::tr("Create a profile: local, or for a server with --url and --username."),
         {{QStringLiteral("NAME"), ConnectCommands::tr("Name of the new profile."), true, false}},
         {{kUrl, QChar(), QStringLiteral("URL"),
           ConnectCommands::tr("The ZenML server's URL, for a server profile."), false},
          {kUsername, QChar(), QStringLiteral("USER"),
           ConnectCommands::tr("The user to sign in as, for a server profile."), false},
          trust,
          insecure},
         createProfile,
         ConnectCommands::tr(
             "A local profile starts like a fresh ZenML server: roles admin and guest, the "
             "default workspace and the default user. A server profile is signed in to with "
             "'zenml-admin login'.")},
        {{profile, QStringLiteral("update")},
         ConnectCommands::tr("Change a server profile's URL, user name or trusted certificate."),
         {{QStringLiteral("NAME"), ConnectCommands::tr("Name of the profile."), true, false}},
         {{kUrl, QChar(), QStringLiteral("URL"), ConnectCommands::tr("The new server URL."), false},
          {kUsername, QChar(), QStringLiteral("USER"), ConnectCommands::tr("The new user name."),
           false},
          trust,
          insecure},
         updateProfile,
         ConnectCommands::tr(
             "Changing the URL or the user name signs out. An empty --trust-fingerprint removes "
             "the pin.")},
        {{profile, QStringLiteral("delete")},
         ConnectCommands::tr("Delete a profile, its local data and its saved password."),
         {{QStringLiteral("NAME"), ConnectCommands::tr("Name of the profile."), true, false}},
         {{QStringLiteral("force"), QChar(), QString(),
           ConnectCommands::tr("Delete it even if it holds changes not yet sent to its server "
                               "(they are lost)."),
           false}},
         deleteProfile,
         ConnectCommands::tr("A profile whose changes are not all on its server yet is kept "
                             "unless --force is given; 'zenml-admin --profile NAME pending list' "
                             "shows them.")},
        {{QStringLiteral("login")},
         ConnectCommands::tr(
             "Sign in to the server of the profile and fetch its users, teams and roles."),
         {},
         {{QStringLiteral("password-stdin"), QChar(), QString(),
           ConnectCommands::tr("Read the password from the first line of standard input."), false},
          {QStringLiteral("no-remember"), QChar(), QString(),
           ConnectCommands::tr(
               "Do not save the password in the keychain (and remove a saved one)."),
           false}},
         login,
         ConnectCommands::tr(
             "Without --password-stdin the password is asked for on the terminal. It is never "
             "taken from an argument.")},
        {{QStringLiteral("logout")},
         ConnectCommands::tr("Sign out of the profile's server and remove the saved password."),
         {},
         {},
         logout,
         {}},
    };
}

} // namespace zenml::cli
