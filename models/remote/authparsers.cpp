#include "jsonreader.h"
#include "parsers.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace zenml::remote::parse {

namespace {

Error tokenError(const QString &what)
{
    Error e;
    e.kind = ErrorKind::Protocol;
    // The token itself is a credential and never goes into a message.
    //: %1 says what is wrong with the access token
    e.message = JsonReader::tr("The server sent an access token that ZenML Admin cannot read: %1.")
                    .arg(what);
    return e;
}

// Reads the claims of a JWT payload: base64url, no padding, no signature check.
Status readClaims(const QString &token, LoginResult *out)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return tokenError(JsonReader::tr("it is not a JSON Web Token"));
    const auto decoded = QByteArray::fromBase64Encoding(
        parts[1].toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return tokenError(JsonReader::tr("its payload is not base64url"));
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &jsonError);
    if (!doc.isObject())
        return tokenError(JsonReader::tr("its payload is not a JSON object"));
    const JsonReader r(doc.object(), QStringLiteral("access_token.claims"));
    out->userId = r.uuid(QStringLiteral("sub"));
    QStringList unknown;
    const QStringList names = r.stringArray(QStringLiteral("permissions"));
    out->permissions = permission::fromNames(names, &unknown);
    if (r.ok() && !unknown.isEmpty())
        r.fail(JsonReader::tr("holds an unknown permission \"%1\"").arg(unknown.first().left(40)),
               QStringLiteral("permissions"));
    out->serverId = r.optionalString(QStringLiteral("iss"));
    if (!r.ok())
        return r.error();
    return {};
}

} // namespace

Result<ServerInfo> serverInfo(const QJsonValue &json)
{
    const JsonReader r(json);
    ServerInfo info;
    info.id = r.uuid(QStringLiteral("id"));
    info.version = r.string(QStringLiteral("version"));
    info.deploymentType = r.string(QStringLiteral("deployment_type"));
    info.databaseType = r.string(QStringLiteral("database_type"));
    info.secretsStoreType = r.optionalString(QStringLiteral("secrets_store_type"));
    info.authScheme = r.optionalString(QStringLiteral("auth_scheme"));
    info.debug = r.optionalBoolean(QStringLiteral("debug"));
    if (!r.ok())
        return r.error();
    return info;
}

Result<QString> version(const QJsonValue &json)
{
    if (json.isString() && !json.toString().isEmpty())
        return json.toString();
    const JsonReader r(json);
    r.fail(JsonReader::tr("should be a version string but is %1").arg(JsonReader::typeName(json)));
    return r.error();
}

Result<LoginResult> login(const QJsonValue &json)
{
    const JsonReader r(json);
    LoginResult out;
    out.accessToken = r.string(QStringLiteral("access_token"));
    out.tokenType = r.string(QStringLiteral("token_type"));
    out.expiresIn = r.optionalInteger(QStringLiteral("expires_in"));
    out.refreshToken = r.optionalString(QStringLiteral("refresh_token"));
    r.optionalString(QStringLiteral("scope"));
    if (!r.ok())
        return r.error();
    if (out.tokenType.compare(QStringLiteral("bearer"), Qt::CaseInsensitive) != 0) {
        r.fail(JsonReader::tr("should be \"bearer\""), QStringLiteral("token_type"));
        return r.error();
    }
    if (const Status claims = readClaims(out.accessToken, &out); !claims)
        return claims.error();
    return out;
}

} // namespace zenml::remote::parse
