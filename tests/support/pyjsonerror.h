#pragma once

#include <QString>
#include <optional>

namespace zenml::test {

// Finds the first syntax error in a JSON text the way Python's json module reports it,
// so the test server's 422 for a bad body reads like the real one.
struct PyJsonError
{
    QString message; // e.g. "Expecting property name enclosed in double quotes"
    qsizetype pos = 0;

    static std::optional<PyJsonError> find(const QString &text);
};

} // namespace zenml::test
