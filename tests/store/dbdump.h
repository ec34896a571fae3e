#pragma once

#include <QString>

namespace zenml::test {

// Every table's schema and rows of an SQLite file as one text, opened read-only on a private
// connection, so that a test can prove a failed command left the database exactly as it was.
QString dumpDatabase(const QString &path);

} // namespace zenml::test
