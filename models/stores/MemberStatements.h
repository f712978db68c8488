#pragma once

#include "core/Error.h"
#include "core/Result.h"
#include "storage/SqlDialect.h"

#include <memory>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace offkai {

class Database;
struct MemberBulkSession;

/// What the classes of the member tables (MemberStore, MemberList, MemberSearchIndex, MemberBulkWrite,
/// MemberBulkActions, MemberDuplicates) share on one connection: their prepared statements, the bulk
/// session while an import writes, and the tag ids it has looked up. MemberTables owns one.
///
/// While a bulk write runs, rows may still be queued in MemberBulkWriter: every read calls settle() first
/// so that SQL sees them.
class MemberStatements
{
    Q_DECLARE_TR_FUNCTIONS(offkai::MemberStatements)
public:
    explicit MemberStatements(Database &database);
    ~MemberStatements();
    MemberStatements(const MemberStatements &) = delete;
    MemberStatements &operator=(const MemberStatements &) = delete;

    Database &database() const { return m_database; }
    QSqlDatabase connection() const;
    /// The SQL spellings of the connection's server.
    const SqlDialect &dialect() const { return m_dialect; }

    /// A prepared, forward-only statement for `sql`, kept for the next call.
    QSqlQuery &cached(const QString &sql) const;
    /// Drops the kept statements: the connection is being opened again (ConnectionWatch), and a new
    /// session on the server has none of them.
    void forgetPrepared();
    /// The statement of the bulk session held in `slot`, or the cached one outside a bulk write.
    QSqlQuery &statement(QSqlQuery MemberBulkSession::*slot, const QString &sql);
    /// Writes the members a bulk write has queued (MemberBulkWriter), so that SQL sees them.
    Result<void> settle() const;

    /// The open bulk session, or null outside a bulk write (MemberBulkWrite opens and closes it).
    MemberBulkSession *session() const { return m_session.get(); }
    bool isBulkWriting() const { return m_session != nullptr; }
    void setSession(std::unique_ptr<MemberBulkSession> session);
    /// When a bulk write slims down (see MemberBulkWrite::setSlimThreshold); negative: automatic.
    qint64 slimThreshold() const { return m_slimThreshold; }
    void setSlimThreshold(qint64 rows) { m_slimThreshold = rows; }

    /// The id of the tag `name` (trimmed), added first when `create`; 0 when there is none.
    Result<qint64> tagId(const QString &name, bool create);
    /// Sets the member's updated_at to now.
    Result<void> touch(qint64 id);

    /// "The member no longer exists."
    static Error notFound(qint64 id);

private:
    Database &m_database;
    SqlDialect m_dialect;
    std::unique_ptr<MemberBulkSession> m_session;
    qint64 m_slimThreshold = -1;
    mutable QHash<QString, QSqlQuery> m_cache;
    mutable QSet<QString> m_unprepared;
};

} // namespace offkai
