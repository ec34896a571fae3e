#pragma once

#include <QString>
#include <QStringList>

namespace zenml::test {

// One pydantic (v1) validation error: where (body -> name) and what, with its type suffix.
struct ValidationIssue
{
    QStringList loc;
    QString message; // e.g. "field required (type=value_error.missing)"
};

} // namespace zenml::test
