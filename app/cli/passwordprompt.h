#pragma once

#include "domain/error.h"

#include <QString>
#include <QTextStream>

namespace zenml::cli {

// Reads a password for the login command: the first line of standard input with fromStdin,
// else from the terminal with echo off (the prompt goes to `err`). Never from an argument, so it
// does not show in the process list or the shell history. A Usage error when there is no
// terminal to ask and fromStdin is not set.
Result<QString> readPassword(bool fromStdin, const QString &prompt, QTextStream &err);

} // namespace zenml::cli
