#pragma once

#include "auth/jwtclaims.h"
#include "domain/error.h"
#include "domain/permission.h"

#include <QCoreApplication>
#include <QString>

namespace zenml {

// Who is signed in to a server profile and what the token allows; memory only, never stored.
// A default-constructed Session is signed out and allows nothing. A local profile uses
// unrestricted(): roles are recorded there but not enforced, as in ZenML's local mode.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)
public:
    Session() = default;

    // userName is the name the admin signed in with (the token carries only the user id).
    static Result<Session> fromToken(const QString &bearerToken, const QString &userName);
    static Session unrestricted(const QString &userName = {});

    bool isSignedIn() const { return m_unrestricted || !m_token.isEmpty(); }
    bool isUnrestricted() const { return m_unrestricted; }

    const QString &bearerToken() const { return m_token; } // empty when unrestricted or signed out
    QString userId() const { return m_claims.subject; }
    QString userName() const { return m_userName; }
    QString serverId() const { return m_claims.issuer; } // empty before ZenML 0.45
    Permissions permissions() const;
    const JwtClaims &claims() const { return m_claims; }

    bool can(Permission permission) const;
    // ErrorKind::PermissionDenied naming the user, the missing permission and the action, e.g.
    // require(Permission::Write, tr("create user")).
    Status require(Permission permission, const QString &actionDescription) const;

private:
    QString m_token;
    QString m_userName;
    JwtClaims m_claims;
    bool m_unrestricted = false;
};

} // namespace zenml
