#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace zenml::remote {

// The fields of a user create or update; only the fields set are sent (PUT is partial).
// `password` is a credential: it goes into the request body and nowhere else.
struct UserChanges
{
    std::optional<QString> name;
    std::optional<QString> fullName;
    std::optional<QString> email;
    // Absent on create → the user is inactive and the answer carries an activation token.
    // Any value, even "", → an active user with that password.
    std::optional<QString> password;
    std::optional<bool> active;
    std::optional<bool> emailOptedIn;

    bool isEmpty() const;
    QJsonObject toJson() const;
};

} // namespace zenml::remote
