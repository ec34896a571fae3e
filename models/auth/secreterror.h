#pragma once

#include "domain/error.h"

#include <QString>

// The errors a SecretStore reports, worded in one place so the CLI and the GUI say the same thing.
namespace zenml::secreterror {

// ErrorKind::Keychain: there is no keychain to talk to (no Secret Service, no D-Bus, no
// collection).
Error noBackend(const QString &detail = {});
// ErrorKind::Keychain: the keychain exists but is locked or refused access.
Error locked(const QString &detail = {});
// ErrorKind::Io: the keychain was reached but the operation failed for another reason.
Error failed(const QString &detail = {});
// ErrorKind::Usage: a profile or key name the store cannot hold.
Error badName(const QString &what);

// Classifies a QKeychain::Error code (not NoError, not EntryNotFound) and its errorString().
Error fromQtKeychain(int code, const QString &detail);

} // namespace zenml::secreterror
