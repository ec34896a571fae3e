#include "historytable.h"

#include "sqlutil.h"

#include <QJsonDocument>

namespace zenml {

namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, at, actor, verb, entity_kind, entity_id, entity_name, fields, source, "
    "outbox_id, outcome, http_status, outcome_at, detail, undone_at, undone_by, undo_of "
    "FROM history");

QList<HistoryEntry> readEntries(QSqlQuery &q)
{
    QList<HistoryEntry> out;
    while (q.next()) {
        HistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.at = sql::fromDb(q.value(1));
        e.actor = q.value(2).toString();
        e.verb = q.value(3).toString();
        e.entityKind = q.value(4).toString();
        e.entityId = q.value(5).toString();
        e.entityName = q.value(6).toString();
        e.fields = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        e.source = q.value(8).toString();
        e.outboxId = q.value(9).toLongLong();
        e.outcome = q.value(10).toString();
        e.httpStatus = q.value(11).toInt();
        e.outcomeAt = sql::fromDb(q.value(12));
        e.detail = q.value(13).toString();
        e.undoneAt = sql::fromDb(q.value(14));
        e.undoneBy = q.value(15).toLongLong();
        e.undoOf = q.value(16).toLongLong();
        out << e;
    }
    return out;
}

// A LIKE pattern that matches `text` literally anywhere.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

HistoryTable::HistoryTable(QSqlDatabase db)
    : m_db(std::move(db))
{}

HistoryTable::~HistoryTable() = default;

Status HistoryTable::pruneIfDue(const QDateTime &now)
{
    // Once an hour is enough: a prune that finds nothing still costs an index probe per write.
    if (m_lastPrune.isValid() && m_lastPrune.secsTo(now) < 3600)
        return {};
    auto done = sql::exec(m_db, QStringLiteral("DELETE FROM history WHERE at < ?"),
                          {sql::toDb(now.addDays(-m_retentionDays))});
    if (!done)
        return done.error();
    m_lastPrune = now;
    return {};
}

Result<qint64> HistoryTable::record(const HistoryEntry &e)
{
    const QDateTime at = e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc();
    if (Status s = pruneIfDue(at); !s)
        return s.error();
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_db);
        if (!m_insert->prepare(QStringLiteral(
                "INSERT INTO history (at, actor, verb, entity_kind, entity_id, entity_name, "
                "fields, source, outbox_id, undo_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            const Error error = sql::errorOf(*m_insert);
            m_insert.reset();
            return error;
        }
    }
    QSqlQuery &q = *m_insert;
    q.bindValue(0, sql::toDb(at));
    q.bindValue(1, e.actor);
    q.bindValue(2, e.verb);
    q.bindValue(3, e.entityKind);
    q.bindValue(4, sql::nullIfEmpty(e.entityId));
    q.bindValue(5, sql::nullIfEmpty(e.entityName));
    q.bindValue(6, e.fields.isEmpty()
                       ? QStringLiteral("{}")
                       : QString::fromUtf8(QJsonDocument(e.fields).toJson(QJsonDocument::Compact)));
    q.bindValue(7, e.source.isEmpty() ? QStringLiteral("local") : e.source);
    q.bindValue(8, e.outboxId > 0 ? QVariant(e.outboxId) : QVariant());
    q.bindValue(9, e.undoOf > 0 ? QVariant(e.undoOf) : QVariant());
    if (!q.exec())
        return sql::errorOf(q);
    return q.lastInsertId().toLongLong();
}

Status HistoryTable::setOutcome(qint64 outboxId, const QString &outcome, int httpStatus,
                                const QDateTime &at, const QString &detail)
{
    auto done = sql::exec(m_db,
                          QStringLiteral("UPDATE history SET outcome = ?, http_status = ?, "
                                         "outcome_at = ?, detail = ? WHERE outbox_id = ?"),
                          {outcome, httpStatus > 0 ? QVariant(httpStatus) : QVariant(),
                           sql::toDb(at), sql::nullIfEmpty(detail), outboxId});
    if (!done)
        return done.error();
    return {};
}

Status HistoryTable::markUndone(const QList<qint64> &ids, qint64 undoneBy, const QDateTime &at)
{
    // An undone apply may have recorded 20,000 rows: a statement per 500 stays well below
    // SQLite's limit on bound values.
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QStringList marks;
        QVariantList values{sql::toDb(at), undoneBy > 0 ? QVariant(undoneBy) : QVariant()};
        for (qint64 id : chunk) {
            marks << QStringLiteral("?");
            values << id;
        }
        auto done = sql::exec(m_db,
                              QStringLiteral("UPDATE history SET undone_at = ?, undone_by = ? "
                                             "WHERE undone_at IS NULL AND id IN (%1)")
                                  .arg(marks.join(QStringLiteral(", "))),
                              values);
        if (!done)
            return done.error();
    }
    return {};
}

Result<QList<HistoryEntry>> HistoryTable::list(const HistoryQuery &query) const
{
    QString statement = kColumns + QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (query.since) {
        statement += QStringLiteral(" AND at >= ?");
        values << sql::toDb(*query.since);
    }
    if (!query.entityName.isEmpty()) {
        statement += QStringLiteral(" AND entity_name = ?");
        values << query.entityName;
    }
    statement += QStringLiteral(" ORDER BY at DESC, id DESC");
    if (query.limit > 0)
        statement += QStringLiteral(" LIMIT %1").arg(query.limit);
    auto q = sql::exec(m_db, statement, values);
    if (!q)
        return q.error();
    return readEntries(q.value());
}

Result<QList<HistoryEntry>> HistoryTable::page(const HistoryFilter &filter,
                                               const HistoryEntry *after, int limit) const
{
    QString statement = kColumns + QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (after) {
        // The order is (at, id) descending; the index on at holds the rowid, so this walks it.
        const QVariant at = sql::toDb(after->at);
        statement += QStringLiteral(" AND (at < ? OR (at = ? AND id < ?))");
        values << at << at << after->id;
    }
    if (!filter.entityText.isEmpty()) {
        statement += QStringLiteral(" AND entity_name LIKE ? ESCAPE '\\'");
        values << containsPattern(filter.entityText);
    }
    if (!filter.actor.isEmpty()) {
        statement += QStringLiteral(" AND actor = ?");
        values << filter.actor;
    }
    if (!filter.verb.isEmpty()) {
        statement += QStringLiteral(" AND verb = ?");
        values << filter.verb;
    }
    if (filter.from) {
        statement += QStringLiteral(" AND at >= ?");
        values << sql::toDb(*filter.from);
    }
    if (filter.to) {
        statement += QStringLiteral(" AND at < ?");
        values << sql::toDb(*filter.to);
    }
    statement += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT %1").arg(qMax(1, limit));
    auto q = sql::exec(m_db, statement, values);
    if (!q)
        return q.error();
    return readEntries(q.value());
}

Result<QStringList> HistoryTable::distinct(const QString &column) const
{
    if (column != QLatin1String("actor") && column != QLatin1String("verb"))
        return Error::make(ErrorKind::Usage,
                           QStringLiteral("history has no choices for '%1'").arg(column));
    auto q =
        sql::exec(m_db, QStringLiteral("SELECT DISTINCT %1 FROM history ORDER BY %1").arg(column));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<int> HistoryTable::count() const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT COUNT(*) FROM history"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace zenml
