#pragma once

#include "domain/error.h"
#include "domain/permission.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace zenml {

// The claims of a ZenML access token (a JWT), read from its payload. The signature is not checked:
// the server does that; the client only needs to know who it is and what it may do.
struct JwtClaims
{
    Q_DECLARE_TR_FUNCTIONS(JwtClaims)

public:
    QString subject;                    // "sub": the user id (always present)
    Permissions permissions;            // "permissions"; empty when the claim is absent
    bool hasPermissionsClaim = false;   // false: the server sent no "permissions" claim at all
    QStringList unknownPermissions;     // names outside read/write/me, ignored
    QString issuer;                     // "iss": the server id, from 0.45; empty before
    QStringList audience;               // "aud" (a string or a list); empty when absent
    std::optional<QDateTime> expiresAt; // "exp"; ZenML sets none by default

    // ErrorKind::Protocol with a message naming what is wrong (never quoting the token).
    static Result<JwtClaims> decode(const QString &token);
};

} // namespace zenml
