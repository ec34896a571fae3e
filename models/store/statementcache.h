#pragma once

#include "domain/error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <initializer_list>
#include <memory>

namespace zenml {

// Statements prepared once per table and run again with new values: a verb run for each of
// 10,000 rows (an apply, an import) spent most of its time preparing the same few statements.
// The owner must go before its connection closes (LocalStore resets its tables first).
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db);
    ~StatementCache();

    // Binds the values (as sql::exec does) and runs the statement. The query stays valid until the
    // same statement runs again; call finish() on it once its rows are read, so that no read
    // stays open on the connection.
    Result<QSqlQuery *> exec(const QString &statement, std::initializer_list<QVariant> values);

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace zenml
