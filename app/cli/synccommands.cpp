// The sync verbs: sync, status, pending list|retry|drop, conflicts list|resolve. The sync drives
// the SyncEngine of models/sync on the profile's store, signed in through ServerConnection; the
// queue and the conflicts go through the OutboxService, as on the app's pages.
#include "context.h"
#include "exitcodes.h"
#include "groups.h"
#include "invitecommands.h"
#include "invocation.h"
#include "service/invitationservice.h"
#include "service/outboxservice.h"
#include "service/serverconnection.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "sync/syncengine.h"
#include "syncrun.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::SyncCommands)
};

// The status as JSON and CSV carry it; a table shows its translation (statusText).
const char *statusName(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
        return QT_TRANSLATE_NOOP("zenml::cli::SyncCommands", "pending");
    case OutboxStatus::InFlight:
        return QT_TRANSLATE_NOOP("zenml::cli::SyncCommands", "in flight");
    case OutboxStatus::Done:
        return QT_TRANSLATE_NOOP("zenml::cli::SyncCommands", "done");
    case OutboxStatus::Failed:
        return QT_TRANSLATE_NOOP("zenml::cli::SyncCommands", "failed");
    case OutboxStatus::Conflict:
        return QT_TRANSLATE_NOOP("zenml::cli::SyncCommands", "conflict");
    }
    return "";
}

QString statusText(const QJsonObject &row)
{
    return SyncCommands::tr(row.value(QStringLiteral("status")).toString().toLatin1().constData());
}

Result<QList<qint64>> operationIds(const QStringList &texts)
{
    QList<qint64> ids;
    for (const QString &text : texts) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return Error::make(
                ErrorKind::Usage,
                SyncCommands::tr("'%1' is not the number of a queued change.").arg(text));
        ids << id;
    }
    return ids;
}

Result<LocalStore *> storeOf(Context &ctx)
{
    auto service = ctx.service();
    if (!service)
        return service.error();
    return &(*service)->store();
}

// Reads one of the outbox's listings from the profile's store (read) and prints it, an entry a
// row (toRow).
template<typename Reader, typename ToRow>
int printOutboxList(Invocation &inv, Reader read, ToRow toRow, const QList<Column> &columns,
                    const QString &emptyMessage)
{
    auto store = storeOf(inv.context());
    if (!store)
        return inv.fail(store.error());
    const OutboxService outbox(**store);
    const auto entries = read(outbox);
    if (!entries)
        return inv.fail(entries.error());
    QJsonArray rows;
    for (const auto &entry : *entries)
        rows << toRow(entry);
    inv.context().printList(rows, columns, emptyMessage);
    return Success;
}

// The first columns of both outbox listings (pending list, conflicts list).
QList<Column> operationColumns()
{
    return {{QStringLiteral("id"), SyncCommands::tr("ID")},
            {QStringLiteral("operation"), SyncCommands::tr("OPERATION")},
            {QStringLiteral("entity"), SyncCommands::tr("ENTITY")}};
}

// Progress on a terminal only: a line rewritten in place on stderr.
void showProgress(sync::SyncPhase phase, int done, int total)
{
    static const bool terminal = ::isatty(STDERR_FILENO) == 1;
    if (!terminal)
        return;
    const QString line = phase == sync::SyncPhase::Pushing
                             ? SyncCommands::tr("Pushing %1 of %2 changes").arg(done).arg(total)
                             : SyncCommands::tr("Pulling page %1 of %2").arg(done).arg(total);
    std::fprintf(stderr, "\r%s\033[K", qPrintable(line));
    std::fflush(stderr);
}

// While the push waits for a back-off (on a terminal only): why, and until when.
void showWaiting(const sync::SyncStatus &status)
{
    static const bool terminal = ::isatty(STDERR_FILENO) == 1;
    if (!terminal || !status.retryAt.isValid() || status.phase == sync::SyncPhase::Idle)
        return;
    const int seconds = int(
        std::max<qint64>(1, (QDateTime::currentDateTime().msecsTo(status.retryAt) + 999) / 1000));
    const QString line =
        status.connectivity == sync::Connectivity::Offline
            ? SyncCommands::tr("Cannot reach the server; next try in %n second(s)", nullptr,
                               seconds)
            : SyncCommands::tr("The server is busy; next try in %n second(s)", nullptr, seconds);
    std::fprintf(stderr, "\r%s\033[K", qPrintable(line));
    std::fflush(stderr);
}

