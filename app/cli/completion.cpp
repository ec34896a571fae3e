// completion bash|zsh|fish, and the hidden __complete entry point the scripts call on Tab.
#include "completion.h"

#include "context.h"
#include "exitcodes.h"
#include "groups.h"
#include "invocation.h"
#include "parser.h"
#include "registry.h"

#include "domain/permission.h"

#include <QCoreApplication>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct CompletionCommands
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::CompletionCommands)
};

bool isHidden(const QString &word)
{
    return word.startsWith(QLatin1String("__"));
}

// The global options that take a value, and those that do not.
const QStringList &globalValueOptions()
{
    static const QStringList names{QStringLiteral("--profile"), QStringLiteral("--output"),
                                   QStringLiteral("-o"), QStringLiteral("--data-dir"),
                                   QStringLiteral("--lang")};
    return names;
}

// The names a value of this kind can take: from the mirror, the profiles or fixed lists.
QStringList valuesOf(Context &context, const QString &kind)
{
    if (kind == QLatin1String("PERM")) {
        QStringList names;
        for (Permission p : permission::all())
            names << permission::name(p);
        return names;
    }
    if (kind == QLatin1String("FORMAT"))
        return {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")};
    if (kind == QLatin1String("LANG"))
        return {QStringLiteral("en"), QStringLiteral("de")};
    if (kind == QLatin1String("SHELL"))
        return {QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("fish")};
    if (kind == QLatin1String("PROFILE"))
        return context.profiles().names();
    // The mirror: only a profile that exists is opened (no default profile is created by Tab).
    if (!context.profiles().exists(context.profileName()))
        return {};
    auto service = context.service();
    if (!service)
        return {};
    QStringList names;
    if (kind == QLatin1String("USER")) {
        if (auto users = (*service)->users())
            for (const User &u : *users)
                names << u.name;
    } else if (kind == QLatin1String("TEAM")) {
        if (auto teams = (*service)->teams())
            for (const Team &t : *teams)
                names << t.name;
    } else if (kind == QLatin1String("ROLE")) {
        if (auto roles = (*service)->roles())
            for (const Role &r : *roles)
                names << r.name;
    } else if (kind == QLatin1String("WORKSPACE")) {
        if (auto workspaces = (*service)->workspaces())
            for (const Workspace &w : *workspaces)
                names << w.name;
    }
    return names;
}

// What an argument or option value of a command names: NAME stands for the command's group.
QString kindOf(const Command &command, const QString &valueName)
{
    if (valueName != QLatin1String("NAME"))
        return valueName;
    static const QHash<QString, QString> byGroup{
        {QStringLiteral("user"), QStringLiteral("USER")},
        {QStringLiteral("team"), QStringLiteral("TEAM")},
        {QStringLiteral("role"), QStringLiteral("ROLE")},
        {QStringLiteral("workspace"), QStringLiteral("WORKSPACE")},
        {QStringLiteral("profile"), QStringLiteral("PROFILE")},
        {QStringLiteral("completion"), QStringLiteral("SHELL")},
    };
    return byGroup.value(command.path.first());
}

QStringList startingWith(const QStringList &candidates, const QString &prefix)
{
    QStringList out;
    for (const QString &c : candidates) {
        if (c.startsWith(prefix) && !out.contains(c))
            out << c;
    }
    return out;
}

int printBash(Invocation &inv)
{
    inv.context().print(bashCompletionScript());
    return Success;
}

int printZsh(Invocation &inv)
{
    inv.context().print(zshCompletionScript());
    return Success;
}

int printFish(Invocation &inv)
{
    inv.context().print(fishCompletionScript());
    return Success;
}
} // namespace

QStringList completionCandidates(Context &context, const QStringList &allWords)
{
    const QString current = allWords.isEmpty() ? QString() : allWords.last();
    const QStringList before = allWords.mid(0, allWords.size() - 1);

    // The value of a global option.
    if (!before.isEmpty() && globalValueOptions().contains(before.last())) {
        const QString option = before.last();
        if (option == QLatin1String("--profile"))
            return startingWith(valuesOf(context, QStringLiteral("PROFILE")), current);
        if (option == QLatin1String("--output") || option == QLatin1String("-o"))
            return startingWith(valuesOf(context, QStringLiteral("FORMAT")), current);
        if (option == QLatin1String("--lang"))
            return startingWith(valuesOf(context, QStringLiteral("LANG")), current);
        return {}; // --data-dir: the shell completes folders
    }

    // The words without the global options (and their values).
    QStringList words;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (globalValueOptions().contains(before.at(i))) {
            ++i;
            continue;
        }
        words << before.at(i);
    }
    const CommandMatch match = matchCommand(words);
    const QStringList globals{QStringLiteral("--profile"),  QStringLiteral("--output"),
                              QStringLiteral("--data-dir"), QStringLiteral("--lang"),
                              QStringLiteral("--help"),     QStringLiteral("--version")};
    if (!match.command) {
        // A group or the program: the names below it.
        if (match.path.size() != words.size())
            return {};
        QStringList next;
        for (const Command &c : allCommands()) {
            if (c.path.size() > match.path.size() &&
                c.path.mid(0, match.path.size()) == match.path && !isHidden(c.path.first()))
                next << c.path.at(match.path.size());
        }
        if (current.startsWith(QLatin1Char('-')))
            return startingWith(globals, current);
        return startingWith(next, current);
    }
    const Command &command = *match.command;
    const QStringList rest = words.mid(match.path.size());
    // The value of one of the command's options.
    if (!rest.isEmpty() && rest.last().startsWith(QLatin1Char('-'))) {
        const QString last = rest.last();
        for (const OptionSpec &o : command.options) {
            if (o.valueName.isEmpty())
                continue;
            if (last == QStringLiteral("--") + o.name ||
                (!o.shortName.isNull() && last == QStringLiteral("-") + o.shortName))
                return startingWith(valuesOf(context, kindOf(command, o.valueName)), current);
        }
    }
    if (current.startsWith(QLatin1Char('-'))) {
        QStringList options;
        for (const OptionSpec &o : command.options)
            options << QStringLiteral("--") + o.name;
        return startingWith(options + globals, current);
    }
    // A positional argument: count those already given (skipping options and their values).
    qsizetype given = 0;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString &word = rest.at(i);
        if (word.startsWith(QLatin1Char('-'))) {
            for (const OptionSpec &o : command.options) {
                if (!o.valueName.isEmpty() &&
                    (word == QStringLiteral("--") + o.name ||
                     (!o.shortName.isNull() && word == QStringLiteral("-") + o.shortName)))
                    ++i;
            }
            continue;
        }
        ++given;
    }
    if (command.arguments.isEmpty())
        return {};
    const qsizetype index = std::min(given, command.arguments.size() - 1);
    const ArgumentSpec &argument = command.arguments.at(index);
    if (given >= command.arguments.size() && !argument.repeatable)
        return {};
    return startingWith(valuesOf(context, kindOf(command, argument.name)), current);
}

