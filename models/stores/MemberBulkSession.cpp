#include "MemberBulkSession.h"

#include "core/Log.h"
#include "MemberStore.h"
#include "storage/SqlDialect.h"
#include "storage/SqlErrors.h"

#include <algorithm>
#include <QRegularExpression>
#include <QSqlError>

namespace offkai {

MemberBulkSession::MemberBulkSession(const QSqlDatabase &db)
    : member(db)
    , profile(db)
    , profileFill(db)
    , email(db)
    , memberTag(db)
    , answer(db)
    , addTag(db)
    , findTag(db)
    , oldEmails(db)
{}

Result<void> MemberBulkSession::settle()
{
    if (writer && writer->hasPending())
        return writer->flush();
    return {};
}

qint64 MemberBulkSession::slimThreshold(qint64 configured) const
{
    if (configured >= 0)
        return configured;
    // Re-creating an index costs a sort of the whole table; keeping it costs a B-tree insert per row,
    // several times more per row. Dropping pays once the import adds a good share of the table.
    return std::max<qint64>(kSlimMinimumRows, existing / kSlimTableShare);
}

qint64 MemberBulkSession::slimAfter(qint64 configured) const
{
    const qint64 threshold = slimThreshold(configured);
    if (expected < threshold)
        return threshold;
    return std::max<qint64>(0, std::min(threshold, kSlimSampleRows - existing));
}

Result<void> MemberBulkSession::slimDown(const QSqlDatabase &db)
{
    if (auto settled = settle(); !settled)
        return settled.error();
    slimTried = true;
    // Dropping and re-creating indexes is a SQLite file's way to write a large import: on PostgreSQL the
    // rows go in through the indexes, and BEGIN inside a transaction would only warn.
    if (db.driverName() == QLatin1String("QPSQL"))
        return {};
    const QString what = MemberStore::tr("Could not add the member.");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Dropping is only safe inside the caller's transaction, whose rollback brings the indexes back.
    // BEGIN succeeds only outside one.
    if (query.exec(QStringLiteral("BEGIN"))) {
        query.exec(QStringLiteral("ROLLBACK"));
        qCWarning(lcStores) << "bulk write outside a transaction; keeping the member indexes";
        return {};
    }
    // The definitions come from the database itself, so code and schema cannot drift: every index that
    // its CREATE INDEX made (not a PRIMARY KEY or UNIQUE constraint) and is not unique. Kept are partial
    // indexes (their WHERE usually excludes what an import writes, as member_profiles_unnormalized
    // does) and indexes whose first column has few distinct values (status, occupation, tag, dates of
    // a list that has none): a new row lands at the end of its key's run, so keeping them costs less
    // than rebuilding them. What is left are the indexes an import writes at random places.
    QStringList names;
    QStringList creates;
    if (!query.exec(QStringLiteral(
            "SELECT s.name, s.sql, s.tbl_name, (SELECT i.name FROM pragma_index_info(s.name) i WHERE "
            "i.seqno = 0) FROM sqlite_master s JOIN pragma_index_list(s.tbl_name) l ON l.name = s.name "
            "WHERE s.type = 'index' AND s.sql IS NOT NULL AND l.\"unique\" = 0 AND l.origin = 'c' "
            "AND l.partial = 0 AND s.tbl_name IN ('members', 'member_profiles', 'member_emails', "
            "'member_tags', 'member_answers') ORDER BY s.tbl_name, s.name")))
        return SqlErrors::fromQuery(query, what);
    struct Candidate
    {
        QString name, sql, table, column;
    };
    QList<Candidate> candidates;
    while (query.next()) {
        candidates.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString()});
    }
    const auto quoted = &SqlDialect::identifier;
    for (const Candidate &c : std::as_const(candidates)) {
        if (!c.column.isEmpty()) {
            if (!query.exec(QStringLiteral("SELECT count(*), count(DISTINCT v) FROM (SELECT ") +
                            quoted(c.column) + QStringLiteral(" AS v FROM ") + quoted(c.table) +
                            QStringLiteral(" LIMIT 1000)")) ||
                !query.next())
                return SqlErrors::fromQuery(query, what);
            if (query.value(1).toLongLong() * kSlimDistinctShare < query.value(0).toLongLong())
                continue;
        }
        names.append(QStringLiteral("INDEX ") + quoted(c.name));
        creates.append(c.sql);
    }
    // The trigger that gives each new member an empty profile row: in bulk the insert writes the full
    // row itself, instead of an empty row and then an update of it.
    if (!query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                                   "'members_profile_row' AND sql IS NOT NULL")))
        return SqlErrors::fromQuery(query, what);
    const bool trigger = query.next();
    if (trigger) {
        names.append(QStringLiteral("TRIGGER \"members_profile_row\""));
        creates.append(query.value(0).toString());
    }
    // Duplicate detection looks addresses up in memory from now on.
    if (!query.exec(QStringLiteral("SELECT email_key, member_id FROM member_emails")))
        return SqlErrors::fromQuery(query, what);
    emailIds.reserve(int(existing + std::max(inserted, expected)));
    while (query.next())
        emailIds[query.value(0).toString()].append(query.value(1).toLongLong());
    query.finish();
    slim = true;
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next()) {
        cacheSize = query.value(0).toString();
        query.finish();
        if (!query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kBulkCacheKiB)))
            qCWarning(lcStores) << "bulk write keeps the page cache size:" << query.lastError().text();
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!query.exec(QStringLiteral("DROP ") + names.at(i))) {
            // E.g. a reader still open on the connection: carry on with what is dropped so far.
            qCWarning(lcStores) << "bulk write keeps" << names.at(i) << query.lastError().text();
            break;
        }
        dropped.append(creates.at(i));
        if (trigger && i == names.size() - 1)
            noProfileTrigger = true;
    }
    return {};
}

Result<void> MemberBulkSession::restoreSchema(const QSqlDatabase &db, const QStringList &creates,
                                              bool onlyMissing)
{
    const QString what = MemberStore::tr("Could not update the member search index.");
    QSqlQuery query(db);
    for (const QString &sql : creates) {
        if (onlyMissing) {
            // CREATE INDEX name / CREATE TRIGGER name: see whether the object is still there.
            static const QRegularExpression name(
                QStringLiteral(
                    "^\\s*CREATE\\s+(?:UNIQUE\\s+)?(?:INDEX|TRIGGER)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
                    "[\"`\\[]?([^\\s\"`\\]]+)"),
                QRegularExpression::CaseInsensitiveOption);
            const auto match = name.match(sql);
            query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"));
            query.addBindValue(match.captured(1));
            if (query.exec() && query.next())
                continue;
        }
        if (!query.exec(sql))
            return SqlErrors::fromQuery(query, what);
    }
    return {};
}

void MemberBulkSession::setCacheSize(const QSqlDatabase &db, const QString &pages)
{
    if (pages.isEmpty() || db.driverName() != QLatin1String("QSQLITE"))
        return;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA cache_size = ") + QString::number(pages.toLongLong())))
        qCWarning(lcStores) << "could not set the page cache size back:" << query.lastError().text();
}

} // namespace offkai
