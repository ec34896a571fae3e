#include "help.h"

#include "exitcodes.h"
#include "registry.h"

#include <QCoreApplication>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct Help
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::Help)
};

constexpr qsizetype kLineWidth = 100;

// Splits text into lines of at most width characters, at spaces.
QStringList wrapped(const QString &text, qsizetype width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

// Two-column lines with the second column aligned and wrapped.
QString columns(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &[left, right] : rows)
        width = std::max(width, left.size());
    const qsizetype indent = width + 4;
    QString out;
    for (const auto &[left, right] : rows) {
        const QStringList lines = wrapped(right, std::max<qsizetype>(30, kLineWidth - indent));
        out += QStringLiteral("  ") + left.leftJustified(width + 2, QLatin1Char(' ')) +
               lines.first() + QLatin1Char('\n');
        for (const QString &line : lines.mid(1))
            out += QString(indent, QLatin1Char(' ')) + line + QLatin1Char('\n');
    }
    return out;
}

QString globalOptionsText()
{
    return Help::tr("Global options:\n") + columns(globalOptionRows());
}

QString summaryOf(const QStringList &path)
{
    for (const CommandGroup &g : allGroups()) {
        if (g.path == path)
            return g.summary;
    }
    for (const Command &c : allCommands()) {
        if (c.path == path)
            return c.summary;
    }
    return {};
}

// The verbs and sub-groups directly below path, in table order.
QList<std::pair<QString, QString>> childrenOf(const QStringList &path)
{
    QList<std::pair<QString, QString>> rows;
    QStringList seen;
    for (const Command &c : allCommands()) {
        if (c.path.size() <= path.size() || c.path.mid(0, path.size()) != path)
            continue;
        const QString next = c.path.at(path.size());
        if (seen.contains(next))
            continue;
        seen << next;
        rows.append({next, summaryOf(path + QStringList{next})});
    }
    return rows;
}
} // namespace

QList<std::pair<QString, QString>> globalOptionRows()
{
    return {
        {QStringLiteral("--profile NAME"), Help::tr("Use this profile instead of the active one.")},
        {QStringLiteral("-o, --output FORMAT"),
         Help::tr("Print listings as table (the default), json or csv.")},
        {QStringLiteral("--data-dir DIR"),
         Help::tr("Keep profiles in DIR (else ZENML_ADMIN_DATA_DIR, else the app data folder).")},
        {QStringLiteral("--lang LANG"),
         Help::tr("Language of messages, help, table headers and the desktop app, e.g. de or en; "
                  "else the system locale. JSON and CSV stay as they are.")},
        {QStringLiteral("-h, --help"),
         Help::tr("Show help for the program, a group or a command.")},
        {QStringLiteral("--version"), Help::tr("Print the version and exit.")},
    };
}

QList<std::pair<QString, QString>> exitCodeRows()
{
    return {{QString::number(Success), Help::tr("success")},
            {QString::number(Failure), Help::tr("other failure")},
            {QString::number(UsageError), Help::tr("usage error (unknown command or option, "
                                                   "missing argument)")},
            {QString::number(NotFound), Help::tr("not found, or an ambiguous name prefix")},
            {QString::number(RuleViolation),
             Help::tr("rule violation (invalid or duplicate name, protected entity, role "
                      "still assigned)")},
            {QString::number(IoFailure),
             Help::tr("I/O failure (profile database, data folder, keychain)")},
            {QString::number(NetworkFailure), Help::tr("network or server failure")},
            {QString::number(NotAuthorized), Help::tr("not signed in or not permitted")},
            {QString::number(Busy),
             Help::tr("busy: another sync of the profile is running (try again later)")}};
}

QString summaryOfPath(const QStringList &path)
{
    return summaryOf(path);
}

QString commandLineOf(const QStringList &path)
{
    return (QStringList{QStringLiteral("zenml-admin")} + path).join(QLatin1Char(' '));
}

QString programHelp()
{
    QString out = Help::tr("Usage: zenml-admin [OPTIONS] GROUP COMMAND [ARGS]...\n"
                           "       zenml-admin [--data-dir DIR] [--profile NAME] [--lang LANG]\n\n"
                           "  Administer the users, teams, roles and role assignments of a ZenML "
                           "server,\n  or of a local profile. With no command, the desktop app "
                           "starts.\n\n");
    out += Help::tr("Groups:\n") + columns(childrenOf({}));
    out += QLatin1Char('\n') + globalOptionsText();
    out += QLatin1Char('\n') + Help::tr("Exit codes:\n") + columns(exitCodeRows());
    out += QLatin1Char('\n') +
           Help::tr("Run 'zenml-admin GROUP --help' for the commands of a group.") +
           QLatin1Char('\n');
    return out;
}

QString groupHelp(const QStringList &path)
{
    QString out = Help::tr("Usage: %1 COMMAND [ARGS]...\n\n").arg(commandLineOf(path));
    out += QStringLiteral("  ") + summaryOf(path) + QStringLiteral("\n\n");
    out += Help::tr("Commands:\n") + columns(childrenOf(path));
    out += QLatin1Char('\n') + globalOptionsText();
    out +=
        QLatin1Char('\n') +
        Help::tr("Run '%1 COMMAND --help' for the options of a command.").arg(commandLineOf(path)) +
        QLatin1Char('\n');
    return out;
}

QString commandHelp(const Command &command)
{
    QString usage = commandLineOf(command.path);
    if (!command.options.isEmpty())
        usage += Help::tr(" [OPTIONS]");
    for (const ArgumentSpec &a : command.arguments) {
        QString shown = a.name + (a.repeatable ? QStringLiteral("...") : QString());
        usage +=
            QLatin1Char(' ') + (a.required ? shown : QLatin1Char('[') + shown + QLatin1Char(']'));
    }
    QString out = Help::tr("Usage: %1\n\n").arg(usage);
    out += QStringLiteral("  ") + command.summary + QLatin1Char('\n');
    if (!command.details.isEmpty())
        out += QStringLiteral("\n  ") + command.details + QLatin1Char('\n');
    if (!command.arguments.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const ArgumentSpec &a : command.arguments)
            rows.append({a.name, a.help});
        out += QLatin1Char('\n') + Help::tr("Arguments:\n") + columns(rows);
    }
    QList<std::pair<QString, QString>> rows;
    for (const OptionSpec &o : command.options) {
        QString left = o.shortName.isNull() ? QStringLiteral("    ")
                                            : QStringLiteral("-%1, ").arg(o.shortName);
        left += QStringLiteral("--") + o.name;
        if (!o.valueName.isEmpty())
            left += QLatin1Char(' ') + o.valueName;
        QString help = o.help;
        if (o.repeatable)
            help += QLatin1Char(' ') + Help::tr("Repeat for more.");
        rows.append({left, help});
    }
    rows.append({QStringLiteral("-h, --help"), Help::tr("Show this help and exit.")});
    out += QLatin1Char('\n') + Help::tr("Options:\n") + columns(rows);
    out += QLatin1Char('\n') + globalOptionsText();
    return out;
}

} // namespace zenml::cli
