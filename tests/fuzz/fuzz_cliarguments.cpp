// The command line's argument parser: the input is split at NUL bytes into arguments, then goes
// through the same steps as a real command line (global options, the command, its arguments).
#include "cli/parser.h"
#include "fuzzinput.h"

using namespace zenml::cli;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList arguments;
    for (const QByteArray &part : zenml::fuzz::bytes(data, size).split('\0'))
        arguments << QString::fromUtf8(part);
    (void)languageOption(arguments);
    auto split = splitGlobalOptions(arguments);
    if (!split)
        return 0;
    const CommandMatch match = matchCommand(split->words);
    (void)isGroupPath(match.path);
    if (match.command)
        (void)parseCommandArguments(*match.command, split->words.mid(match.path.size()));
    return 0;
}
