#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace zenml::cli {

class Invocation;

// One option of a command. An empty valueName makes it a flag without a value.
struct OptionSpec
{
    QString name; // long name without the dashes
    QChar shortName;
    QString valueName;
    QString help;
    bool repeatable = false; // every occurrence is collected
};

struct ArgumentSpec
{
    QString name; // upper case, as shown in usage lines
    QString help;
    bool required = true;
    bool repeatable = false; // only the last argument may collect the rest
};

// One verb, addressed by its path ("role", "assignment", "list"). Its handler returns the exit
// code.
struct Command
{
    QStringList path;
    QString summary;
    QList<ArgumentSpec> arguments;
    QList<OptionSpec> options;
    std::function<int(Invocation &)> run;
    QString details; // extra paragraph for --help
};

// A level above the verbs ("role", "role assignment"), shown in the help of its parent.
struct CommandGroup
{
    QStringList path;
    QString summary;
};

} // namespace zenml::cli
