#pragma once

#include "domain/error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

struct sqlite3;

namespace zenml::sql {

// SQLite's own handle of the connection (null for another driver): for the few reads of a whole
// table where Qt's per-value overhead is most of the time (store/accessrows).
sqlite3 *handleOf(const QSqlDatabase &db);

// Prepares, binds positionally and runs one statement; any failure becomes an Io error.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement,
                       std::initializer_list<QVariant> values = {});
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement,
                       const QVariantList &values);

// The value as a statement gets it: a null QString binds as '' (see exec).
QVariant bindable(const QVariant &value);

Error errorOf(const QSqlQuery &query);
// As above, naming a full disk (SQLite's "database or disk is full", or a write refused with
// ENOSPC or EFBIG) as such: "the disk holding … is full", with what to do.
Error errorOf(const QSqlDatabase &db, const QSqlQuery &query);
// True when the connection's last failure was for want of space (see errorOf).
// Opens `path` read-only and "immutable" when db.open() is called: nothing beside the file is
// touched (no -shm, no locks) and the write-ahead log is not read.
void setImmutable(QSqlDatabase &db, const QString &path);
bool lastFailureWasDiskFull(const QSqlDatabase &db);
// True when the connection's last failure found the file damaged or not a database.
bool lastFailureWasDamage(const QSqlDatabase &db);
// The message for a full disk holding the database at `path`.
Error diskFullError(const QString &path);

// Stored times are UTC ISO 8601 with milliseconds; null stays null.
QVariant toDb(const QDateTime &time);
QDateTime fromDb(const QVariant &value);
QVariant nullIfEmpty(const QString &text);

} // namespace zenml::sql
