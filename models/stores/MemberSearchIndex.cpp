#include "MemberSearchIndex.h"

#include "core/Log.h"
#include "MemberSearchText.h"
#include "MemberStatements.h"
#include "records/Member.h"
#include "storage/Database.h"
#include "storage/SqlErrors.h"
#include "storage/Transaction.h"
#include "text/SearchDocument.h"
#include "text/TextNormalizer.h"

#include <QSqlError>
#include <QSqlQuery>

namespace offkai {

namespace {

const QString kSearchColumns =
    QStringLiteral("search_name, search_reading, search_affiliation, search_tags, search_notes");

// unicode61 keeps every CJK character we separated with spaces as a token of its own, and keeps Latin
// words whole; remove_diacritics 2 lets "cafe" find "café" (kana voicing marks are not touched).
const QString kCreateSearch = QStringLiteral(
    "CREATE VIRTUAL TABLE IF NOT EXISTS member_search USING fts5(search_name, search_reading, "
    "search_affiliation, search_tags, search_notes, content='member_profiles', content_rowid='member_id', "
    "tokenize='unicode61 remove_diacritics 2')");

} // namespace

MemberSearchIndex::MemberSearchIndex(MemberStatements &statements)
    : m_statements(statements)
{
    prepare();
}

void MemberSearchIndex::prepare()
{
    Database &database = m_statements.database();
    const QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    const bool pg = m_statements.dialect().isPostgreSql();
    if (!query.exec(pg ? QStringLiteral("SELECT 1 FROM information_schema.columns WHERE table_schema = "
                                        "current_schema() AND table_name = 'member_profiles' AND "
                                        "column_name = 'search_doc'")
                       : QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'member_profiles'")) ||
        !query.next()) {
        qCWarning(lcStores) << "member tables missing; member search is unavailable";
        return;
    }
    bool created = false;
    if (pg) {
        // The tsvector column and its GIN index are part of the schema.
        m_fts = true;
    } else if (query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'member_search'")) &&
               query.next()) {
        m_fts = query.exec(QStringLiteral("SELECT rowid FROM member_search WHERE member_search MATCH 'x' "
                                          "LIMIT 0"));
    } else if (database.mode() == Database::Mode::ReadWrite) {
        m_fts = query.exec(kCreateSearch);
        created = m_fts;
    }
    if (!m_fts && !pg) {
        qCWarning(lcStores) << "SQLite has no usable FTS5; member search falls back to LIKE (a scan):"
                            << query.lastError().text();
    }
    if (pg)
        loadStatistics();
    if (database.mode() != Database::Mode::ReadWrite)
        return;
    bool unnormalized = false;
    // On PostgreSQL, rows copied in without their search_doc are brought up to date too.
    if (query.exec(
            pg ? QStringLiteral("SELECT 1 FROM member_profiles WHERE sort_key IS NULL OR search_doc IS "
                                "NULL LIMIT 1")
               : QStringLiteral("SELECT 1 FROM member_profiles WHERE sort_key IS NULL LIMIT 1")))
        unnormalized = query.next();
    query.finish();
    if (created || unnormalized) {
        if (auto rebuilt = rebuild(); !rebuilt)
            qCWarning(lcStores) << "could not rebuild the member search index:" << rebuilt.error().detail();
    }
}

Result<void> MemberSearchIndex::rebuild()
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    m_estimates.clear();
    const QString what = tr("Could not rebuild the member search index.");
    const QSqlDatabase db = m_statements.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    // Members inserted by plain SQL lack the copy of their primary address, which search reads too.
    const SqlDialect &dialect = m_statements.dialect();
    const bool pg = dialect.isPostgreSql();
    QSqlQuery emails(db);
    if (!emails.exec(dialect.insertOrIgnore() +
                     QStringLiteral(" member_emails (member_id, position, email, email_key) "
                                    "SELECT id, 0, trim(email), lower(trim(email)) FROM members WHERE "
                                    "length(trim(email)) > 0") +
                     dialect.ignoreConflicts()))
        return SqlErrors::fromQuery(emails, what);
    // The unit separator cannot occur in a single-line field, a tag, an address or a user name.
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(
            pg ? QStringLiteral(
                     "SELECT m.id, m.display_name, m.reading, m.affiliation, m.job_title, m.industry, "
                     "m.region, "
                     "m.introduction, p.skills, m.notes, "
                     "(SELECT string_agg(t.name, chr(31) ORDER BY mt.tag_id) FROM member_tags mt JOIN tags t "
                     "ON "
                     "t.id = mt.tag_id WHERE mt.member_id = m.id), "
                     "(SELECT string_agg(e.email, chr(31) ORDER BY e.position) FROM member_emails e "
                     "WHERE e.member_id = m.id), "
                     "(SELECT string_agg(a.service || chr(30) || a.account, chr(31) ORDER BY a.service) FROM "
                     "member_accounts a WHERE a.member_id = m.id) "
                     "FROM members m JOIN member_profiles p ON p.member_id = m.id WHERE p.sort_key IS NULL "
                     "OR "
                     "p.search_doc IS NULL")
               : QStringLiteral(
                     "SELECT m.id, m.display_name, m.reading, m.affiliation, m.job_title, m.industry, "
                     "m.region, "
                     "m.introduction, p.skills, m.notes, "
                     "(SELECT group_concat(t.name, char(31)) FROM member_tags mt JOIN tags t ON t.id = "
                     "mt.tag_id "
                     "WHERE mt.member_id = m.id), "
                     "(SELECT group_concat(email, char(31)) FROM (SELECT e.email FROM member_emails e "
                     "WHERE e.member_id = m.id ORDER BY e.position)), "
                     "(SELECT group_concat(a.service || char(30) || a.account, char(31)) FROM "
                     "member_accounts a "
                     "WHERE a.member_id = m.id) "
                     "FROM members m JOIN member_profiles p ON p.member_id = m.id WHERE p.sort_key IS NULL")))
        return SqlErrors::fromQuery(select, what);
    const auto list = [&select](int column) {
        return select.value(column).toString().split(QChar(31), Qt::SkipEmptyParts);
    };
    QList<QVariantList> rows;
    while (select.next()) {
        Member m;
        m.displayName = select.value(1).toString();
        m.reading = select.value(2).toString();
        m.affiliation = select.value(3).toString();
        m.jobTitle = select.value(4).toString();
        m.industry = select.value(5).toString();
        m.region = select.value(6).toString();
        m.introduction = select.value(7).toString();
        m.skills = select.value(8).toString();
        m.notes = select.value(9).toString();
        m.tags = list(10);
        m.emails = list(11);
        for (const QString &account : list(12)) {
            const qsizetype split = account.indexOf(QChar(30));
            if (const auto service = ServiceAccount::fromKey(account.left(split)); service && split > 0)
                m.accounts.insert(*service, account.mid(split + 1));
        }
        const MemberSearchText text = MemberSearchText::of(m);
        QVariantList row = {text.sortKey, text.nameKey,     text.readingKey, text.name,
                            text.reading, text.affiliation, text.tagText,    text.notes};
        if (pg)
            row.append(text.document());
        row.append(select.value(0));
        rows.append(row);
    }
    select.finish();
    // Prepared once the rows are read: on PostgreSQL, a statement prepared meanwhile would discard them.
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE member_profiles SET sort_key = ?, name_key = ?, reading_key = ?, "
                                 "search_name = ?, search_reading = ?, search_affiliation = ?, "
                                 "search_tags = ?, search_notes = ?") +
                  (pg ? QStringLiteral(", search_doc = ?::tsvector") : QString()) +
                  QStringLiteral(" WHERE member_id = ?"));
    for (const QVariantList &row : std::as_const(rows)) {
        for (const QVariant &value : row)
            write.addBindValue(value);
        if (!write.exec())
            return SqlErrors::fromQuery(write, what);
    }
    if (m_fts && !pg) {
        QSqlQuery all(db);
        if (!all.exec(QStringLiteral("INSERT INTO member_search (member_search) VALUES ('rebuild')")))
            return SqlErrors::fromQuery(all, what);
    }
    if (auto done = tx.commit(); !done)
        return done;
    if (!rows.isEmpty())
        qCInfo(lcStores) << "normalized" << rows.size() << "members and rebuilt the search index";
    return {};
}

