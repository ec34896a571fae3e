#include "auth/jwtclaims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zenml {

namespace {

Error malformed(const QString &what)
{
    return Error::make(ErrorKind::Protocol,
                       JwtClaims::tr("The server's sign-in token is malformed: %1.").arg(what));
}

} // namespace

Result<JwtClaims> JwtClaims::decode(const QString &token)
{
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty())
        return malformed(tr("it is empty"));
    const QStringList parts = trimmed.split(QLatin1Char('.'));
    if (parts.size() != 3) {
        return malformed(tr("expected three parts separated by dots, found %1").arg(parts.size()));
    }

    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return malformed(tr("its payload is not base64url"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(tr("its payload is not JSON (%1)").arg(parseError.errorString()));
    if (!document.isObject())
        return malformed(tr("its payload is not a JSON object"));
    const QJsonObject payload = document.object();

    JwtClaims claims;
    claims.subject = payload.value(QLatin1String("sub")).toString();
    if (claims.subject.isEmpty())
        return malformed(tr("it has no 'sub' claim (the user id)"));

    const QJsonValue permissions = payload.value(QLatin1String("permissions"));
    if (!permissions.isUndefined() && !permissions.isNull()) {
        if (!permissions.isArray())
            return malformed(tr("its 'permissions' claim is not a list"));
        QStringList names;
        for (const QJsonValue name : permissions.toArray()) {
            if (!name.isString())
                return malformed(tr("its 'permissions' claim holds something other than names"));
            names << name.toString();
        }
        claims.hasPermissionsClaim = true;
        claims.permissions = permission::fromNames(names, &claims.unknownPermissions);
    }

    const QJsonValue issuer = payload.value(QLatin1String("iss"));
    if (!issuer.isUndefined() && !issuer.isString())
        return malformed(tr("its 'iss' claim is not a string"));
    claims.issuer = issuer.toString();

    const QJsonValue audience = payload.value(QLatin1String("aud"));
    if (audience.isString()) {
        claims.audience << audience.toString();
    } else if (audience.isArray()) {
        for (const QJsonValue entry : audience.toArray())
            claims.audience << entry.toString();
    } else if (!audience.isUndefined()) {
        return malformed(tr("its 'aud' claim is neither a string nor a list"));
    }

    const QJsonValue expiry = payload.value(QLatin1String("exp"));
    if (expiry.isDouble())
        claims.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(expiry.toDouble()), Qt::UTC);
    else if (!expiry.isUndefined() && !expiry.isNull())
        return malformed(tr("its 'exp' claim is not a number"));

    return claims;
}

} // namespace zenml
