#include "transaction.h"

#include "sqlutil.h"

namespace zenml {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // BEGIN IMMEDIATE takes the write lock now, so a second writer fails here rather than at
    // commit.
    auto begin = sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    if (begin)
        m_open = true;
    else
        m_begun = begin.error();
}

Transaction::~Transaction()
{
    if (m_open)
        (void)sql::exec(m_db, QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error::make(ErrorKind::Io, QStringLiteral("no transaction")))
                            : m_begun;
    auto done = sql::exec(m_db, QStringLiteral("COMMIT"));
    if (!done)
        return done.error();
    m_open = false;
    return {};
}

} // namespace zenml
