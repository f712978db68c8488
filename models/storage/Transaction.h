#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace offkai {

/// A scoped SQLite transaction that rolls back unless committed.
///
/// The outermost Transaction on a connection runs BEGIN IMMEDIATE (so a writer never waits half-way
/// through its work); nested ones become savepoints, so a store method that opens a Transaction can be
/// called on its own or inside a larger import.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(offkai::Transaction)
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when BEGIN failed; error() says why.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }

    /// Makes the work durable. After a failed commit the transaction has been rolled back.
    Result<void> commit();
    void rollback();

private:
    Result<void> run(const QString &statement);

    QSqlDatabase m_db;
    QString m_savepoint;
    bool m_active = false;
    Error m_error;
};

} // namespace offkai
