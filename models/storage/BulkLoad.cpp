#include "BulkLoad.h"

#include "core/Log.h"

#include <QSqlError>
#include <QSqlQuery>

namespace offkai {

namespace {

/// Runs a PRAGMA and returns the first column of its first row, lower-cased (empty when it returns none
/// or fails).
QString pragma(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        qCDebug(lcStorage) << statement << "failed:" << query.lastError().text();
        return {};
    }
    return query.next() ? query.value(0).toString().toLower() : QString();
}

} // namespace

BulkLoad::BulkLoad(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (pragma(m_db, QStringLiteral("PRAGMA journal_mode")) == QLatin1String("wal")) {
        m_rollbackJournal =
            pragma(m_db, QStringLiteral("PRAGMA journal_mode = DELETE")) == QLatin1String("delete");
        if (!m_rollbackJournal)
            qCInfo(lcStorage) << "a bulk write stays in WAL mode: another connection has the database open, "
                                 "or a transaction or statement is";
    }
    m_foreignKeysWereOn = pragma(m_db, QStringLiteral("PRAGMA foreign_keys")) == QLatin1String("1");
    if (m_foreignKeysWereOn)
        pragma(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    pragma(m_db, QStringLiteral("PRAGMA ignore_check_constraints = ON"));
}

BulkLoad::~BulkLoad()
{
    pragma(m_db, QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    if (m_foreignKeysWereOn)
        pragma(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // Database opens every file in WAL mode, so a failure here is repaired on the next open.
    if (m_rollbackJournal &&
        pragma(m_db, QStringLiteral("PRAGMA journal_mode = WAL")) != QLatin1String("wal"))
        qCWarning(lcStorage) << "could not switch the database back to WAL mode; it will be on the next open";
}

} // namespace offkai
