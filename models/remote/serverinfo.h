#pragma once

#include <QMetaType>
#include <QString>
#include <optional>

namespace zenml::remote {

// GET /api/v1/info. `id` identifies the deployment (the token's iss/aud from 0.45).
struct ServerInfo
{
    QString id;
    QString version;           // "0.47.0"
    QString deploymentType;    // "other", "kubernetes", ...
    QString databaseType;      // "sqlite", "mysql"
    QString secretsStoreType;  // empty when the server did not say
    QString authScheme;        // from 0.45, e.g. "OAUTH2_PASSWORD_BEARER"; empty before
    std::optional<bool> debug; // absent on 0.39
};

} // namespace zenml::remote
