#pragma once

#include "domain/error.h"
#include "statementcache.h"
#include "syncstate.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace zenml {

// An (id, name) pair: what name resolution and candidate lists need.
struct NamedRef
{
    QString id;
    QString name;
};

// A mirror row's place relative to the server.
struct RowSync
{
    SyncState state = SyncState::Clean;
    QString baseUpdated; // the server's `updated` last seen, verbatim; empty if never synced
};

// Queries shared by every table whose rows have an id, a unique name and sync columns.
class NamedTable
{
public:
    NamedTable(QSqlDatabase db, QString table);
    virtual ~NamedTable() = default;

    Result<std::optional<NamedRef>> refById(const QString &id) const;
    Result<std::optional<NamedRef>> refByName(const QString &name) const;
    // Rows whose id or name starts with prefix (case-sensitive), at most limit of them.
    Result<QList<NamedRef>> refsByPrefix(const QString &prefix, int limit = 20) const;
    Result<QList<NamedRef>> allRefs() const;
    Result<int> count() const;
    Status remove(const QString &id);
    Result<RowSync> syncInfo(const QString &id) const;
    Status setSyncState(const QString &id, SyncState state, const QString &baseUpdated);
    // Replaces a local temporary id with the server's; foreign keys cascade the change.
    Status replaceId(const QString &localId, const QString &serverId);

protected:
    QSqlDatabase m_db;
    QString m_table;
    mutable StatementCache m_statements; // the statements a verb runs once per row
};

} // namespace zenml
