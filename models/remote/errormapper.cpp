#include "errormapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cctype>

namespace zenml::remote {

namespace {

// What a ZenML error body said, whatever its shape.
struct Detail
{
    QString exceptionClass;
    QString message;
};

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("html"))
        return true;
    return body.trimmed().startsWith('<');
}

// `shift`: how far the error offset is from the body's own (1 when the body was wrapped).
std::optional<QJsonValue> parseJsonValue(const QByteArray &body, QJsonParseError *error,
                                         int *shift = nullptr)
{
    // QJsonDocument only takes an object or an array at the top; wrapping the body in [] also
    // accepts the scalars the API returns ("OK", "0.47.0", null) without a second parser.
    // Objects and lists (every page of a pull) are read as they are, without copying them.
    const auto first =
        std::find_if_not(body.cbegin(), body.cend(), [](char c) { return std::isspace(uchar(c)); });
    if (first != body.cend() && (*first == '{' || *first == '[')) {
        if (shift)
            *shift = 0;
        const QJsonDocument doc = QJsonDocument::fromJson(body, error);
        if (error->error != QJsonParseError::NoError)
            return std::nullopt;
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    if (shift)
        *shift = 1;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + body + ']', error);
    if (error->error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

// The loc list of a validation error, e.g. ["query", "sort_by"] → "query → sort_by".
QString locationText(const QJsonArray &loc)
{
    QStringList parts;
    for (const QJsonValue &v : loc)
        parts << (v.isString() ? v.toString() : QString::number(v.toInteger()));
    return parts.join(QStringLiteral(" → "));
}

// Shapes 1-4 of the contract, section 3. Anything else yields an empty Detail.
Detail readDetail(const QJsonValue &json)
{
    QJsonValue d = json;
    if (json.isObject()) {
        d = json.toObject().value(QStringLiteral("detail"));
        if (d.isString()) // shape 4: {"detail": "text"}
            return {QString(), d.toString()};
    }
    if (!d.isArray())
        return {};
    const QJsonArray arr = d.toArray();
    // Shape 1 {"detail": [Class, msg]} and shape 2 (bare [Class, msg] on 422).
    if (arr.size() == 2 && arr.at(0).isString() && arr.at(1).isString())
        return {arr.at(0).toString(), ErrorMapper::stripReprQuotes(arr.at(1).toString())};
    // Shape 3: {"detail": [{"loc": [...], "msg": "...", "type": "..."}]}
    QStringList lines;
    for (const QJsonValue &item : arr) {
        const QJsonObject o = item.toObject();
        const QString msg = o.value(QStringLiteral("msg")).toString();
        if (msg.isEmpty())
            continue;
        const QString where = locationText(o.value(QStringLiteral("loc")).toArray());
        lines << (where.isEmpty() ? msg : where + QStringLiteral(": ") + msg);
    }
    return {QString(), lines.join(QStringLiteral("; "))};
}

ErrorKind kindForStatus(int status, const QString &exceptionClass)
{
    switch (status) {
    case 400:
    case 422:
        return ErrorKind::Invalid;
    case 401:
        return ErrorKind::Unauthorized;
    case 403:
        // A protected entity (built-in role, default user) versus a token lacking a scope.
        return exceptionClass == QLatin1String("IllegalOperationError")
                   ? ErrorKind::Forbidden
                   : ErrorKind::PermissionDenied;
    case 404:
        return ErrorKind::NotFound;
    case 405:
        return ErrorKind::Unsupported;
    case 409:
        return ErrorKind::AlreadyExists;
    case 429:
        return ErrorKind::Server; // busy: worth a retry later
    default:
        break;
    }
    if (status >= 500)
        return ErrorKind::Server;
    return ErrorKind::Protocol;
}

QString withoutQuery(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

} // namespace

QString ErrorMapper::stripReprQuotes(const QString &message)
{
    QString m = message.trimmed();
    // Python's repr of a str: quoted with ' or " (and, for the other quote inside, unescaped).
    while (m.size() >= 2 && ((m.startsWith(QLatin1Char('"')) && m.endsWith(QLatin1Char('"'))) ||
                             (m.startsWith(QLatin1Char('\'')) && m.endsWith(QLatin1Char('\''))))) {
        m = m.mid(1, m.size() - 2).trimmed();
    }
    return m;
}

QString ErrorMapper::serverText(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo |
                               QUrl::RemoveFragment);
}

Error ErrorMapper::fromHttp(int status, const QByteArray &body, const QUrl &url,
                            const QByteArray &contentType)
{
    Error e;
    e.httpStatus = status;
    QJsonParseError parseError;
    const auto json = parseJsonValue(body, &parseError);
    const Detail detail = json ? readDetail(*json) : Detail{};
    e.exceptionClass = detail.exceptionClass;
    e.kind = kindForStatus(status, detail.exceptionClass);

    if (!detail.message.isEmpty()) {
        e.message = detail.message;
        // A bare 404 "Not Found" is the web framework's: the route itself does not exist.
        if (status == 404 && detail.exceptionClass.isEmpty() &&
            detail.message == QLatin1String("Not Found"))
            e.message = tr("The server has no %1 (HTTP 404). Check the server URL, including any "
                           "path prefix, and that it is a ZenML server.")
                            .arg(withoutQuery(url));
        return e;
    }
    // No ZenML error body. 401 and 5xx keep their meaning whatever the body; anything else that
    // is not JSON means something other than ZenML answered (a proxy, a web page).
    if (status == 401) {
        e.message = tr("The server did not accept the credentials (HTTP 401). Sign in again.");
    } else if (status >= 500) {
        e.message = tr("The server at %1 had an internal problem (HTTP %2). Try again later, or "
                       "check the server's logs.")
                        .arg(serverText(url))
                        .arg(status);
    } else if (!json || looksLikeHtml(body, contentType)) {
        e.kind = ErrorKind::Protocol;
        e.message = tr("The server at %1 did not answer with JSON (HTTP %2); is this a ZenML "
                       "server?")
                        .arg(serverText(url))
                        .arg(status);
    } else {
        e.message = tr("The server answered HTTP %1 to %2 without a reason.")
                        .arg(status)
                        .arg(withoutQuery(url));
    }
    return e;
}

Result<QJsonValue> ErrorMapper::parseBody(const QByteArray &body, const QUrl &url,
                                          const QByteArray &contentType)
{
    QJsonParseError parseError;
    int shift = 0;
    if (const auto json = parseJsonValue(body, &parseError, &shift))
        return *json;
    Error e;
    e.kind = ErrorKind::Protocol;
    if (body.trimmed().isEmpty() || looksLikeHtml(body, contentType)) {
        e.message = tr("The server at %1 did not answer with JSON; is this a ZenML server?")
                        .arg(serverText(url));
    } else {
        e.message = tr("The answer from %1 is cut off or is not valid JSON (%2 at byte %3). The "
                       "connection may have been interrupted; try again.")
                        .arg(withoutQuery(url), parseError.errorString())
                        .arg(qMax(0, parseError.offset - shift));
    }
    return e;
}

Error ErrorMapper::fromNetwork(QNetworkReply::NetworkError code, const QString &qtText,
                               const QUrl &url)
{
    Error e;
    e.kind = ErrorKind::Network;
    const QString server = serverText(url);
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        e.message = tr("Could not connect to %1: the connection was refused. Check that the ZenML "
                       "server is running and that the address and port are right.")
                        .arg(server);
        break;
    case QNetworkReply::HostNotFoundError:
        e.message = tr("The host %1 was not found. Check the server URL and your network "
                       "connection.")
                        .arg(url.host());
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.message = tr("The server at %1 closed the connection before answering completely. Try "
                       "again; if it keeps happening, check the server's logs.")
                        .arg(server);
        break;
    case QNetworkReply::TimeoutError:
        e.kind = ErrorKind::Timeout;
        e.message = tr("The server at %1 did not answer in time. Check your network connection, "
                       "or try again later.")
                        .arg(server);
        break;
    case QNetworkReply::OperationCanceledError:
        return cancelled();
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = ErrorKind::Tls;
        e.message = tr("The secure connection to %1 failed (%2). Check that the URL is right and "
                       "that the server speaks HTTPS on this port.")
                        .arg(server, qtText);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        e.message = tr("The network proxy failed while connecting to %1 (%2). Check the proxy "
                       "settings.")
                        .arg(server, qtText);
        break;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        e.kind = ErrorKind::Protocol;
        e.message = tr("The server at %1 did not answer with valid HTTP (%2); is this a ZenML "
                       "server, and is the scheme (http or https) right?")
                        .arg(server, qtText);
        break;
    default:
        e.message = tr("The connection to %1 failed: %2. Check your network connection and try "
                       "again.")
                        .arg(server, qtText);
        break;
    }
    return e;
}

