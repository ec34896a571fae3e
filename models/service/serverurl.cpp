#include "serverurl.h"

#include <QHostAddress>

namespace zenml {

Result<QUrl> ServerUrl::normalize(const QString &text)
{
    const QString trimmed = text.trimmed();
    const auto invalid = [&trimmed](const QString &why) {
        //: %1 the URL as typed, %2 what is wrong with it
        return Error::make(ErrorKind::Invalid, tr("'%1' is not a server URL: %2. Use the form "
                                                  "https://zenml.example.com.")
                                                   .arg(trimmed, why));
    };
    if (trimmed.isEmpty())
        return Error::make(ErrorKind::Invalid,
                           tr("The server URL is empty. Use the form https://zenml.example.com."));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(tr("it cannot be parsed"));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return invalid(tr("it must start with https:// or http://"));
    if (url.host().isEmpty())
        return invalid(tr("it names no host"));
    if (!url.userInfo().isEmpty())
        return invalid(tr("it must not carry a user name or password"));
    if (url.hasQuery() || url.hasFragment())
        return invalid(tr("it must not carry a query or fragment"));
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // "/api/v1" is where the client adds the routes; typed by the admin it would be doubled.
    if (path.endsWith(QLatin1String("/api/v1")))
        path.chop(7);
    url.setPath(path, QUrl::TolerantMode);
    if ((scheme == QLatin1String("https") && url.port() == 443) ||
        (scheme == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);
    return url;
}

bool ServerUrl::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ServerUrl::needsInsecureConfirmation(const QUrl &url)
{
    return url.scheme().toLower() == QLatin1String("http") && !isLoopback(url);
}

QString ServerUrl::insecureWarning(const QUrl &url)
{
    //: %1 the host name
    return tr("The server URL uses plain http:// to %1, another computer: your password and "
              "session token would cross the network unencrypted. Use https:// if the server "
              "offers it.")
        .arg(url.host());
}

} // namespace zenml
