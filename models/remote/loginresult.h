#pragma once

#include "domain/permission.h"

#include <QString>
#include <optional>

namespace zenml::remote {

// The answer to POST /api/v1/login plus the claims read from the token's payload (no signature
// check: the client only uses them to shape its UI; the server enforces them).
struct LoginResult
{
    QString accessToken;             // credential: keychain or memory only, never logged
    QString tokenType;               // "bearer"
    std::optional<qint64> expiresIn; // seconds; absent before 0.45 and null by default after
    QString refreshToken;    // credential; empty unless the server is configured to issue one
    QString userId;          // claim "sub"
    Permissions permissions; // claim "permissions", frozen at login
    QString serverId;        // claim "iss" (0.45+), empty before
};

} // namespace zenml::remote
