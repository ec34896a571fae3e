#include "sessionrecord.h"

#include "store/localstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zenml {

namespace {
const QString kUserId = QStringLiteral("session_user_id");
const QString kUserName = QStringLiteral("session_user_name");
const QString kPermissions = QStringLiteral("session_permissions");
const QString kServerId = QStringLiteral("server_id");
const QString kServerVersion = QStringLiteral("server_version");

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

Result<SessionRecord> SessionRecord::load(const LocalStore &store)
{
    SessionRecord record;
    for (const auto &[key, target] :
         {std::pair{kUserId, &record.userId}, std::pair{kUserName, &record.userName},
          std::pair{kServerId, &record.serverId},
          std::pair{kServerVersion, &record.serverVersion}}) {
        auto value = store.meta(key);
        if (!value)
            return value.error();
        *target = *value;
    }
    auto permissions = store.meta(kPermissions);
    if (!permissions)
        return permissions.error();
    record.permissions =
        permission::fromNames(permissions->split(QLatin1Char(','), Qt::SkipEmptyParts));
    return record;
}

Status SessionRecord::save(LocalStore &store) const
{
    // One transaction: a record never names one user with another's permissions.
    return store.setMeta({{kUserId, userId},
                          {kUserName, userName},
                          {kPermissions, permission::names(permissions).join(QLatin1Char(','))},
                          {kServerId, serverId},
                          {kServerVersion, serverVersion}});
}

Status SessionRecord::clear(LocalStore &store)
{
    return store.setMeta({{kUserId, QString()}, {kUserName, QString()}, {kPermissions, QString()}});
}

Session SessionRecord::gateSession() const
{
    if (!isSignedIn())
        return {};
    // Session is built from a token only; an unsigned one carrying the recorded claims gives the
    // same answers and wording as the real sign-in did.
    const QJsonObject claims{{QStringLiteral("sub"), userId},
                             {QStringLiteral("permissions"),
                              QJsonArray::fromStringList(permission::names(permissions))}};
    const QByteArray token = base64Url(R"({"alg":"none","typ":"JWT"})") + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' +
                             "recorded";
    auto session = Session::fromToken(QString::fromLatin1(token), userName);
    return session ? *session : Session();
}

} // namespace zenml
