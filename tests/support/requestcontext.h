#pragma once

#include "httprequest.h"

#include <QString>
#include <QStringList>

namespace zenml::test {

// What a route handler gets: the request, the captured path parameters, and the caller.
struct RequestContext
{
    const HttpRequest &request;
    QStringList params;
    QString callerId; // authenticated user id; empty on routes that need no token
};

} // namespace zenml::test