int runSync(Invocation &inv)
{
    Context &ctx = inv.context();
    if (inv.isSet(QStringLiteral("pull-only")) && inv.isSet(QStringLiteral("push-only")))
        return inv.fail(Error::make(
            ErrorKind::Usage, SyncCommands::tr("Choose --pull-only or --push-only, not both.")));
    auto connection = ctx.connection();
    if (!connection)
        return inv.fail(connection.error());
    ServerConnection &conn = **connection;
    if (Status s = conn.ensureSessionSync(); !s)
        return inv.fail(s.error());
    auto store = storeOf(ctx);
    if (!store)
        return inv.fail(store.error());

    sync::SyncEngine engine(**store, conn.api());
    setUpEngine(engine, ctx, conn);
    // Invitation tokens the push brings go to the keychain (issue 6).
    const auto invitations = keepInvitations(ctx, engine);
    // A command run waits out short back-offs; longer ones are left to the next run.
    engine.setMaxRetryWait(std::chrono::seconds(20));
    QObject::connect(&engine, &sync::SyncEngine::progress, &engine, &showProgress);
    QObject::connect(&engine, &sync::SyncEngine::statusChanged, &engine, &showWaiting);
    const sync::SyncMode mode = inv.isSet(QStringLiteral("pull-only"))   ? sync::SyncMode::PullOnly
                                : inv.isSet(QStringLiteral("push-only")) ? sync::SyncMode::PushOnly
                                                                         : sync::SyncMode::Both;
    const auto report = sync::awaitSync(engine, mode, inv.isSet(QStringLiteral("full")));
    if (!report)
        return inv.fail(
            Error::make(ErrorKind::Cancelled, SyncCommands::tr("The sync could not start.")));
    if (invitations)
        invitations->waitForKeychainSync();
    if (::isatty(STDERR_FILENO) == 1)
        std::fprintf(stderr, "\r\033[K");

    const sync::SyncStatus status = engine.status();
    QStringList summary;
    if (report->push)
        summary << SyncCommands::tr("pushed %1 changes (%2 failed, %3 conflicts, %4 still waiting)")
                       .arg(report->push->sent)
                       .arg(report->push->failed)
                       .arg(report->push->conflicts)
                       .arg(report->push->remaining);
    if (report->pull)
        summary << SyncCommands::tr("pulled %1 changed rows, removed %2%3")
                       .arg(report->pull->written)
                       .arg(report->pull->removed)
                       .arg(report->pull->swept ? SyncCommands::tr(" (full check)") : QString());
    if (!summary.isEmpty())
        ctx.say(SyncCommands::tr("Sync: %1.").arg(summary.join(QStringLiteral("; "))));
    if (status.failed > 0 || status.conflicts > 0)
        ctx.say(SyncCommands::tr(
                    "%1 changes failed and %2 conflicts wait for you: see 'zenml-admin pending "
                    "list' and 'zenml-admin conflicts list'.")
                    .arg(status.failed)
                    .arg(status.conflicts));
    if (report->error)
        return inv.fail(*report->error);
    return Success;
}

int showStatus(Invocation &inv)
{
    Context &ctx = inv.context();
    auto info = ctx.profileInfo();
    if (!info)
        return inv.fail(info.error());
    auto store = storeOf(ctx);
    if (!store)
        return inv.fail(store.error());
    const Outbox &outbox = (*store)->outbox();
    const auto pending = outbox.count({OutboxStatus::Pending, OutboxStatus::InFlight});
    const auto failed = outbox.count({OutboxStatus::Failed});
    const auto conflicts = outbox.count({OutboxStatus::Conflict});
    if (!pending || !failed || !conflicts)
        return inv.fail(!pending ? pending.error() : !failed ? failed.error() : conflicts.error());
    const auto last = (*store)->meta(sync::SyncEngine::kLastSuccess);
    const bool server = info->kind == ProfileKind::Server;
    QJsonObject row{{QStringLiteral("profile"), info->name},
                    {QStringLiteral("server"), server ? info->serverUrl : QString()},
                    {QStringLiteral("pending"), *pending},
                    {QStringLiteral("failed"), *failed},
                    {QStringLiteral("conflicts"), *conflicts},
                    {QStringLiteral("last_sync"), last && !last->isEmpty() ? *last : QString()}};
    ctx.printObject(row, {{QStringLiteral("profile"), SyncCommands::tr("PROFILE")},
                          {QStringLiteral("server"), SyncCommands::tr("SERVER")},
                          {QStringLiteral("pending"), SyncCommands::tr("PENDING")},
                          {QStringLiteral("failed"), SyncCommands::tr("FAILED")},
                          {QStringLiteral("conflicts"), SyncCommands::tr("CONFLICTS")},
                          {QStringLiteral("last_sync"), SyncCommands::tr("LAST SYNC")}});
    return Success;
}

