// The access model as a file: export, plan and apply. Reading, planning and queueing live in
// models/access; this file only reads options, files and the terminal.
#include "context.h"
#include "exitcodes.h"
#include "groups.h"
#include "invocation.h"

#include "access/accessjson.h"
#include "access/accessplan.h"
#include "access/accessyaml.h"
#include "access/mirrorsnapshot.h"
#include "access/planapplier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct AccessCommands
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::AccessCommands)
};

Error usage(const QString &message)
{
    return Error::make(ErrorKind::Usage, message);
}

// JSON when the name says so or the text opens with '{'; YAML otherwise.
bool looksLikeJson(const QString &fileName, const QByteArray &bytes)
{
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return true;
    for (char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

struct LoadedFile
{
    access::AccessModel model;
    QList<access::Problem> problems;
};

Result<LoadedFile> readAccessFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::NotFound,
                           AccessCommands::tr("Cannot read '%1': %2. Check the path.")
                               .arg(fileName, file.errorString()));
    const QByteArray bytes = file.readAll();
    LoadedFile out;
    out.model = looksLikeJson(fileName, bytes) ? access::fromJson(bytes, out.problems)
                                               : access::fromYaml(bytes, out.problems);
    return out;
}

// The plan of --file against the profile's mirror, or the error that stops the command.
Result<access::AccessPlan> planOf(Invocation &inv, AdminService &service)
{
    const auto fileName = inv.value(QStringLiteral("file"));
    if (!fileName || fileName->isEmpty())
        return usage(AccessCommands::tr("Name the access file with --file."));
    auto loaded = readAccessFile(*fileName);
    if (!loaded)
        return loaded.error();
    auto mirror = access::snapshotOf(service.store());
    if (!mirror)
        return mirror.error();
    return access::makePlan(loaded->model, *mirror, inv.isSet(QStringLiteral("prune")),
                            loaded->problems);
}

Error refusal(const access::AccessPlan &plan, const QString &fileName)
{
    QStringList lines;
    lines << AccessCommands::tr("The file has %n problem(s); nothing was queued:", "",
                                int(plan.problems.size()));
    for (const access::Problem &p : plan.problems)
        lines << QStringLiteral("  ") + access::problemText(p, fileName);
    return Error::make(ErrorKind::Invalid, lines.join(QLatin1Char('\n')));
}