QString bashCompletionScript()
{
    return QStringLiteral(
        "# bash completion for zenml-admin; generated by 'zenml-admin completion bash'.\n"
        "# Names come from 'zenml-admin __complete', which reads the command table and the\n"
        "# profile's local copy (never the network).\n"
        "_zenml_admin()\n"
        "{\n"
        "    local cur=\"${COMP_WORDS[COMP_CWORD]}\"\n"
        "    local IFS=$'\\n'\n"
        "    local prog=\"${COMP_WORDS[0]}\"\n"
        "    COMPREPLY=($(\"$prog\" __complete -- \"${COMP_WORDS[@]:1:COMP_CWORD-1}\" \"$cur\" "
        "2>/dev/null))\n"
        "    if [ ${#COMPREPLY[@]} -eq 0 ] && [ \"${COMP_WORDS[COMP_CWORD-1]}\" = --data-dir ]; "
        "then\n"
        "        COMPREPLY=($(compgen -d -- \"$cur\"))\n"
        "    fi\n"
        "}\n"
        "complete -F _zenml_admin zenml-admin\n");
}

QString zshCompletionScript()
{
    return QStringLiteral(
        "#compdef zenml-admin\n"
        "# zsh completion for zenml-admin; generated by 'zenml-admin completion zsh'.\n"
        "# Names come from 'zenml-admin __complete', which reads the command table and the\n"
        "# profile's local copy (never the network).\n"
        "_zenml_admin() {\n"
        "    local -a candidates\n"
        "    if [[ ${words[CURRENT-1]} == --data-dir ]]; then\n"
        "        _files -/\n"
        "        return\n"
        "    fi\n"
        "    candidates=(\"${(@f)$(${words[1]} __complete -- \"${(@)words[2,CURRENT]}\" "
        "2>/dev/null)}\")\n"
        "    candidates=(${candidates:#})\n"
        "    compadd -a candidates\n"
        "}\n"
        "if [[ \"${funcstack[1]}\" == _zenml_admin ]]; then\n"
        "    _zenml_admin \"$@\"\n"
        "else\n"
        "    compdef _zenml_admin zenml-admin\n"
        "fi\n");
}

QString fishCompletionScript()
{
    return QStringLiteral(
        "# fish completion for zenml-admin; generated by 'zenml-admin completion fish'.\n"
        "# Names come from 'zenml-admin __complete', which reads the command table and the\n"
        "# profile's local copy (never the network).\n"
        "function __zenml_admin_complete\n"
        "    set -l words (commandline -opc)\n"
        "    set -l current (commandline -ct)\n"
        "    if test \"$words[-1]\" = --data-dir\n"
        "        __fish_complete_directories $current\n"
        "        return\n"
        "    end\n"
        "    $words[1] __complete -- $words[2..-1] \"$current\" 2>/dev/null\n"
        "end\n"
        "complete -c zenml-admin -e\n"
        "complete -c zenml-admin -f -a '(__zenml_admin_complete)'\n");
}

QList<Command> completionCommands()
{
    const QString completion = QStringLiteral("completion");
    return {
        {{completion, QStringLiteral("bash")},
         CompletionCommands::tr("Print the bash completion script."),
         {},
         {},
         printBash,
         CompletionCommands::tr("Try it with: source <(zenml-admin completion bash)")},
        {{completion, QStringLiteral("zsh")},
         CompletionCommands::tr("Print the zsh completion script."),
         {},
         {},
         printZsh,
         CompletionCommands::tr(
             "Try it with: source <(zenml-admin completion zsh) (after compinit)")},
        {{completion, QStringLiteral("fish")},
         CompletionCommands::tr("Print the fish completion script."),
         {},
         {},
         printFish,
         CompletionCommands::tr("Try it with: zenml-admin completion fish | source")},
    };
}

} // namespace zenml::cli
