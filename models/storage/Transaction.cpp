#include "Transaction.h"

#include "core/Log.h"
#include "SqlDialect.h"
#include "SqlErrors.h"

#include <QHash>
#include <QMutex>
#include <QSqlQuery>

namespace offkai {

namespace {
// Nesting depth per connection name. Connections belong to one thread, but names are global.
QMutex depthMutex;
QHash<QString, int> depthByConnection;

int enter(const QString &connection)
{
    QMutexLocker lock(&depthMutex);
    return depthByConnection[connection]++;
}

void leave(const QString &connection)
{
    QMutexLocker lock(&depthMutex);
    if (--depthByConnection[connection] <= 0)
        depthByConnection.remove(connection);
}
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    const int depth = enter(m_db.connectionName());
    if (depth > 0)
        m_savepoint = QStringLiteral("offkai_sp%1").arg(depth);
    const auto begun = run(m_savepoint.isEmpty() ? SqlDialect::of(m_db).beginWrite()
                                                 : QStringLiteral("SAVEPOINT ") + m_savepoint);
    if (begun) {
        m_active = true;
    } else {
        m_error = begun.error();
        leave(m_db.connectionName());
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::run(const QString &statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement))
        return SqlErrors::fromQuery(query, tr("Could not save the changes."));
    return {};
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_error.isError() ? m_error
                                 : Error(Error::Code::Sql, tr("Could not save the changes."),
                                         QStringLiteral("commit without an active transaction"));
    auto done =
        run(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    if (!done) {
        qCWarning(lcStorage) << "commit failed:" << done.error().detail();
        rollback();
        return done;
    }
    m_active = false;
    leave(m_db.connectionName());
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        if (auto r = run(QStringLiteral("ROLLBACK")); !r)
            qCWarning(lcStorage) << "rollback failed:" << r.error().detail();
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE closes it.
        if (auto r = run(QStringLiteral("ROLLBACK TO ") + m_savepoint); !r)
            qCWarning(lcStorage) << "rollback to savepoint failed:" << r.error().detail();
        (void)run(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    leave(m_db.connectionName());
}

} // namespace offkai
