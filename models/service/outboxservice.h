#pragma once

#include "domain/error.h"
#include "store/outboxoperation.h"
#include "sync/conflictresolver.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

namespace zenml {

class LocalStore;
namespace sync {
class IdTranslator;
}

// One queued change as a person reads it, for the Pending changes page and `pending list`.
struct PendingChange
{
    OutboxOperation operation;
    QString change;    // what a person would say: "Update user", "Assign role editor to ann"
    QString row;       // the row's name, "ann → editor (in lab)" for an assignment, else its id
    QString request;   // the exact request it will send, secrets masked
    QString lastError; // the last error, with its times in the user's locale
};

// The queue of a profile's changes and its conflicts, for the GUI and the CLI alike: list them
// in words, retry, drop, resolve. Every change of the queue takes the profile's sync lock
// itself, so that nothing changes an operation while a sync is sending it.
class OutboxService
{
    Q_DECLARE_TR_FUNCTIONS(OutboxService)

public:
    using Conflict = sync::ConflictEntry;
    enum class Resolution { KeepMine, TakeServer };
    // Whose sync lock stops a change: any holder (the command line), or only another process
    // (the app, whose own engine re-reads each operation before it sends it).
    enum class LockScope { AnyHolder, OtherProcesses };

    explicit OutboxService(LocalStore &store, LockScope scope = LockScope::AnyHolder);

    // Every operation not yet done, in queue order.
    Result<QList<PendingChange>> pending() const;
    // Failed (or waiting) changes go back to pending with their back-off cleared.
    Status retry(const QList<qint64> &operationIds);
    // Drops changes: a dropped create removes its row; other rows come back from the server.
    Status drop(const QList<qint64> &operationIds);

    Result<QList<Conflict>> conflicts() const;
    Status resolve(const QList<qint64> &operationIds, Resolution resolution);
    // The words for one queued operation ("Update user"), as in pending().
    QString changeText(const OutboxOperation &operation) const;

    static QString statusText(OutboxStatus status);
    // `text` with every ISO 8601 time in it (a server's `updated`, taken as UTC when it names no
    // zone) written as the user's locale writes a date and time.
    static QString readableTimes(const QString &text);

private:
    struct Names; // an assignment's subject, role and workspace by name
    Names assignmentNames(const sync::IdTranslator &ids, const OutboxOperation &op) const;
    QString changeText(const sync::IdTranslator &ids, const OutboxOperation &op) const;
    QString rowText(const sync::IdTranslator &ids, const OutboxOperation &op,
                    const QString &entityName) const;
    Status locked(const std::function<Status()> &change);

    LocalStore &m_store;
    LockScope m_scope;
};

} // namespace zenml
