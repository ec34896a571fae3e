#pragma once

#include <Qt>

namespace zenml::itemrole {

// Roles every table model in models/item answers, so that views, proxies, the matrix and the
// command palette can read any of them without knowing the concrete class.
enum ItemRole {
    Id = Qt::UserRole + 1, // the entity id (any column)
    Name,                  // the entity name (any column)
    Raw,                   // the column's raw value: bool, QDateTime, int, Permissions, QStringList
    Kind,                  // zenml::EntityKind as int
};

} // namespace zenml::itemrole
