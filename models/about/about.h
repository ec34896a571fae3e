#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace zenml {
class LocalStore;
struct ProfileInfo;
} // namespace zenml

namespace zenml::about {

// The project version ("0.1.0").
QString version();
// `git describe` of the checkout this was built from; empty for a build outside git.
QString gitDescribe();
// What --version prints: "zenml-admin 0.1.0", and on a second line "git <describe>" for a build
// from a git checkout.
QString versionText();

// The facts a bug report needs, gathered once for the About box, "Report a problem…" and the
// command line. Never a secret: no password, token or user name; a server URL loses any user
// name or password written into it.
struct Facts
{
    QString version;
    QString gitDescribe;
    QString qtVersion;      // the Qt the program runs with
    QString qtBuildVersion; // the Qt it was built against
    QString platform;       // "Debian GNU/Linux 12 (bookworm), x86_64"
    QString keychainBackend;
    QString dataDir;
    QString profile;
    bool serverProfile = false;
    QString serverUrl;     // server profiles only, without user info
    QString serverVersion; // server profiles only, from the last sign-in or check; may be empty
};

// The keychain QtKeychain uses on this platform, and on Linux whether a session bus is there to
// reach it.
QString keychainBackend();

// Gathers the facts; info and store may be null (then only the build and machine facts are set).
Facts gather(const QString &dataDir, const ProfileInfo *info, const LocalStore *store);

// Label and value rows in the user's language, for the About box.
QList<std::pair<QString, QString>> rows(const Facts &facts);
// Plain text for a bug report, in English whatever the language, so the maintainers can read it.
QString reportText(const Facts &facts);

// A URL without the user name and password it may carry.
QString withoutUserInfo(const QString &url);

} // namespace zenml::about
