#pragma once

#include "commandspec.h"
#include "domain/error.h"

#include <QHash>
#include <optional>

namespace zenml::cli {

class Context;

// One parsed run of a command: its arguments and options, and the context to run in.
class Invocation
{
public:
    Invocation(Context &context, const Command &command, QStringList arguments,
               QHash<QString, QStringList> options);

    Context &context() { return m_context; }
    const Command &command() const { return m_command; }

    // The positional argument(s) of the spec'd name; empty when absent.
    QString argument(const QString &name) const;
    QStringList arguments(const QString &name) const;

    bool isSet(const QString &option) const { return m_options.contains(option); }
    // The last value given for an option, if it was given.
    std::optional<QString> value(const QString &option) const;
    QStringList values(const QString &option) const { return m_options.value(option); }
    // An option holding true or false (also yes/no, 1/0); a Usage error for anything else.
    Result<std::optional<bool>> boolValue(const QString &option) const;

    // Reports an error on stderr (usage errors with a pointer to --help) and returns its exit
    // code.
    int fail(const Error &error);

private:
    Context &m_context;
    const Command &m_command;
    QStringList m_arguments;
    QHash<QString, QStringList> m_options;
};

} // namespace zenml::cli
