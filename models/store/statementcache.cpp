#include "statementcache.h"

#include "sqlutil.h"

namespace zenml {

StatementCache::StatementCache(QSqlDatabase db)
    : m_db(std::move(db))
{}

StatementCache::~StatementCache() = default;

Result<QSqlQuery *> StatementCache::exec(const QString &statement,
                                         std::initializer_list<QVariant> values)
{
    std::shared_ptr<QSqlQuery> &query = m_queries[statement];
    if (!query) {
        auto prepared = std::make_shared<QSqlQuery>(m_db);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(statement)) {
            const Error error = sql::errorOf(m_db, *prepared);
            m_queries.remove(statement);
            return error;
        }
        query = std::move(prepared);
    }
    int i = 0;
    for (const QVariant &v : values)
        query->bindValue(i++, sql::bindable(v));
    if (!query->exec()) {
        const Error error = sql::errorOf(m_db, *query);
        query->finish();
        return error;
    }
    return query.get();
}

} // namespace zenml
