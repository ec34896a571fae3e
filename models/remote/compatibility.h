#pragma once

#include "domain/error.h"
#include "serverinfo.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace zenml::remote {

// Which ZenML servers this client can administer: 0.39 to 0.47 (users, teams, roles).
class Compatibility
{
    Q_DECLARE_TR_FUNCTIONS(Compatibility)

public:
    struct Version
    {
        int major = 0;
        int minor = 0;
        int patch = 0;
    };

    static constexpr Version kOldest{0, 39, 0};
    static constexpr Version kNewest{0, 47, 99};

    // "0.47.0", "0.43.0rc1" → {0, 47, 0}; nullopt when it is not a version.
    static std::optional<Version> parseVersion(const QString &text);

    // Ok for 0.39.x to 0.47.x; Unsupported otherwise, with a sentence that says why.
    static Status check(const QString &version);
    static Status check(const ServerInfo &info) { return check(info.version); }
};

} // namespace zenml::remote
