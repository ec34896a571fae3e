#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace zenml::remote {

// The fields of a workspace update.
struct WorkspaceChanges
{
    std::optional<QString> name;
    std::optional<QString> description;

    bool isEmpty() const;
    QJsonObject toJson() const;
};

} // namespace zenml::remote