// JSON and CSV carry the operation's key (update_user) and the stored error; a table shows
// what the app's Pending page shows: the change in words, times in the user's locale.
int listPending(Invocation &inv)
{
    QHash<qint64, PendingChange> shown; // by operation id
    const auto toRow = [&shown](const PendingChange &c) {
        const OutboxOperation &op = c.operation;
        shown.insert(op.id, c);
        return QJsonObject{{QStringLiteral("id"), op.id},
                           {QStringLiteral("operation"), op.operation},
                           {QStringLiteral("entity"), c.row},
                           {QStringLiteral("status"), QString::fromLatin1(statusName(op.status))},
                           {QStringLiteral("attempts"), op.attempts},
                           {QStringLiteral("last_error"), op.lastError},
                           {QStringLiteral("request"), c.request}};
    };
    const auto changeOf = [&shown](const QJsonObject &row) {
        return shown.value(row.value(QStringLiteral("id")).toInteger()).change;
    };
    const auto errorOf = [&shown](const QJsonObject &row) {
        return shown.value(row.value(QStringLiteral("id")).toInteger()).lastError;
    };
    QList<Column> columns = operationColumns();
    columns[1].tableText = changeOf;
    return printOutboxList(
        inv, [](const OutboxService &outbox) { return outbox.pending(); }, toRow,
        columns +
            QList<Column>{{QStringLiteral("status"), SyncCommands::tr("STATUS"), statusText},
                          {QStringLiteral("attempts"), SyncCommands::tr("ATTEMPTS")},
                          {QStringLiteral("last_error"), SyncCommands::tr("LAST ERROR"), errorOf}},
        SyncCommands::tr("No changes wait for the server."));
}

// The verbs on queued changes by number (pending retry and drop, conflicts resolve): apply change
// to the named changes in the profile's store, then say how many with `done` (a %n source text).
template<typename Change> int changeOperations(Invocation &inv, Change change, const char *done)
{
    auto ids = operationIds(inv.arguments(QStringLiteral("ID")));
    if (!ids)
        return inv.fail(ids.error());
    auto store = storeOf(inv.context());
    if (!store)
        return inv.fail(store.error());
    // The service takes the sync lock: not while a sync (the app's, another command's) may be
    // sending these changes.
    OutboxService outbox(**store);
    if (Status s = change(outbox, *ids); !s)
        return inv.fail(s.error());
    inv.context().say(SyncCommands::tr(done, nullptr, int(ids->size())));
    return Success;
}

int changeQueue(Invocation &inv, bool drop)
{
    return changeOperations(
        inv,
        [drop](OutboxService &outbox, const QList<qint64> &ids) {
            return drop ? outbox.drop(ids) : outbox.retry(ids);
        },
        drop ? QT_TRANSLATE_N_NOOP("zenml::cli::SyncCommands", "Dropped %n change(s).")
             : QT_TRANSLATE_N_NOOP("zenml::cli::SyncCommands",
                                   "%n change(s) will be sent again on the next sync."));
}

// JSON and CSV keep the English words, so that scripts read the same in every language; a table
// translates them.
QString word(const char *text, bool translated)
{
    return translated ? SyncCommands::tr(text) : QString::fromLatin1(text);
}

QString valueText(const QJsonValue &v, bool translated)
{
    return OutboxService::Conflict::valueText(
        v, word(QT_TRANSLATE_NOOP("zenml::cli::SyncCommands", "yes"), translated),
        word(QT_TRANSLATE_NOOP("zenml::cli::SyncCommands", "no"), translated), QString());
}

// "field: mine | server; ..." for the fields that differ.
QString differences(const OutboxService::Conflict &c, bool translated)
{
    QStringList differing;
    for (const QString &field : c.fields) {
        if (field == QLatin1String("updated") || c.mine.value(field) == c.server.value(field))
            continue;
        differing << QStringLiteral("%1: %2 | %3")
                         .arg(field, valueText(c.mine.value(field), translated),
                              c.server.isEmpty()
                                  ? word(QT_TRANSLATE_NOOP("zenml::cli::SyncCommands", "(deleted)"),
                                         translated)
                                  : valueText(c.server.value(field), translated));
    }
    return differing.join(QStringLiteral("; "));
}

