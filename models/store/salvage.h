#pragma once

#include "domain/error.h"
#include "outboxoperation.h"

#include <QList>
#include <QString>
#include <utility>

namespace zenml {

class LocalStore;

// What SQLite can still read of a damaged profile database: the profile's settings (the meta
// table: server, user, the invitation ledger, the last sign-in), the queued operations that were
// not yet done and the map of rows created offline to their server ids. Read table by table and,
// where a table cannot be read to its end, row by row, each failure counted and passed over.
struct SalvagedProfile
{
    bool readable = false; // SQLite could read the file's list of tables
    QList<std::pair<QString, QString>> meta;
    QList<OutboxOperation> operations;        // in queue order; none that was done
    QList<std::pair<QString, QString>> idMap; // local id → server id
    int unreadable = 0;                       // rows or parts of tables that could not be read

    QString metaValue(const QString &key) const;
};

namespace salvage {

// True when SQLite finds the file sound (PRAGMA quick_check answers "ok"); read-only, nothing is
// written to it.
bool isSound(const QString &path);

// Reads what it can of the database at `path`, read-only.
SalvagedProfile read(const QString &path);

// Puts salvaged operations back in a fresh profile's queue as pending (so that they meet the
// usual conflict rules on the next push), with the id map, in one transaction.
Status requeue(LocalStore &store, const SalvagedProfile &salvaged);

} // namespace salvage

} // namespace zenml