int exportModel(Invocation &inv)
{
    Context &ctx = inv.context();
    if (ctx.format() == OutputFormat::Csv)
        return inv.fail(usage(AccessCommands::tr("Export writes yaml or json, not csv.")));
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto mirror = access::snapshotOf((*service)->store());
    if (!mirror)
        return inv.fail(mirror.error());
    const QByteArray bytes = ctx.format() == OutputFormat::Json ? access::toJson(mirror->model)
                                                                : access::toYaml(mirror->model);
    const auto fileName = inv.value(QStringLiteral("file"));
    if (!fileName) {
        ctx.print(QString::fromUtf8(bytes));
        return Success;
    }
    QSaveFile file(*fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return inv.fail(Error::make(
            ErrorKind::Io,
            AccessCommands::tr("Cannot write '%1': %2.").arg(*fileName, file.errorString())));
    ctx.say(AccessCommands::tr("Exported the access model of profile '%1' to '%2'.")
                .arg(ctx.profileName(), *fileName));
    return Success;
}

int planModel(Invocation &inv)
{
    Context &ctx = inv.context();
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto plan = planOf(inv, **service);
    if (!plan)
        return inv.fail(plan.error());
    if (ctx.format() == OutputFormat::Json)
        ctx.print(QString::fromUtf8(QJsonDocument(access::planJson(*plan)).toJson()));
    if (!plan->problems.isEmpty())
        return inv.fail(refusal(*plan, *inv.value(QStringLiteral("file"))));
    if (ctx.format() != OutputFormat::Json)
        ctx.print(access::planText(*plan));
    if (inv.isSet(QStringLiteral("check")) && !plan->isEmpty())
        return Drift;
    return Success;
}

bool confirmed(Context &ctx)
{
    ctx.print(AccessCommands::tr("Queue these changes? [y/N] "));
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") ||
           answer == AccessCommands::tr("y", "the short yes of the confirmation") ||
           answer == AccessCommands::tr("yes", "the long yes of the confirmation");
}

int applyModel(Invocation &inv)
{
    Context &ctx = inv.context();
    const bool yes = inv.isSet(QStringLiteral("yes"));
    if (!yes && ::isatty(STDIN_FILENO) != 1)
        return inv.fail(usage(AccessCommands::tr(
            "Apply asks for a confirmation, and there is no terminal to ask on. Check the plan "
            "with 'zenml-admin plan', then run apply with --yes.")));
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto plan = planOf(inv, **service);
    if (!plan)
        return inv.fail(plan.error());
    if (!plan->problems.isEmpty())
        return inv.fail(refusal(*plan, *inv.value(QStringLiteral("file"))));
    ctx.print(access::planText(*plan));
    if (plan->isEmpty())
        return Success;
    if (!yes && !confirmed(ctx))
        return inv.fail(
            Error::make(ErrorKind::Cancelled, AccessCommands::tr("Nothing was queued.")));
    if (Status s = access::applyPlan(**service, *plan); !s)
        return inv.fail(s.error());
    ctx.say((*service)->profileKind() == ProfileKind::Server
                ? AccessCommands::tr("Queued %n change(s) in one transaction; the next sync sends "
                                     "them to the server.",
                                     "", int(plan->changes.size()))
                : AccessCommands::tr("Applied %n change(s) in one transaction.", "",
                                     int(plan->changes.size())));
    return Success;
}

OptionSpec fileOption(const QString &help)
{
    return {QStringLiteral("file"), QLatin1Char('f'), QStringLiteral("FILE"), help, false};
}

} // namespace

QList<Command> accessCommands()
{
    const QString formats = AccessCommands::tr(
        "The file is YAML, or JSON when its name ends in .json or it starts with '{'. The format "
        "is described in docs/access-file.md.");
    return {
        {{QStringLiteral("export")},
         AccessCommands::tr("Write the profile's whole access model (workspaces, roles, users, "
                            "teams, role assignments) by name."),
         {},
         {fileOption(AccessCommands::tr("Write to this file instead of the standard output."))},
         exportModel,
         AccessCommands::tr("--output yaml (the default) or --output json. Two exports of the same "
                            "state are byte-identical; no ids, times, tokens or passwords.")},
        {{QStringLiteral("plan")},
         AccessCommands::tr("Show what apply would change to make the profile match a file."),
         {},
         {fileOption(AccessCommands::tr("The access file to compare with the profile.")),
          {QStringLiteral("prune"), QChar(), QString(),
           AccessCommands::tr("Also show what the file leaves out, which apply --prune deletes."),
           false},
          {QStringLiteral("check"), QChar(), QString(),
           AccessCommands::tr("Exit with code 9 when the profile differs from the file (for CI)."),
           false}},
         planModel,
         formats + QLatin1Char(' ') +
             AccessCommands::tr("Exit codes: 0 no difference (or any plan without --check), 9 a "
                                "difference with --check, 4 the file has problems.")},
        {{QStringLiteral("apply")},
         AccessCommands::tr("Queue every change of the plan of a file, in one transaction."),
         {},
         {fileOption(AccessCommands::tr("The access file to apply.")),
          {QStringLiteral("prune"), QChar(), QString(),
           AccessCommands::tr("Delete what the file leaves out (built-ins always stay)."), false},
          {QStringLiteral("yes"), QLatin1Char('y'), QString(),
           AccessCommands::tr("Do not ask for a confirmation (needed without a terminal)."),
           false}},
         applyModel,
         formats + QLatin1Char(' ') +
             AccessCommands::tr("A file with any problem is refused as a whole, every problem "
                                "listed with its line and column; nothing is queued.")},
    };
}

} // namespace zenml::cli
