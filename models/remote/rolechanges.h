#pragma once

#include "domain/permission.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace zenml::remote {

// The fields of a role update; `permissions`, when set, replaces the whole set.
struct RoleChanges
{
    std::optional<QString> name;
    std::optional<Permissions> permissions;

    bool isEmpty() const;
    QJsonObject toJson() const;
};

} // namespace zenml::remote