int listConflicts(Invocation &inv)
{
    QHash<qint64, QString> shown; // the table's translated differences, by operation id
    const auto toRow = [&shown](const OutboxService::Conflict &c) {
        shown.insert(c.operation.id, differences(c, true));
        return QJsonObject{{QStringLiteral("id"), c.operation.id},
                           {QStringLiteral("operation"), c.operation.operation},
                           {QStringLiteral("entity"),
                            c.mine.value(QStringLiteral("name")).toString(c.operation.entityId)},
                           {QStringLiteral("mine_vs_server"), differences(c, false)},
                           {QStringLiteral("base"), c.base},
                           {QStringLiteral("mine"), c.mine},
                           {QStringLiteral("server"), c.server},
                           {QStringLiteral("message"), c.operation.lastError}};
    };
    const auto differencesShown = [&shown](const QJsonObject &row) {
        return shown.value(row.value(QStringLiteral("id")).toInteger());
    };
    return printOutboxList(
        inv, [](const OutboxService &outbox) { return outbox.conflicts(); }, toRow,
        operationColumns() << Column{QStringLiteral("mine_vs_server"),
                                     SyncCommands::tr("MINE | SERVER"), differencesShown},
        SyncCommands::tr("No conflicts."));
}

int resolveConflicts(Invocation &inv)
{
    const bool mine = inv.isSet(QStringLiteral("keep-mine"));
    const bool theirs = inv.isSet(QStringLiteral("take-server"));
    if (mine == theirs)
        return inv.fail(
            Error::make(ErrorKind::Usage,
                        SyncCommands::tr("Say how to resolve: --keep-mine or --take-server.")));
    const auto resolution =
        mine ? OutboxService::Resolution::KeepMine : OutboxService::Resolution::TakeServer;
    return changeOperations(
        inv,
        [resolution](OutboxService &outbox, const QList<qint64> &ids) {
            return outbox.resolve(ids, resolution);
        },
        mine ? QT_TRANSLATE_N_NOOP("zenml::cli::SyncCommands",
                                   "Kept your version of %n row(s); the next sync sends it.")
             : QT_TRANSLATE_N_NOOP("zenml::cli::SyncCommands",
                                   "Took the server's version of %n row(s)."));
}
} // namespace

QList<Command> syncCommands()
{
    const ArgumentSpec ids{QStringLiteral("ID"),
                           SyncCommands::tr("Number of a queued change (see the list)."), true,
                           true};
    return {
        {{QStringLiteral("sync")},
         SyncCommands::tr("Send queued changes to the server, then fetch what changed there."),
         {},
         {{QStringLiteral("pull-only"), QChar(), QString(),
           SyncCommands::tr("Only fetch from the server.")},
          {QStringLiteral("push-only"), QChar(), QString(),
           SyncCommands::tr("Only send queued changes.")},
          {QStringLiteral("full"), QChar(), QString(),
           SyncCommands::tr(
               "List everything on the server, which also finds rows deleted there.")}},
         runSync,
         SyncCommands::tr("Prints progress on a terminal and a summary at the end.")},
        {{QStringLiteral("status")},
         SyncCommands::tr(
             "Show the profile's sync state: queued changes, failures, conflicts, last sync."),
         {},
         {},
         showStatus,
         {}},
        {{QStringLiteral("pending"), QStringLiteral("list")},
         SyncCommands::tr(
             "List the changes waiting for the server, with the request each one sends."),
         {},
         {},
         listPending,
         {}},
        {{QStringLiteral("pending"), QStringLiteral("retry")},
         SyncCommands::tr("Send failed changes again on the next sync."),
         {ids},
         {},
         [](Invocation &inv) { return changeQueue(inv, false); },
         {}},
        {{QStringLiteral("pending"), QStringLiteral("drop")},
         SyncCommands::tr("Drop queued changes; the server's version of their rows comes back."),
         {ids},
         {},
         [](Invocation &inv) { return changeQueue(inv, true); },
         {}},
        {{QStringLiteral("conflicts"), QStringLiteral("list")},
         SyncCommands::tr("List the changes that met a newer version on the server."),
         {},
         {},
         listConflicts,
         {}},
        {{QStringLiteral("conflicts"), QStringLiteral("resolve")},
         SyncCommands::tr("Resolve conflicts: keep your version or take the server's."),
         {ids},
         {{QStringLiteral("keep-mine"), QChar(), QString(),
           SyncCommands::tr("Send your version again, over the server's.")},
          {QStringLiteral("take-server"), QChar(), QString(),
           SyncCommands::tr("Take the server's version and drop your changes of the row.")}},
         resolveConflicts,
         {}},
    };
}

} // namespace zenml::cli
