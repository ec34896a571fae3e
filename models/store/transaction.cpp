#include "transaction.h"

#include "sqlutil.h"

#include <QHash>
#include <sqlite3.h>

namespace zenml {

namespace {

// Open transactions per connection name. A connection belongs to one thread, and the outer
// transaction's guard outlives the inner ones, so a plain count per name is enough.
QHash<QString, int> &depths()
{
    thread_local QHash<QString, int> open;
    return open;
}

// Runs a savepoint's statement through SQLite directly: an apply nests one in its transaction
// for each of 20,000 verbs, and Qt's query object around each was a good part of the time.
// False when it did not run; the caller then runs it the usual way, for the usual error.
bool quickly(const QSqlDatabase &db, const QString &statement)
{
    sqlite3 *handle = sql::handleOf(db);
    return handle && sqlite3_exec(handle, statement.toUtf8().constData(), nullptr, nullptr,
                                  nullptr) == SQLITE_OK;
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    const int depth = depths().value(m_db.connectionName());
    // BEGIN IMMEDIATE takes the write lock now, so a second writer fails here rather than at
    // commit. Inside another transaction of the same connection this is a savepoint: the work is
    // undone on its own when it fails, and kept or undone with the outer transaction otherwise.
    const QString statement = depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                         : QStringLiteral("SAVEPOINT zenml_%1").arg(depth);
    if (!(depth > 0 && quickly(m_db, statement))) {
        auto begin = sql::exec(m_db, statement);
        if (!begin) {
            m_begun = begin.error();
            return;
        }
    }
    m_open = true;
    m_depth = depth;
    depths()[m_db.connectionName()] = depth + 1;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_depth == 0) {
        (void)sql::exec(m_db, QStringLiteral("ROLLBACK"));
    } else {
        (void)sql::exec(m_db, QStringLiteral("ROLLBACK TO zenml_%1").arg(m_depth));
        (void)sql::exec(m_db, QStringLiteral("RELEASE zenml_%1").arg(m_depth));
    }
    close();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error::make(ErrorKind::Io, QStringLiteral("no transaction")))
                            : m_begun;
    const QString statement =
        m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE zenml_%1").arg(m_depth);
    if (!(m_depth > 0 && quickly(m_db, statement))) {
        auto done = sql::exec(m_db, statement);
        if (!done)
            return done.error();
    }
    close();
    return {};
}

void Transaction::close()
{
    m_open = false;
    if (m_depth == 0)
        depths().remove(m_db.connectionName());
    else
        depths()[m_db.connectionName()] = m_depth;
}

} // namespace zenml
