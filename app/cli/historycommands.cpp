// history: every change made on the profile, newest first.
#include "context.h"
#include "exitcodes.h"
#include "groups.h"
#include "invocation.h"
#include "service/adminservice.h"
#include "store/historytable.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace zenml::cli {

namespace {
struct HistoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::HistoryCommands)
};

// "name: old → new" for each field; a secret only as the word that it changed.
QString fieldsText(const QJsonObject &fields)
{
    QStringList parts;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isString()) {
            parts << it.value().toString();
            continue;
        }
        const QJsonObject change = it.value().toObject();
        const QString now = cellText(change.value(QStringLiteral("new")));
        parts << (change.contains(QStringLiteral("old"))
                      ? QStringLiteral("%1: %2 → %3")
                            .arg(it.key(), cellText(change.value(QStringLiteral("old"))), now)
                      : QStringLiteral("%1: %2").arg(it.key(), now));
    }
    return parts.join(QStringLiteral("; "));
}

int showHistory(Invocation &inv)
{
    Context &ctx = inv.context();
    HistoryQuery query;
    if (auto since = inv.value(QStringLiteral("since"))) {
        QDateTime at = QDateTime::fromString(*since, Qt::ISODate);
        if (!at.isValid()) {
            const QDate day = QDate::fromString(*since, Qt::ISODate);
            if (day.isValid())
                at = day.startOfDay(QTimeZone::utc());
        }
        if (!at.isValid())
            return inv.fail(Error::make(ErrorKind::Usage,
                                        HistoryCommands::tr("--since takes a date such as "
                                                            "2026-12-01 (or a date and time), "
                                                            "not '%1'.")
                                            .arg(*since)));
        query.since = at.toUTC();
    }
    query.entityName = inv.value(QStringLiteral("entity")).value_or(QString());
    auto service = ctx.service();
    if (!service)
        return inv.fail(service.error());
    auto entries = (*service)->store().history().list(query);
    if (!entries)
        return inv.fail(entries.error());
    QJsonArray rows;
    for (const HistoryEntry &e : *entries)
        rows.append(QJsonObject{
            {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("verb"), e.verb},
            {QStringLiteral("entity_kind"), e.entityKind},
            {QStringLiteral("entity"), e.entityName},
            {QStringLiteral("fields"), e.fields},
            {QStringLiteral("source"), e.source},
            {QStringLiteral("outcome"), e.outcome},
            {QStringLiteral("http_status"),
             e.httpStatus > 0 ? QJsonValue(e.httpStatus) : QJsonValue()},
            {QStringLiteral("outcome_at"), e.outcomeAt.isValid()
                                               ? QJsonValue(e.outcomeAt.toString(Qt::ISODateWithMs))
                                               : QJsonValue()},
            {QStringLiteral("detail"), e.detail},
            {QStringLiteral("undone_at"), e.undoneAt.isValid()
                                              ? QJsonValue(e.undoneAt.toString(Qt::ISODateWithMs))
                                              : QJsonValue()},
            {QStringLiteral("undone_by"), e.undoneBy > 0 ? QJsonValue(e.undoneBy) : QJsonValue()},
            {QStringLiteral("undo_of"), e.undoOf > 0 ? QJsonValue(e.undoOf) : QJsonValue()},
            {QStringLiteral("id"), e.id}});
    auto when = [](const QJsonObject &row) {
        return QLocale().toString(
            QDateTime::fromString(row.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)
                .toLocalTime(),
            QLocale::ShortFormat);
    };
    auto fields = [](const QJsonObject &row) {
        return fieldsText(row.value(QStringLiteral("fields")).toObject());
    };
    auto undone = [](const QJsonObject &row) {
        const QJsonValue at = row.value(QStringLiteral("undone_at"));
        if (at.isNull())
            return QStringLiteral("-");
        return QLocale().toString(
            QDateTime::fromString(at.toString(), Qt::ISODateWithMs).toLocalTime(),
            QLocale::ShortFormat);
    };
    ctx.printList(rows,
                  {{QStringLiteral("id"), HistoryCommands::tr("#")},
                   {QStringLiteral("at"), HistoryCommands::tr("WHEN"), when},
                   {QStringLiteral("actor"), HistoryCommands::tr("BY")},
                   {QStringLiteral("verb"), HistoryCommands::tr("CHANGE")},
                   {QStringLiteral("entity"), HistoryCommands::tr("ENTITY")},
                   {QStringLiteral("fields"), HistoryCommands::tr("FIELDS"), fields},
                   {QStringLiteral("outcome"), HistoryCommands::tr("OUTCOME")},
                   {QStringLiteral("http_status"), HistoryCommands::tr("HTTP")},
                   {QStringLiteral("undone_at"), HistoryCommands::tr("UNDONE"), undone},
                   {QStringLiteral("undone_by"), HistoryCommands::tr("UNDONE BY")},
                   {QStringLiteral("undo_of"), HistoryCommands::tr("UNDO OF")}},
                  HistoryCommands::tr("No changes recorded for the given filters."));
    return Success;
}
} // namespace

QList<Command> historyCommands()
{
    return {
        {{QStringLiteral("history")},
         HistoryCommands::tr("List the changes made on the profile, newest first."),
         {},
         {{QStringLiteral("since"), QChar(), QStringLiteral("DATE"),
           HistoryCommands::tr("Only changes on or after DATE (2026-12-01)."), false},
          {QStringLiteral("entity"), QChar(), QStringLiteral("NAME"),
           HistoryCommands::tr("Only changes of the user, team, role or workspace NAME."), false}},
         showHistory,
         HistoryCommands::tr("Kept for 365 days; older entries are removed with the next "
                             "change. Passwords are never recorded, only that one changed.")}};
}

} // namespace zenml::cli