Error ErrorMapper::fromTls(const QList<QSslError> &errors, const CertificateInfo &certificate,
                           const QUrl &url)
{
    QStringList reasons;
    for (const QSslError &err : errors)
        reasons << err.errorString();
    Error e;
    e.kind = ErrorKind::Tls;
    if (certificate.isNull()) {
        e.message = tr("The certificate of %1 could not be verified (%2).")
                        .arg(serverText(url), reasons.join(QStringLiteral("; ")));
        return e;
    }
    //: %1 server, %2 reasons, %3 subject, %4 issuer, %5 SHA-256 fingerprint
    e.message = tr("The certificate of %1 could not be verified (%2). Subject: %3. Issuer: %4. "
                   "SHA-256 fingerprint: %5. If you trust this certificate, pin its "
                   "fingerprint in the server profile.")
                    .arg(serverText(url), reasons.join(QStringLiteral("; ")), certificate.subject,
                         certificate.issuer, certificate.sha256);
    return e;
}

Error ErrorMapper::redirect(int status, const QUrl &url, const QUrl &target)
{
    Error e;
    e.kind = ErrorKind::Protocol;
    e.httpStatus = status;
    const QUrl resolved = url.resolved(target);
    if (target.isEmpty()) {
        e.message = tr("The server at %1 answered with a redirect (HTTP %2) but did not say where "
                       "to.")
                        .arg(serverText(url))
                        .arg(status);
    } else {
        //: %1 the URL asked for, %2 where the server redirects to
        e.message = tr("The server redirects %1 to %2. If that is the right server, use its "
                       "address (with https if it says so) as the server URL.")
                        .arg(withoutQuery(url), resolved.toDisplayString(QUrl::RemoveQuery));
    }
    return e;
}

Error ErrorMapper::timeout(const QUrl &url, qint64 milliseconds)
{
    Error e;
    e.kind = ErrorKind::Timeout;
    e.message = tr("The server at %1 did not answer within %2 seconds. Check your network "
                   "connection, or try again later.")
                    .arg(serverText(url))
                    .arg(QString::number(milliseconds / 1000.0, 'g', 3));
    return e;
}

Error ErrorMapper::cancelled()
{
    return Error::make(ErrorKind::Cancelled, tr("The request was cancelled."));
}

} // namespace zenml::remote