void MemberSearchIndex::loadStatistics()
{
    // Read once as the database opens: the statistics only steer plans, and they change when the server
    // analyzes the table (after a push, or as autovacuum sees fit), not with each write. The last three
    // shares are the minimum, the maximum and the share of empty rows, which have no lexeme (NULL).
    QList<QString> lexemes;
    QList<double> shares;
    QSqlQuery query(m_statements.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT u.lexeme, u.share FROM pg_stats s, unnest(s.most_common_elems::text::text[], "
            "s.most_common_elem_freqs) AS u(lexeme, share) WHERE s.schemaname = current_schema() AND "
            "s.tablename = 'member_profiles' AND s.attname = 'search_doc' AND u.lexeme IS NOT NULL"))) {
        qCWarning(lcStores) << "could not read the search statistics:" << query.lastError().text();
        return;
    }
    while (query.next()) {
        lexemes.append(query.value(0).toString());
        shares.append(query.value(1).toDouble());
    }
    m_statistics = LexemeStatistics(lexemes, shares);
}

Result<void> MemberSearchIndex::compact()
{
    if (!m_statements.dialect().isPostgreSql())
        return {};
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    QSqlQuery query(m_statements.connection());
    if (!query.exec(QStringLiteral("CLUSTER member_profiles USING member_profiles_sort")))
        return SqlErrors::fromQuery(query, tr("Could not reorder the member profiles."));
    return {};
}

