#include "invitationlink.h"

#include <QUrl>
#include <QUrlQuery>

namespace zenml {

namespace {
QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}
} // namespace

QString InvitationLink::build(const QString &serverUrl, const QString &userId,
                              const QString &userName, const QString &token)
{
    QString base = serverUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QStringLiteral("%1/signup?user=%2&username=%3&token=%4")
        .arg(base, encoded(userId), encoded(userName), encoded(token));
}

std::optional<InvitationLink::Parts> InvitationLink::parse(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid() || !url.path().endsWith(QLatin1String("/signup")))
        return std::nullopt;
    const QUrlQuery query(url);
    Parts parts;
    parts.userId = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    parts.userName = query.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
    parts.token = query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (parts.userId.isEmpty() || parts.userName.isEmpty() || parts.token.isEmpty())
        return std::nullopt;
    return parts;
}

QString InvitationLink::inactiveNotice()
{
    //: Printed as zenml prints it after creating a user without a password; the link follows.
    return tr("The created user account is currently inactive. You can activate it by visiting "
              "the dashboard at the following URL:");
}

} // namespace zenml
