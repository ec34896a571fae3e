#pragma once

#include "domain/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>
#include <optional>

namespace zenml {

// One change on a profile: made here by the admin, or found on the server by a pull.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;      // the signed-in user, or "local"
    QString verb;       // the outbox operation's name: "update_user", "assign_user_role", ...
    QString entityKind; // entitykind::key()
    QString entityId;
    QString entityName;
    QJsonObject fields; // field → {"old": …, "new": …}; never a secret
    QString source;     // "local" (made here) or "server" (changed on the server)
    qint64 outboxId = 0;
    QString outcome; // empty (local profile or not sent yet), sent, failed, conflict, dropped
    int httpStatus = 0;
    QDateTime outcomeAt;
    QString detail;
    QDateTime undoneAt;  // when the admin undid the edit in the app; invalid: not undone
    qint64 undoneBy = 0; // the first entry the undo recorded
    qint64 undoOf = 0;   // on an undo's own entries: the first entry of the edit it undid
};

struct HistoryQuery
{
    std::optional<QDateTime> since;
    QString entityName; // exact name
    int limit = 0;      // 0: all
};

// What the History page shows: each part narrows the rows; empty parts do not.
struct HistoryFilter
{
    QString entityText; // part of the entity's name, any case
    QString actor;      // exact
    QString verb;       // exact
    std::optional<QDateTime> from;
    std::optional<QDateTime> to; // exclusive

    bool isEmpty() const
    {
        return entityText.isEmpty() && actor.isEmpty() && verb.isEmpty() && !from && !to;
    }
};

// The history table. Each write records through one statement prepared once and reused inside
// the caller's transaction; old entries are pruned in that same transaction.
class HistoryTable
{
public:
    explicit HistoryTable(QSqlDatabase db);
    ~HistoryTable();

    static constexpr int kDefaultRetentionDays = 365;
    static inline const QString kRetentionKey = QStringLiteral("history.retention_days");

    // Call inside the write's transaction. Returns the new row's id.
    Result<qint64> record(const HistoryEntry &entry);
    // What became of a queued change (call inside the sync's transaction).
    Status setOutcome(qint64 outboxId, const QString &outcome, int httpStatus, const QDateTime &at,
                      const QString &detail = {});
    // Marks the entries of an edit undone in the app (call inside the undo's transaction). An
    // entry already marked keeps its first mark.
    Status markUndone(const QList<qint64> &ids, qint64 undoneBy, const QDateTime &at);
    Result<QList<HistoryEntry>> list(const HistoryQuery &query = {}) const;
    Result<int> count() const;
    // One page of the filtered history, newest first, starting after `after` (the last entry of
    // the page before; none for the first page). Keyset paging: each page costs the same at
    // 100,000 rows as at 100.
    Result<QList<HistoryEntry>> page(const HistoryFilter &filter, const HistoryEntry *after,
                                     int limit) const;
    // The distinct values of a column ("actor" or "verb"), sorted, for the filter's choices.
    Result<QStringList> distinct(const QString &column) const;
    void setRetentionDays(int days) { m_retentionDays = days; }

private:
    Status pruneIfDue(const QDateTime &now);

    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insert;
    int m_retentionDays = kDefaultRetentionDays;
    QDateTime m_lastPrune;
};

} // namespace zenml
