#pragma once

#include "domain/error.h"

#include <QSqlDatabase>

namespace zenml {

// Opens a transaction on construction and rolls it back on destruction unless commit() succeeded.
// Nested in another Transaction of the same connection (one verb inside a block of several, see
// AdminService::atomically) it is a savepoint, rolled back alone or committed with the outer one.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // The error of BEGIN, if it failed; check before doing any work.
    const Status &begun() const { return m_begun; }
    Status commit();

private:
    void close();

    QSqlDatabase m_db;
    Status m_begun;
    bool m_open = false;
    int m_depth = 0; // 0: the outer transaction; n: savepoint zenml_n
};

} // namespace zenml
