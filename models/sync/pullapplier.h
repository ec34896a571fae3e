#pragma once

#include "domain/entitykind.h"
#include "domain/error.h"
#include "pullresult.h"
#include "store/outboxoperation.h"
#include "store/syncstate.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace zenml {
class LocalStore;
}

namespace zenml::sync {

class MirrorWriter;

// Merges pulled lists into the mirror in ONE transaction, with the history of what changed on the
// server (users, teams, roles and workspaces; rows new to the mirror only once a first pull has
// been made, so that the first pull of 100,000 users does not write 100,000 entries): rows whose
// `updated` equals the base are skipped (de-duplication of the incremental margin), changed rows
// are written, and rows with a pending local change are never overwritten: a differing server row
// turns the first waiting operation on that row into a conflict. Full lists also remove the clean
// rows the server no longer has, children before parents. Remembers each kind's newest `updated`
// (the watermark of the next incremental pull).
class PullApplier
{
public:
    explicit PullApplier(LocalStore &store);

    Status apply(const PullResult &result, PullReport &report);

    static QString watermarkKey(EntityKind kind);
    // The watermark whose safety margin a later pull has already re-read.
    static QString settledKey(EntityKind kind);

private:
    struct LocalRow
    {
        SyncState state;
        QString base;
    };
    struct OpenOp
    {
        qint64 id;
        OutboxStatus status;
        QString base;
        bool create;
    };

    Status loadIndexes();
    Result<QHash<QString, LocalRow>> loadRows(const QString &table) const;
    const OpenOp *openOpFor(const QString &serverId) const;
    // False when the row must not be written (a pending local change holds it).
    Result<bool> admit(EntityKind kind, const QString &id, const QString &raw,
                       const QJsonObject &snapshot, PullReport &report);
    Status sweep(EntityKind kind, const QString &table, const QSet<QString> &serverIds,
                 PullReport &report);
    void noteWatermark(EntityKind kind, const QString &raw);
    // A change found on the server, as history in the pull's transaction: before is empty for a
    // row new to the mirror, after for one the server no longer has. Only the fields the server
    // shows and that differ are kept; a row whose time alone moved leaves no entry.
    Status recordServerChange(EntityKind kind, const QString &id, const QJsonObject &before,
                              const QJsonObject &after);
    QJsonValue readable(const QString &field, const QJsonValue &value) const;
    Status saveWatermarks();

    // `insert` is the fast path for a row the mirror does not have: a plain insert, false when
    // it did not go in (then `write` takes the careful way).
    template<typename Row, typename Write, typename Insert>
    Status merge(EntityKind kind, const QString &table, const PullResult::Listing<Row> &listing,
                 Write write, Insert insert, PullReport &report,
                 QHash<EntityKind, QSet<QString>> &fullSets, const QSet<QString> &skip = {});
    // Ids of a listing's second copies of the same subject, role and scope.
    QSet<QString> duplicates(const QString &table,
                             const PullResult::Listing<remote::RemoteAssignment> &listing) const;

    LocalStore &m_store;
    QHash<QString, QHash<QString, LocalRow>> m_rows; // table → id → row
    QHash<QString, OpenOp> m_openOps;                // entity id → first open operation
    QHash<QString, QString> m_localOf;               // server id → local id (id_map)
    QHash<EntityKind, QString> m_watermarks;
    QHash<EntityKind, QString> m_settled; // kind → watermark to record as settled
};

} // namespace zenml::sync
