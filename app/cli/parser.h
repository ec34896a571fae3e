#pragma once

#include "commandspec.h"
#include "context.h"
#include "domain/error.h"

#include <QHash>

namespace zenml::cli {

// The command line with the global options taken out (they may stand anywhere).
struct SplitArguments
{
    GlobalOptions globals;
    QStringList words;
};
Result<SplitArguments> splitGlobalOptions(const QStringList &arguments);
// The --lang value (empty when not given), even when another global option is wrong.
QString languageOption(const QStringList &arguments);

// The longest known command or group path at the start of words.
struct CommandMatch
{
    QStringList path;
    const Command *command = nullptr; // null when path is a group (or empty)
};
CommandMatch matchCommand(const QStringList &words);

struct ParsedArguments
{
    QStringList arguments;
    QHash<QString, QStringList> options;
};
// Parses what follows the command path against the command's spec. Errors are Usage errors.
Result<ParsedArguments> parseCommandArguments(const Command &command, const QStringList &rest);

// True when path names a group (a prefix of some command path).
bool isGroupPath(const QStringList &path);

} // namespace zenml::cli
