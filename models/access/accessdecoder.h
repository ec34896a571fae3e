#pragma once

#include "accessmodel.h"
#include "accessnode.h"

namespace zenml::access {

// Reads a document as an access model. Every problem is listed (with its place), not only the
// first; the model is usable only when problems stays empty. Checks what the file alone can tell:
// shape, types, the schema version, permission names and duplicate names.
AccessModel decode(const Node &root, QList<Problem> &problems);

} // namespace zenml::access
