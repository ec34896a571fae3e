#include "cli.h"

#include "context.h"
#include "exitcodes.h"
#include "help.h"
#include "i18n/translations.h"
#include "invocation.h"
#include "parser.h"
#include "registry.h"

#include <QCoreApplication>
#include <cstdio>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::Cli)
};

int usageError(QTextStream &err, const QString &message, const QStringList &path)
{
    err << QCoreApplication::translate("zenml::cli::Context", "Error: %1").arg(message) << ' '
        << Cli::tr("Try '%1 --help' for help.").arg(commandLineOf(path)) << '\n';
    err.flush();
    return UsageError;
}
} // namespace

bool drawsDocuments(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        if (a == QLatin1String("--pdf") || a.startsWith(QLatin1String("--pdf=")))
            return true;
    }
    return false;
}

bool wantsCommandLine(const QStringList &arguments)
{
    auto split = splitGlobalOptions(arguments);
    if (!split)
        return true; // let the command line explain the mistake
    if (split->globals.help || split->globals.version)
        return true;
    for (const QString &word : split->words) {
        if (word.startsWith(QLatin1Char('-')))
            continue;
        return topLevelGroups().contains(word) || reservedGroups().contains(word);
    }
    return false;
}

DesktopOptions desktopOptions(const QStringList &arguments)
{
    DesktopOptions options;
    auto split = splitGlobalOptions(arguments);
    if (split) {
        options.dataDir = split->globals.dataDir.value_or(QString());
        options.profile = split->globals.profile.value_or(QString());
        options.language = split->globals.language;
    }
    if (options.dataDir.isEmpty())
        options.dataDir = ProfileManager::defaultDataDir();
    return options;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    auto split = splitGlobalOptions(arguments);
    if (!split)
        return usageError(err, split.error().message, {});
    const GlobalOptions &globals = split->globals;
    const QStringList &words = split->words;

    if (globals.version) {
        out << QStringLiteral("zenml-admin %1").arg(QStringLiteral(ZENML_ADMIN_VERSION)) << '\n';
        return Success;
    }
    if (words.isEmpty()) {
        (globals.help ? out : err) << programHelp();
        return globals.help ? Success : UsageError;
    }
    if (reservedGroups().contains(words.first())) {
        err << QCoreApplication::translate("zenml::cli::Context", "Error: %1")
                   .arg(Cli::tr("'%1' is not available in this version of zenml-admin.")
                            .arg(commandLineOf({words.first()})))
            << '\n';
        return UsageError;
    }
    const CommandMatch match = matchCommand(words);
    if (match.path.isEmpty())
        return usageError(err, Cli::tr("No such command '%1'.").arg(words.first()), {});
    if (!match.command) {
        if (globals.help) {
            out << groupHelp(match.path);
            return Success;
        }
        const qsizetype next = match.path.size();
        if (next < words.size() && !words.at(next).startsWith(QLatin1Char('-')))
            return usageError(err, Cli::tr("No such command '%1'.").arg(words.at(next)),
                              match.path);
        return usageError(err, Cli::tr("Missing command."), match.path);
    }
    const Command &command = *match.command;
    if (globals.help) {
        out << commandHelp(command);
        return Success;
    }
    auto parsed = parseCommandArguments(command, words.mid(match.path.size()));
    if (!parsed)
        return usageError(err, parsed.error().message, command.path);
    Context context(globals, out, err);
    Invocation invocation(context, command, parsed->arguments, parsed->options);
    return command.run(invocation);
}

int run(const QStringList &arguments)
{
    // --lang, else the system locale; before anything is printed or the command table is built.
    i18n::install(languageOption(arguments));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}

} // namespace zenml::cli
