#pragma once

#include "domain/error.h"

#include <QSqlDatabase>

namespace zenml::migrations {

// The schema version a fully migrated store has (PRAGMA user_version).
int latestVersion();

// Runs every migration above the file's user_version, each in its own transaction.
Status migrate(const QSqlDatabase &db);

} // namespace zenml::migrations
