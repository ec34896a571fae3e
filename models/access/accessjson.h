#pragma once

#include "accessmodel.h"

#include <QByteArray>

namespace zenml::access {

// The access model as JSON: keys in the same fixed order as the YAML (version first), two-space
// indentation. The model is written as given; call normalize() first for the canonical order.
QByteArray toJson(const AccessModel &model);

// Reads JSON: Qt checks and parses it; every problem comes with its line and column.
AccessModel fromJson(const QByteArray &bytes, QList<Problem> &problems);

} // namespace zenml::access
