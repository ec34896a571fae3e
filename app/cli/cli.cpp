#include "cli.h"

#include "about/about.h"
#include "completion.h"
#include "context.h"
#include "exitcodes.h"
#include "help.h"
#include "i18n/translations.h"
#include "invocation.h"
#include "manpage.h"
#include "parser.h"
#include "registry.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::Cli)
};

// __complete -- WORDS... CURRENT: one candidate a line, from the registry and the mirror only.
int complete(const GlobalOptions &globals, QStringList line, QTextStream &out, QTextStream &err)
{
    if (line.value(0) == QLatin1String("--"))
        line.removeFirst();
    GlobalOptions options = globals;
    // The line's own --profile and --data-dir choose the mirror (not the word being completed).
    for (qsizetype i = 0; i + 2 < line.size(); ++i) {
        if (line.at(i) == QLatin1String("--profile"))
            options.profile = line.at(i + 1);
        else if (line.at(i) == QLatin1String("--data-dir") && !line.at(i + 1).isEmpty())
            options.dataDir = line.at(i + 1);
    }
    Context context(options, out, err);
    for (const QString &candidate : completionCandidates(context, line))
        out << candidate << '\n';
    return Success;
}

// The edit distance between two words (insertions, deletions, substitutions).
qsizetype distance(const QString &a, const QString &b)
{
    QList<qsizetype> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[j];
            row[j] = std::min(
                {row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// "No such command 'usr'. Did you mean 'user'?": the closest group or verb below path.
QString noSuchCommand(const QString &word, const QStringList &path)
{
    QStringList names;
    for (const Command &c : allCommands()) {
        if (c.path.size() > path.size() && c.path.mid(0, path.size()) == path &&
            !names.contains(c.path.at(path.size())))
            names << c.path.at(path.size());
    }
    QString best;
    qsizetype bestDistance = 0;
    for (const QString &name : names) {
        const qsizetype d = name.startsWith(word) ? 0 : distance(word, name);
        if (best.isEmpty() || d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    QString message = Cli::tr("No such command '%1'.").arg(word);
    if (!best.isEmpty() && bestDistance <= std::max<qsizetype>(2, word.size() / 3))
        message += QLatin1Char(' ') + Cli::tr("Did you mean '%1'?").arg(best);
    return message;
}

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
    // Only no arguments, or only the desktop's options (--profile, --data-dir, --lang), start the
    // app; anything else is the command line, which explains a mistyped word instead of starting
    // a window that never returns on a headless machine.
    auto split = splitGlobalOptions(arguments);
    if (!split)
        return true; // let the command line explain the mistake
    if (split->globals.help || split->globals.version || !split->words.isEmpty())
        return true;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("-o") || argument.startsWith(QLatin1String("--output")) ||
            argument.startsWith(QLatin1String("-o=")))
            return true;
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
        out << about::versionText();
        return Success;
    }
    if (words.isEmpty()) {
        (globals.help ? out : err) << programHelp();
        return globals.help ? Success : UsageError;
    }
    if (words.first() == QLatin1String("__complete"))
        return complete(globals, words.mid(1), out, err);
    if (words.first() == QLatin1String("__manpage")) {
        out << manPage();
        return Success;
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
        return usageError(err, noSuchCommand(words.first(), {}), {});
    if (!match.command) {
        if (globals.help) {
            out << groupHelp(match.path);
            return Success;
        }
        const qsizetype next = match.path.size();
        if (next < words.size() && !words.at(next).startsWith(QLatin1Char('-')))
            return usageError(err, noSuchCommand(words.at(next), match.path), match.path);
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
