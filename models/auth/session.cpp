#include "auth/session.h"

namespace zenml {

Result<Session> Session::fromToken(const QString &bearerToken, const QString &userName)
{
    Result<JwtClaims> claims = JwtClaims::decode(bearerToken);
    if (!claims)
        return claims.error();
    Session session;
    session.m_token = bearerToken.trimmed();
    session.m_userName = userName;
    session.m_claims = std::move(claims).value();
    return session;
}

Session Session::unrestricted(const QString &userName)
{
    Session session;
    session.m_userName = userName;
    session.m_unrestricted = true;
    session.m_claims.permissions = Permission::Read | Permission::Write | Permission::Me;
    return session;
}

Permissions Session::permissions() const
{
    return m_claims.permissions;
}

bool Session::can(Permission permission) const
{
    if (m_unrestricted)
        return true;
    return !m_token.isEmpty() && m_claims.permissions.testFlag(permission);
}

Status Session::require(Permission permission, const QString &actionDescription) const
{
    if (can(permission))
        return {};
    if (!isSignedIn()) {
        return Error::make(ErrorKind::PermissionDenied,
                           tr("You are not signed in, so '%1' is not allowed. Sign in first.")
                               .arg(actionDescription));
    }
    const QString who = m_userName.isEmpty() ? m_claims.subject : m_userName;
    const QString name = permission::name(permission);
    //: %1 user name, %2 permission name (read, write, me), %3 the action, e.g. "create user"
    return Error::make(ErrorKind::PermissionDenied,
                       tr("You are signed in as '%1' without the '%2' permission, so '%3' is not "
                          "allowed. Ask an admin for a role with %2, then sign in again.")
                           .arg(who, name, actionDescription));
}

} // namespace zenml