Result<void> MemberSearchIndex::rebuildAfterBulkWrite()
{
    m_estimates.clear();
    if (!m_fts || m_statements.dialect().isPostgreSql())
        return {}; // PostgreSQL: every row was written with its search_doc
    // One pass over the content table, inside the caller's transaction: what per-row maintenance would
    // have produced, at a fraction of the cost (FTS5 flushes its pending terms at every savepoint).
    // FTS5 writes a segment whenever its pending terms reach 'hashsize' (1 MB by default); with 8 MB a
    // large import writes fewer, larger segments and merges them less (a quarter less work). Per-row
    // writes flush at every commit, far below either size, so they are unaffected.
    QSqlQuery all(m_statements.connection());
    if (!all.exec(
            QStringLiteral("INSERT INTO member_search (member_search, rank) VALUES ('hashsize', 8388608)")))
        qCWarning(lcStores) << "search index keeps its hashsize:" << all.lastError().text();
    if (!all.exec(QStringLiteral("INSERT INTO member_search (member_search) VALUES ('rebuild')")))
        return SqlErrors::fromQuery(all, tr("Could not update the member search index."));
    return {};
}

Result<void> MemberSearchIndex::unindex(qint64 id)
{
    m_estimates.clear();
    if (!m_fts || m_statements.isBulkWriting() || m_statements.dialect().isPostgreSql())
        return {};
    // External content: FTS5 forgets a row only when told the exact values it indexed, which are the
    // profile's current search_* columns (so this runs before they change).
    QSqlQuery &query = m_statements.cached(
        QStringLiteral("INSERT INTO member_search (member_search, rowid, ") + kSearchColumns +
        QStringLiteral(") SELECT 'delete', member_id, ") + kSearchColumns +
        QStringLiteral(" FROM member_profiles WHERE member_id = ? AND sort_key IS NOT NULL"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not update the member search index."));
    return {};
}

Result<void> MemberSearchIndex::index(qint64 id)
{
    m_estimates.clear();
    if (!m_fts || m_statements.isBulkWriting() || m_statements.dialect().isPostgreSql())
        return {};
    QSqlQuery &query =
        m_statements.cached(QStringLiteral("INSERT INTO member_search (rowid, ") + kSearchColumns +
                            QStringLiteral(") SELECT member_id, ") + kSearchColumns +
                            QStringLiteral(" FROM member_profiles WHERE member_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not update the member search index."));
    return {};
}

Result<void> MemberSearchIndex::refreshTags(qint64 id)
{
    QSqlQuery &names = m_statements.cached(QStringLiteral(
        "SELECT t.name FROM member_tags mt JOIN tags t ON t.id = mt.tag_id WHERE mt.member_id = ? "
        "ORDER BY t.name"));
    names.addBindValue(id);
    if (!names.exec())
        return SqlErrors::fromQuery(names, tr("Could not save the member's tags."));
    QStringList tags;
    while (names.next())
        tags.append(names.value(0).toString());
    names.finish();
    if (auto done = unindex(id); !done)
        return done;
    const QString tagText = TextNormalizer::indexText(tags.join(QLatin1Char(' ')));
    if (m_statements.dialect().isPostgreSql()) {
        // search_doc covers every search column: the others are read back.
        QSqlQuery &columns = m_statements.cached(QStringLiteral(
            "SELECT search_name, search_reading, search_affiliation, search_notes FROM member_profiles "
            "WHERE member_id = ?"));
        columns.addBindValue(id);
        if (!columns.exec())
            return SqlErrors::fromQuery(columns, tr("Could not save the member's tags."));
        const bool found = columns.next();
        const QStringList values = {columns.value(0).toString(), columns.value(1).toString(),
                                    columns.value(2).toString(), tagText, columns.value(3).toString()};
        columns.finish();
        if (!found)
            return MemberStatements::notFound(id);
        QSqlQuery &write = m_statements.cached(QStringLiteral(
            "UPDATE member_profiles SET search_tags = ?, search_doc = ?::tsvector WHERE member_id = ?"));
        write.addBindValue(tagText);
        write.addBindValue(SearchDocument::vector(values));
        write.addBindValue(id);
        if (!write.exec())
            return SqlErrors::fromQuery(write, tr("Could not save the member's tags."));
        return index(id);
    }
    QSqlQuery &write =
        m_statements.cached(QStringLiteral("UPDATE member_profiles SET search_tags = ? WHERE member_id = ?"));
    write.addBindValue(tagText);
    write.addBindValue(id);
    if (!write.exec())
        return SqlErrors::fromQuery(write, tr("Could not save the member's tags."));
    return index(id);
}

int MemberSearchIndex::estimate(const QString &key, const QString &sql, const QVariant &value) const
{
    const auto it = m_estimates.constFind(key);
    if (it != m_estimates.cend())
        return *it;
    QSqlQuery &query = m_statements.cached(sql);
    if (!value.isNull())
        query.addBindValue(value);
    const int n = query.exec() && query.next() ? query.value(0).toInt() : -1;
    query.finish();
    if (n >= 0)
        m_estimates.insert(key, n);
    return n;
}

} // namespace offkai
