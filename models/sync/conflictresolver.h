#pragma once

#include "domain/error.h"
#include "store/outboxoperation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace zenml {
class LocalStore;
}

namespace zenml::sync {

// One held conflict, with the three versions of the row side by side.
struct ConflictEntry
{
    OutboxOperation operation;
    QJsonObject base;   // the row the edit was made on, as the server last showed it
    QJsonObject mine;   // the mirror's row now (rowsnapshot.h shape); empty when deleted here
    QJsonObject server; // the server's row; empty when deleted there
    QStringList fields; // the fields to show, in order

    // One field's value for people, the same in the app and on the command line: a list joined
    // with ", ", a boolean as the caller's yes or no, a missing value as `missing`.
    static QString valueText(const QJsonValue &value, const QString &yes, const QString &no,
                             const QString &missing);
};

// Settles conflicts held in the outbox, one by one or for a selection.
//  - Keep mine: the edit is rebased onto the server's current `updated` and queued again, so the
//    next push overwrites the server's change (last writer wins, knowingly). Not possible when
//    the row is gone from the server.
//  - Take the server's: the server's row goes into the mirror (or the row is removed when the
//    server deleted it) and this edit AND every later queued edit of the same row are dropped,
//    since they were made on top of the local version just discarded.
//  - Skip: nothing changes; the conflict stays for later.
class ConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolver)

public:
    enum class Choice { KeepMine, TakeServer, Skip };

    explicit ConflictResolver(LocalStore &store);

    Result<QList<ConflictEntry>> list() const;
    Result<ConflictEntry> entry(qint64 operationId) const;
    // Each operation in its own transaction; stops at the first error.
    Status resolve(const QList<qint64> &operationIds, Choice choice);
    Status resolve(qint64 operationId, Choice choice)
    {
        return resolve(QList{operationId}, choice);
    }

    static inline const QString kSweepRequested = QStringLiteral("sync.sweep_requested");

private:
    Status keepMine(const OutboxOperation &op);
    Status takeServer(const OutboxOperation &op);
    ConflictEntry describe(const OutboxOperation &op) const;

    LocalStore &m_store;
};

} // namespace zenml::sync
