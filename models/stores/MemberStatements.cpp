#include "MemberStatements.h"

#include "core/Log.h"

#include "MemberBulkSession.h"
#include "SqlBinder.h"
#include "storage/Database.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"

namespace offkai {

namespace {

QString addTagSql(const SqlDialect &dialect)
{
    static const QString sqlite =
        SqlBinder::numbered(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"));
    static const QString postgres =
        SqlBinder::numbered(QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"));
    return dialect.isPostgreSql() ? postgres : sqlite;
}
const QString kFindTag = SqlBinder::numbered(QStringLiteral("SELECT id FROM tags WHERE name = ?"));

} // namespace

MemberStatements::MemberStatements(Database &database)
    : m_database(database)
    , m_dialect(SqlDialect::of(database.connection()))
{}

MemberStatements::~MemberStatements()
{
    // Prepared statements go before the connection they belong to.
    m_session.reset();
    m_cache.clear();
}

QSqlDatabase MemberStatements::connection() const
{
    return m_database.connection();
}

void MemberStatements::forgetPrepared()
{
    m_cache.clear();
    m_unprepared.clear();
}

QSqlQuery &MemberStatements::cached(const QString &sql) const
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end() || m_unprepared.contains(sql)) {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        // A statement that could not be prepared (on PostgreSQL, e.g. inside a transaction that a failed
        // statement has aborted) is prepared again on its next use; its exec() reports the error.
        if (query.prepare(sql)) {
            m_unprepared.remove(sql);
        } else {
            qCWarning(lcStorage) << "could not prepare" << sql << query.lastError().text();
            m_unprepared.insert(sql);
        }
        it = m_cache.insert(sql, query);
    }
    return *it;
}

QSqlQuery &MemberStatements::statement(QSqlQuery MemberBulkSession::*slot, const QString &sql)
{
    if (!m_session)
        return cached(sql);
    QSqlQuery &query = (*m_session).*slot;
    if (query.lastQuery().isEmpty()) {
        query.setForwardOnly(true);
        query.prepare(sql);
    }
    return query;
}

Result<void> MemberStatements::settle() const
{
    if (m_session)
        return m_session->settle();
    return {};
}

void MemberStatements::setSession(std::unique_ptr<MemberBulkSession> session)
{
    m_session = std::move(session);
}

Result<qint64> MemberStatements::tagId(const QString &name, bool create)
{
    const QString what = tr("Could not save the member's tags.");
    const QString trimmed = name.trimmed();
    if (m_session) {
        if (const auto known = m_session->tagIds.constFind(trimmed); known != m_session->tagIds.cend())
            return *known;
    }
    if (create) {
        QSqlQuery &add = statement(&MemberBulkSession::addTag, addTagSql(m_dialect));
        SqlBinder(add) << trimmed;
        if (!add.exec())
            return SqlErrors::fromQuery(add, what);
    }
    QSqlQuery &find = statement(&MemberBulkSession::findTag, kFindTag);
    SqlBinder(find) << trimmed;
    if (!find.exec())
        return SqlErrors::fromQuery(find, what);
    const qint64 id = find.next() ? find.value(0).toLongLong() : 0;
    find.finish();
    if (m_session && id > 0)
        m_session->tagIds.insert(trimmed, id);
    return id;
}

Result<void> MemberStatements::touch(qint64 id)
{
    QSqlQuery &query = cached(QStringLiteral("UPDATE members SET updated_at = ? WHERE id = ?"));
    query.addBindValue(SqlValues::now());
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not save the members."));
    if (query.numRowsAffected() != 1)
        return notFound(id);
    return {};
}

Error MemberStatements::notFound(qint64 id)
{
    return Error(Error::Code::NotFound, tr("The member no longer exists."),
                 QStringLiteral("member %1").arg(id));
}

} // namespace offkai
