#include "parser.h"

#include "registry.h"

#include <QCoreApplication>
#include <optional>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct Parser
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::Parser)
};

Error usage(const QString &message)
{
    return Error::make(ErrorKind::Usage, message);
}

// Splits "--name=value" into its parts; value is null when there is no '='.
std::pair<QString, QString> splitInline(const QString &token)
{
    const qsizetype eq = token.indexOf(QLatin1Char('='));
    if (eq < 0)
        return {token, QString()};
    return {token.left(eq), token.mid(eq + 1)};
}

// Takes the global options out. The scan goes on past a mistake, which firstError keeps, so that
// --lang is known even then and the mistake can be told in that language.
SplitArguments scanGlobalOptions(const QStringList &arguments, std::optional<Error> &firstError)
{
    const auto fail = [&firstError](const QString &message) {
        if (!firstError)
            firstError = usage(message);
    };
    SplitArguments out;
    bool verbatim = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &token = arguments.at(i);
        if (verbatim || token == QLatin1String("--")) {
            verbatim = true;
            out.words << token;
            continue;
        }
        if (token == QLatin1String("--help") || token == QLatin1String("-h")) {
            out.globals.help = true;
            continue;
        }
        if (token == QLatin1String("--version")) {
            out.globals.version = true;
            continue;
        }
        auto [name, inlineValue] = splitInline(token);
        if (name == QLatin1String("-o"))
            name = QStringLiteral("--output");
        static const QStringList withValue{QStringLiteral("--profile"), QStringLiteral("--output"),
                                           QStringLiteral("--data-dir"), QStringLiteral("--lang")};
        if (!withValue.contains(name)) {
            out.words << token;
            continue;
        }
        QString value = inlineValue;
        if (value.isNull()) {
            if (i + 1 >= arguments.size()) {
                fail(Parser::tr("Option '%1' needs a value.").arg(name));
                break;
            }
            value = arguments.at(++i);
        }
        if (name == QLatin1String("--profile")) {
            out.globals.profile = value;
        } else if (name == QLatin1String("--data-dir")) {
            if (value.isEmpty())
                fail(Parser::tr("Option '--data-dir' needs a folder."));
            else
                out.globals.dataDir = value;
        } else if (name == QLatin1String("--lang")) {
            out.globals.language = value;
        } else if (auto format = parseOutputFormat(value)) {
            out.globals.output = *format;
        } else {
            fail(Parser::tr("'%1' is not an output format. Use table, json or csv.").arg(value));
        }
    }
    return out;
}
} // namespace

Result<SplitArguments> splitGlobalOptions(const QStringList &arguments)
{
    std::optional<Error> firstError;
    SplitArguments out = scanGlobalOptions(arguments, firstError);
    if (firstError)
        return *firstError;
    return out;
}

QString languageOption(const QStringList &arguments)
{
    std::optional<Error> ignored;
    return scanGlobalOptions(arguments, ignored).globals.language;
}

bool isGroupPath(const QStringList &path)
{
    if (path.isEmpty())
        return true;
    for (const Command &c : allCommands()) {
        if (c.path.size() > path.size() && c.path.mid(0, path.size()) == path)
            return true;
    }
    return false;
}

CommandMatch matchCommand(const QStringList &words)
{
    CommandMatch match;
    for (const QString &word : words) {
        if (word.startsWith(QLatin1Char('-')))
            break;
        QStringList next = match.path;
        next << word;
        const Command *exact = nullptr;
        for (const Command &c : allCommands()) {
            if (c.path == next)
                exact = &c;
        }
        if (exact) {
            match.path = next;
            match.command = exact;
            break; // verbs have no sub-verbs: what follows is theirs
        }
        if (!isGroupPath(next))
            break;
        match.path = next;
    }
    return match;
}

Result<ParsedArguments> parseCommandArguments(const Command &command, const QStringList &rest)
{
    ParsedArguments out;
    bool verbatim = false;
    auto findLong = [&](const QString &name) -> const OptionSpec * {
        for (const OptionSpec &o : command.options) {
            if (o.name == name)
                return &o;
        }
        return nullptr;
    };
    auto findShort = [&](QChar c) -> const OptionSpec * {
        for (const OptionSpec &o : command.options) {
            if (!o.shortName.isNull() && o.shortName == c)
                return &o;
        }
        return nullptr;
    };
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString &token = rest.at(i);
        if (verbatim || token == QLatin1String("-") || !token.startsWith(QLatin1Char('-'))) {
            out.arguments << token;
            continue;
        }
        if (token == QLatin1String("--")) {
            verbatim = true;
            continue;
        }
        const OptionSpec *spec = nullptr;
        QString shown;
        QString value;
        if (token.startsWith(QLatin1String("--"))) {
            const auto [name, inlineValue] = splitInline(token);
            shown = name;
            spec = findLong(name.mid(2));
            value = inlineValue;
        } else {
            shown = token.left(2);
            spec = findShort(token.at(1));
            if (token.size() > 2)
                value = token.mid(token.at(2) == QLatin1Char('=') ? 3 : 2);
        }
        if (!spec)
            return usage(Parser::tr("No such option: '%1'.").arg(shown));
        if (spec->valueName.isEmpty()) {
            if (!value.isNull())
                return usage(Parser::tr("Option '%1' does not take a value.").arg(shown));
            out.options[spec->name] << QString();
            continue;
        }
        if (value.isNull()) {
            if (i + 1 >= rest.size())
                return usage(
                    Parser::tr("Option '%1' needs a value (%2).").arg(shown, spec->valueName));
            value = rest.at(++i);
        }
        if (spec->repeatable)
            out.options[spec->name] << value;
        else
            out.options[spec->name] = QStringList{value};
    }

    qsizetype required = 0;
    bool collectsRest = false;
    for (const ArgumentSpec &a : command.arguments) {
        if (a.required)
            ++required;
        collectsRest = collectsRest || a.repeatable;
    }
    if (out.arguments.size() < required)
        return usage(Parser::tr("Missing argument '%1'.")
                         .arg(command.arguments.at(out.arguments.size()).name));
    if (!collectsRest && out.arguments.size() > command.arguments.size())
        return usage(Parser::tr("Got unexpected extra argument '%1'.")
                         .arg(out.arguments.at(command.arguments.size())));
    return out;
}

} // namespace zenml::cli
