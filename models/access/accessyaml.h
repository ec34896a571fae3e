#pragma once

#include "accessmodel.h"

#include <QByteArray>

namespace zenml::access {

// The access model as YAML, through libyaml: block style, keys in a fixed order, names sorted.
// The model is written as given; call normalize() first for the canonical order.
QByteArray toYaml(const AccessModel &model);

// Reads YAML; every problem (syntax or content) comes with its line and column.
AccessModel fromYaml(const QByteArray &bytes, QList<Problem> &problems);

} // namespace zenml::access
