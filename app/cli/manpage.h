#pragma once

#include <QString>

namespace zenml::cli {

// The man page zenml-admin(1) in roff, made from the command registry and the --help texts (so it
// cannot drift from --help), in the installed language. The build runs the hidden
// `zenml-admin __manpage [--lang de]` to write it.
QString manPage();

} // namespace zenml::cli
