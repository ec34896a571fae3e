#pragma once

#include <QString>

namespace zenml::test {

// One request the test server received, for tests that check what a client sent.
struct LoggedRequest
{
    QString method;
    QString path;  // without the path prefix, e.g. /api/v1/users/alice
    QString query; // raw, without '?'
    QString body;
    int status = 0; // 0 when no answer was sent (hang, drop)
};

} // namespace zenml::test
