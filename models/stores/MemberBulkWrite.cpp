#include "MemberBulkWrite.h"

#include "core/Log.h"
#include "MemberBulkSession.h"
#include "MemberBulkWriter.h"
#include "MemberSearchIndex.h"
#include "MemberStatements.h"
#include "storage/SqlErrors.h"

#include <algorithm>
#include <QScopeGuard>
#include <QSqlQuery>

namespace offkai {

MemberBulkWrite::MemberBulkWrite(MemberStatements &statements, MemberSearchIndex &search, QObject *parent)
    : QObject(parent)
    , m_statements(statements)
    , m_search(search)
{}

bool MemberBulkWrite::isActive() const
{
    return m_statements.isBulkWriting();
}

void MemberBulkWrite::setSlimThreshold(qint64 rows)
{
    m_statements.setSlimThreshold(rows);
}

Result<void> MemberBulkWrite::begin(qint64 expectedRows)
{
    if (m_statements.isBulkWriting())
        return Error(Error::Code::Invalid, tr("Could not start the import."),
                     QStringLiteral("bulk write already in progress"));
    const QSqlDatabase db = m_statements.connection();
    auto session = std::make_unique<MemberBulkSession>(db);
    session->expected = std::max<qint64>(0, expectedRows);
    // PostgreSQL: prepared statements through QtSql, in the caller's transaction.
    if (!m_statements.dialect().isPostgreSql())
        session->writer = MemberBulkWriter::open(db);
    QSqlQuery count(db);
    if (count.exec(QStringLiteral("SELECT count(*) FROM members")) && count.next())
        session->existing = count.value(0).toLongLong();
    m_statements.setSession(std::move(session));
    return {};
}

Result<void> MemberBulkWrite::end()
{
    if (!m_statements.isBulkWriting())
        return Error(Error::Code::Invalid, tr("Could not finish the import."),
                     QStringLiteral("no bulk write in progress"));
    if (auto settled = m_statements.settle(); !settled) {
        cancel();
        return settled;
    }
    const QSqlDatabase db = m_statements.connection();
    // Statements go before the schema changes under them.
    const MemberBulkSession &session = *m_statements.session();
    const QStringList dropped = session.dropped;
    const bool noProfileTrigger = session.noProfileTrigger;
    const QString cacheSize = session.cacheSize;
    m_statements.setSession(nullptr);
    const auto restoreCache = qScopeGuard([&] { MemberBulkSession::setCacheSize(db, cacheSize); });
    m_search.forgetEstimates();
    const QString what = tr("Could not update the member search index.");
    if (noProfileTrigger) {
        // Members that something else inserted meanwhile get the profile row the trigger would have made.
        QSqlQuery profiles(db);
        if (!profiles.exec(QStringLiteral(
                "INSERT INTO member_profiles (member_id) SELECT id FROM members m WHERE NOT EXISTS "
                "(SELECT 1 FROM member_profiles p WHERE p.member_id = m.id)")))
            return SqlErrors::fromQuery(profiles, what);
    }
    if (auto restored = MemberBulkSession::restoreSchema(db, dropped, false); !restored)
        return restored;
    if (auto rebuilt = m_search.rebuildAfterBulkWrite(); !rebuilt)
        return rebuilt;
    Q_EMIT membersReset();
    return {};
}

void MemberBulkWrite::cancel()
{
    if (!m_statements.isBulkWriting())
        return;
    const QSqlDatabase db = m_statements.connection();
    const QStringList dropped = m_statements.session()->dropped;
    MemberBulkSession::setCacheSize(db, m_statements.session()->cacheSize);
    m_statements.setSession(nullptr);
    m_search.forgetEstimates();
    // The caller's rollback has brought back what the session dropped; should it not have rolled back,
    // put back what is missing, so that the schema never stays without them.
    if (!dropped.isEmpty()) {
        if (auto restored = MemberBulkSession::restoreSchema(db, dropped, true); !restored)
            qCWarning(lcStores) << "could not restore the member indexes:" << restored.error().detail();
    }
    Q_EMIT membersReset();
}

} // namespace offkai
