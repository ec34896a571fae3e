#include "about/about.h"

#include "service/profilemanager.h"
#include "service/sessionrecord.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QUrl>
#include <QtGlobal>

namespace zenml::about {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct About
{
    Q_DECLARE_TR_FUNCTIONS(zenml::about::About)
};

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}
} // namespace

QString version()
{
    return QStringLiteral(ZENML_ADMIN_VERSION);
}

QString versionText()
{
    QString text = QStringLiteral("zenml-admin %1\n").arg(version());
    if (!gitDescribe().isEmpty())
        text += QStringLiteral("git %1\n").arg(gitDescribe());
    return text;
}

QString keychainBackend()
{
    // In English (a bug report's language); rows() translates it for the About box.
#if defined(Q_OS_MACOS)
    return QStringLiteral(QT_TRANSLATE_NOOP("zenml::about::About", "macOS Keychain"));
#elif defined(Q_OS_WIN)
    return QStringLiteral(QT_TRANSLATE_NOOP("zenml::about::About", "Windows Credential Manager"));
#else
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return QStringLiteral(QT_TRANSLATE_NOOP(
            "zenml::about::About", "Secret Service (libsecret), no D-Bus session bus"));
    return QStringLiteral(
        QT_TRANSLATE_NOOP("zenml::about::About", "Secret Service (libsecret) over D-Bus"));
#endif
}

QString withoutUserInfo(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid())
        return {};
    return parsed.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString();
}

Facts gather(const QString &dataDir, const ProfileInfo *info, const LocalStore *store)
{
    Facts facts;
    facts.version = version();
    facts.gitDescribe = gitDescribe();
    facts.qtVersion = QString::fromLatin1(qVersion());
    facts.qtBuildVersion = QStringLiteral(QT_VERSION_STR);
    facts.platform = QStringLiteral("%1, %2").arg(QSysInfo::prettyProductName(),
                                                  QSysInfo::currentCpuArchitecture());
    facts.keychainBackend = keychainBackend();
    facts.dataDir = dataDir;
    if (info) {
        facts.profile = info->name;
        facts.serverProfile = info->kind == ProfileKind::Server;
        if (facts.serverProfile)
            facts.serverUrl = withoutUserInfo(info->serverUrl);
    }
    if (facts.serverProfile && store) {
        if (auto record = SessionRecord::load(*store))
            facts.serverVersion = record->serverVersion;
    }
    return facts;
}

QList<std::pair<QString, QString>> rows(const Facts &facts)
{
    QList<std::pair<QString, QString>> out;
    QString version = facts.version;
    if (!facts.gitDescribe.isEmpty())
        version += QStringLiteral(" (git %1)").arg(facts.gitDescribe);
    out.append({About::tr("Version"), version});
    out.append({About::tr("Qt version"),
                facts.qtVersion == facts.qtBuildVersion
                    ? facts.qtVersion
                    : About::tr("%1 (built with %2)").arg(facts.qtVersion, facts.qtBuildVersion)});
    out.append({About::tr("System"), facts.platform});
    out.append({About::tr("Keychain"), About::tr(facts.keychainBackend.toUtf8().constData())});
    out.append({About::tr("Data folder"), facts.dataDir});
    if (!facts.profile.isEmpty()) {
        out.append({About::tr("Profile"), facts.serverProfile
                                              ? About::tr("%1 (server)").arg(facts.profile)
                                              : About::tr("%1 (local)").arg(facts.profile)});
    }
    if (facts.serverProfile) {
        out.append({About::tr("Server"), orDash(facts.serverUrl)});
        out.append({About::tr("ZenML version"), facts.serverVersion.isEmpty()
                                                    ? About::tr("not known yet (sign in once)")
                                                    : facts.serverVersion});
    }
    return out;
}

QString reportText(const Facts &facts)
{
    QString text;
    const auto line = [&text](const char *label, const QString &value) {
        text += QStringLiteral("%1: %2\n").arg(QLatin1String(label), orDash(value));
    };
    line("zenml-admin", facts.version);
    if (!facts.gitDescribe.isEmpty())
        line("git", facts.gitDescribe);
    line("Qt",
         facts.qtVersion == facts.qtBuildVersion
             ? facts.qtVersion
             : QStringLiteral("%1 (built with %2)").arg(facts.qtVersion, facts.qtBuildVersion));
    line("System", facts.platform);
    line("Keychain", facts.keychainBackend);
    line("Data folder", facts.dataDir);
    if (!facts.profile.isEmpty())
        line("Profile kind",
             facts.serverProfile ? QStringLiteral("server") : QStringLiteral("local"));
    if (facts.serverProfile) {
        line("Server", facts.serverUrl);
        line("ZenML version", facts.serverVersion);
    }
    return text;
}

} // namespace zenml::about
