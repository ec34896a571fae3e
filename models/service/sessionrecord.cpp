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
    for (const auto &[key, value] :
         {std::pair{kUserId, userId}, std::pair{kUserName, userName},
          std::pair{kPermissions, permission::names(permissions).join(QLatin1Char(','))},
          std::pair{kServerId, serverId}, std::pair{kServerVersion, serverVersion}}) {
        if (Status s = store.setMeta(key, value); !s)
            return s;
    }
    return {};
}

Status SessionRecord::clear(LocalStore &store)
{
    for (const QString &key : {kUserId, kUserName, kPermissions}) {
        if (Status s = store.setMeta(key, QString()); !s)
            return s;
    }
    return {};
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
