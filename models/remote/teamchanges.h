#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace zenml::remote {

// The fields of a team update. `memberIds`, when set, REPLACES the membership: always pass the
// full list of user UUIDs.
struct TeamChanges
{
    std::optional<QString> name;
    std::optional<QStringList> memberIds;

    bool isEmpty() const;
    QJsonObject toJson() const;
};

} // namespace zenml::remote
