#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace zenml::remote {

// One HTTP request of the API, before the endpoint (base URL, token) is applied.
struct ApiCall
{
    QByteArray verb = "GET";
    // Below /api/v1, starting with '/', path segments already percent-encoded (see segment()).
    QString path;
    // Decoded key/value pairs; encoded when the URL is built (a '+' stays a '+').
    QList<QPair<QString, QString>> query;
    QByteArray body;
    QByteArray contentType;    // empty when there is no body
    bool authenticated = true; // send the bearer token (login, info, activate do not need it)
    // Set when the call cannot be made as asked (e.g. a name where the API needs a UUID): the
    // job then finishes with this error without touching the network.
    std::optional<Error> refusal;

    static QString segment(const QString &nameOrId);
    QString encodedQuery() const;
};

} // namespace zenml::remote
