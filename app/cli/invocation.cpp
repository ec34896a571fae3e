#include "invocation.h"

#include "context.h"
#include "help.h"

#include <QCoreApplication>

namespace zenml::cli {

Invocation::Invocation(Context &context, const Command &command, QStringList arguments,
                       QHash<QString, QStringList> options)
    : m_context(context)
    , m_command(command)
    , m_arguments(std::move(arguments))
    , m_options(std::move(options))
{}

QString Invocation::argument(const QString &name) const
{
    const QStringList all = arguments(name);
    return all.isEmpty() ? QString() : all.first();
}

QStringList Invocation::arguments(const QString &name) const
{
    // Arguments are assigned in spec order; a repeatable one is last and takes the rest.
    for (qsizetype i = 0; i < m_command.arguments.size(); ++i) {
        if (m_command.arguments.at(i).name != name)
            continue;
        if (i >= m_arguments.size())
            return {};
        if (m_command.arguments.at(i).repeatable)
            return m_arguments.mid(i);
        return {m_arguments.at(i)};
    }
    return {};
}

std::optional<QString> Invocation::value(const QString &option) const
{
    const QStringList all = m_options.value(option);
    if (all.isEmpty())
        return std::nullopt;
    return all.last();
}

Result<std::optional<bool>> Invocation::boolValue(const QString &option) const
{
    const auto text = value(option);
    if (!text)
        return std::optional<bool>();
    const QString v = text->trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1"))
        return std::optional<bool>(true);
    if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("0"))
        return std::optional<bool>(false);
    return Error::make(ErrorKind::Usage,
                       QCoreApplication::translate("zenml::cli::Invocation",
                                                   "Option '--%1' takes true or false, not '%2'.")
                           .arg(option, *text));
}

int Invocation::fail(const Error &error)
{
    if (error.kind != ErrorKind::Usage)
        return m_context.fail(error);
    Error shown = error;
    shown.message += QLatin1Char(' ') +
                     QCoreApplication::translate("zenml::cli::Cli", "Try '%1 --help' for help.")
                         .arg(commandLineOf(m_command.path));
    return m_context.fail(shown);
}

} // namespace zenml::cli
