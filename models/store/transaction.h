#pragma once

#include "domain/error.h"

#include <QSqlDatabase>

namespace zenml {

// Opens a transaction on construction and rolls it back on destruction unless commit() succeeded.
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
    QSqlDatabase m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace zenml
