#pragma once

#include "accessmodel.h"

#include <vector>

namespace zenml::access {

// A parsed document before it is read as an access model: what the YAML and the JSON reader both
// produce, with the place of every node, so that one decoder reports problems for both formats.
struct Node
{
    enum class Kind { Null, Scalar, Map, Seq };
    Kind kind = Kind::Null;
    bool plain = false; // an unquoted scalar (true, 12), as opposed to a quoted string
    QString text;
    std::vector<Node> keys;  // a map's keys, parallel to items
    std::vector<Node> items; // a map's values or a sequence's items
    Position at;
};

} // namespace zenml::access
