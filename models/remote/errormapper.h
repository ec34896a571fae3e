#pragma once

#include "certificateinfo.h"
#include "domain/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QNetworkReply>
#include <QSslError>
#include <QUrl>
#include <optional>

namespace zenml::remote {

// The one place where what came back over HTTP becomes a zenml::Error: HTTP statuses with the
// four ZenML error body shapes, transport failures, TLS failures, and bodies that are not JSON.
// Every message is a sentence a person can act on; none contains a token or password.
class ErrorMapper
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMapper)

public:
    // A non-2xx HTTP answer. `contentType` is the Content-Type header, if any.
    static Error fromHttp(int status, const QByteArray &body, const QUrl &url,
                          const QByteArray &contentType = {});

    // The JSON value of a 2xx body; Protocol when the body is HTML, empty, cut off or not JSON.
    // Top-level scalars ("0.47.0", null) are accepted.
    static Result<QJsonValue> parseBody(const QByteArray &body, const QUrl &url,
                                        const QByteArray &contentType = {});

    // A failure below HTTP (refused, host not found, dropped, proxy, ...).
    static Error fromNetwork(QNetworkReply::NetworkError code, const QString &qtText,
                             const QUrl &url);

    // A TLS verification failure; the peer certificate's subject, issuer and SHA-256 go in the
    // message (the job also exposes them as CertificateInfo so the admin can pin them).
    static Error fromTls(const QList<QSslError> &errors, const CertificateInfo &certificate,
                         const QUrl &url);

    // A redirect that was not followed (only same-origin redirects are, so the token never
    // travels to another host or in clear).
    static Error redirect(int status, const QUrl &url, const QUrl &target);

    static Error timeout(const QUrl &url, qint64 milliseconds);
    static Error cancelled();

    // "\"Unable to get user ...\"" → "Unable to get user ..." (ZenML puts a Python repr of the
    // KeyError message into 404 bodies).
    static QString stripReprQuotes(const QString &message);

    // "https://host:port" for messages about the connection itself.
    static QString serverText(const QUrl &url);
};

} // namespace zenml::remote
