#include "auth/secreterror.h"

#include <QCoreApplication>
#include <QStringList>
#include <qt6keychain/keychain.h>

namespace zenml::secreterror {

namespace {

// On Linux QtKeychain reports an unreachable Secret Service as OtherError carrying the GLib/D-Bus
// message, so the text is the only way to tell "no keychain" from other failures.
bool looksUnreachable(const QString &detail)
{
    static const QStringList hints{
        QStringLiteral("dbus"),
        QStringLiteral("d-bus"),
        QStringLiteral("could not connect"),
        QStringLiteral("org.freedesktop"),
        QStringLiteral("secret service"),
        QStringLiteral("serviceunknown"),
        QStringLiteral("object does not exist"),
        QStringLiteral("no such interface"),
        QStringLiteral("autolaunch"),
    };
    const QString lower = detail.toLower();
    for (const QString &hint : hints) {
        if (lower.contains(hint))
            return true;
    }
    return false;
}

} // namespace

Error noBackend(const QString &detail)
{
    const QString message =
        detail.isEmpty()
            ? QCoreApplication::translate(
                  "SecretStore",
                  "No OS keychain is available (Secret Service not running). Sign in for this "
                  "session only, or start a keyring such as GNOME Keyring.")
            : QCoreApplication::translate(
                  "SecretStore",
                  "No OS keychain is available (Secret Service not running or not reachable: %1). "
                  "Sign in for this session only, or start a keyring such as GNOME Keyring.")
                  .arg(detail);
    return Error::make(ErrorKind::Keychain, message);
}

Error locked(const QString &detail)
{
    const QString reason =
        detail.isEmpty() ? QCoreApplication::translate("SecretStore", "no reason given") : detail;
    return Error::make(ErrorKind::Keychain,
                       QCoreApplication::translate(
                           "SecretStore",
                           "The OS keychain is locked or refused access (%1). Unlock it, for "
                           "example by signing in to your desktop session, or sign in for this "
                           "session only.")
                           .arg(reason));
}

Error failed(const QString &detail)
{
    const QString reason =
        detail.isEmpty() ? QCoreApplication::translate("SecretStore", "no reason given") : detail;
    return Error::make(
        ErrorKind::Io,
        QCoreApplication::translate(
            "SecretStore",
            "The OS keychain failed (%1). Try again, or sign in for this session only.")
            .arg(reason));
}

Error badName(const QString &what)
{
    return Error::make(
        ErrorKind::Usage,
        QCoreApplication::translate("SecretStore", "Cannot keep a secret under this name: %1.")
            .arg(what));
}

Error fromQtKeychain(int code, const QString &detail)
{
    switch (code) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return noBackend(detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return locked(detail);
    case QKeychain::OtherError:
        return looksUnreachable(detail) ? noBackend(detail) : failed(detail);
    default:
        return failed(detail);
    }
}

} // namespace zenml::secreterror
