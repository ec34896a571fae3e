#pragma once

#include "domain/error.h"
#include "testserver.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrl>

// Helpers shared by the connect tests: users on the test server, and a search of every file
// below a folder for a secret.
namespace zenml {
class LocalStore;
class ServerConnection;
} // namespace zenml

namespace zenml::connecttest {

// The first full pull into the profile's mirror, as the app does it: the sync engine with the
// connection's api() and reauthenticate().
Status pullAll(LocalStore &store, ServerConnection &connection);

// Creates an active user with a password on the test server and gives it a global role.
// Returns an empty string on success, else what went wrong.
QString addUser(test::TestServer &server, const QString &name, const QString &password,
                const QString &role);

// Every file below `folder` (recursively) that contains `secret` as UTF-8, UTF-16 or base64.
QStringList filesContaining(const QString &folder, const QString &secret);

// A loopback URL where nothing listens (a port that was free a moment ago).
QUrl refusedUrl();

// A self-signed certificate and key made now with the openssl command (null when it failed).
std::pair<QSslCertificate, QSslKey> selfSignedCertificate();

} // namespace zenml::connecttest
