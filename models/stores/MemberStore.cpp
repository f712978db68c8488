#include "MemberStore.h"
#include <QScopeGuard>

#include "core/Log.h"
#include "MemberBulkWriter.h"
#include "MemberSearchText.h"
#include "storage/Database.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "text/TextNormalizer.h"

#include <algorithm>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QTimeZone>
#include <QUrl>

namespace offkai {

namespace {

const QString kMemberColumns = QStringLiteral(
    "m.id, m.display_name, m.reading, m.phone, m.affiliation, m.job_title, m.occupation, m.industry, "
    "m.region, m.introduction, m.status, m.joined_on, m.left_on, m.notes, m.created_at, m.updated_at, "
    "p.line, p.facebook, p.x_handle, p.slack, p.other_url, p.skills, p.approved_at, p.referred_by, "
    "p.name_consent");

const QString kRowColumns = QStringLiteral(
    "m.id, m.display_name, m.reading, m.email, m.affiliation, m.occupation, m.status, m.joined_on, "
    "(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM member_tags mt JOIN tags t ON t.id = "
    "mt.tag_id WHERE mt.member_id = m.id ORDER BY t.name))");

const QString kSearchColumns =
    QStringLiteral("search_name, search_reading, search_affiliation, search_tags, search_notes");

// unicode61 keeps every CJK character we separated with spaces as a token of its own, and keeps Latin
// words whole; remove_diacritics 2 lets "cafe" find "café" (kana voicing marks are not touched).
const QString kCreateSearch = QStringLiteral(
    "CREATE VIRTUAL TABLE IF NOT EXISTS member_search USING fts5(search_name, search_reading, "
    "search_affiliation, search_tags, search_notes, content='member_profiles', content_rowid='member_id', "
    "tokenize='unicode61 remove_diacritics 2')");

/// `sql` with its `?` placeholders numbered :p0, :p1, … for Binder.
QString numbered(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 64);
    int n = 0;
    for (const QChar c : sql) {
        if (c == QLatin1Char('?'))
            out += QStringLiteral(":p") + QString::number(n++);
        else
            out += c;
    }
    return out;
}

/// Binds values in order to the :p0, :p1, … placeholders of a `numbered` statement. Qt 6.4's positional
/// binding (addBindValue, bindValue(int)) formats a placeholder name with QString::arg and hashes it for
/// every value, about a quarter of an import's time; binding by name only looks the name up.
class Binder
{
public:
    explicit Binder(QSqlQuery &query)
        : m_query(query)
    {}
    Binder &operator<<(const QVariant &value)
    {
        static const QList<QString> names = [] {
            QList<QString> list;
            for (int i = 0; i < 32; ++i)
                list.append(QStringLiteral(":p") + QString::number(i));
            return list;
        }();
        m_query.bindValue(names.at(m_next++), value);
        return *this;
    }

private:
    QSqlQuery &m_query;
    int m_next = 0;
};

// The statements of one member's insert, shared by single writes (through the statement cache) and
// the bulk session.
const QString kInsertMember = numbered(QStringLiteral(
    "INSERT INTO members (id, display_name, reading, email, phone, affiliation, job_title, occupation, "
    "industry, region, introduction, status, joined_on, left_on, notes, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
const QString kUpsertProfile = numbered(QStringLiteral(
    "INSERT INTO member_profiles (member_id, line, facebook, x_handle, slack, other_url, skills, "
    "approved_at, referred_by, name_consent, sort_key, name_key, reading_key, search_name, "
    "search_reading, search_affiliation, search_tags, search_notes) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (member_id) DO UPDATE SET "
    "line = excluded.line, facebook = excluded.facebook, x_handle = excluded.x_handle, "
    "slack = excluded.slack, other_url = excluded.other_url, skills = excluded.skills, "
    "approved_at = excluded.approved_at, referred_by = excluded.referred_by, "
    "name_consent = excluded.name_consent, sort_key = excluded.sort_key, name_key = excluded.name_key, "
    "reading_key = excluded.reading_key, search_name = excluded.search_name, "
    "search_reading = excluded.search_reading, search_affiliation = excluded.search_affiliation, "
    "search_tags = excluded.search_tags, search_notes = excluded.search_notes"));
const QString kFillProfile = numbered(QStringLiteral(
    "UPDATE member_profiles SET line = ?, facebook = ?, x_handle = ?, slack = ?, other_url = ?, skills = ?, "
    "approved_at = ?, referred_by = ?, name_consent = ?, sort_key = ?, name_key = ?, reading_key = ?, "
    "search_name = ?, search_reading = ?, search_affiliation = ?, search_tags = ?, search_notes = ? "
    "WHERE member_id = ?"));
const QString kInsertEmail = numbered(
    QStringLiteral("INSERT INTO member_emails (member_id, position, email, email_key) VALUES (?, ?, ?, ?)"));
const QString kInsertMemberTag =
    numbered(QStringLiteral("INSERT OR IGNORE INTO member_tags (member_id, tag_id) VALUES (?, ?)"));
const QString kInsertAnswer =
    numbered(QStringLiteral("INSERT INTO member_answers (member_id, question_id, answer) VALUES (?, ?, ?)"));
const QString kAddTag = numbered(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"));
const QString kFindTag = numbered(QStringLiteral("SELECT id FROM tags WHERE name = ?"));

QString emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

bool isEmail(const QString &email)
{
    // Syntax only, as organizers type it: one @, no spaces, a dot in the domain, no dot at either end.
    static const QRegularExpression pattern(QStringLiteral(
        "^[^@\\s\"(),:;<>\\[\\]\\\\]+@[^@\\s\"(),:;<>\\[\\]\\\\.]+(\\.[^@\\s\"(),:;<>\\[\\]\\\\.]+)+$"));
    return pattern.match(email.trimmed()).hasMatch();
}

/// The FTS5 MATCH expression for what the user typed: every term must match (implicit AND); a term is a
/// quoted phrase of its tokens, so nothing the user types is read as FTS syntax (AND, OR, NEAR, *, ^,
/// column filters, parentheses); a term ending in a Latin word matches that word as a prefix.
QString matchExpression(const QList<QStringList> &terms)
{
    QStringList parts;
    for (const QStringList &tokens : terms) {
        QString phrase = tokens.join(QLatin1Char(' '));
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        QString part = QLatin1Char('"') + phrase + QLatin1Char('"');
        const QString &last = tokens.constLast();
        const char32_t first = last.size() > 1 && last.at(0).isHighSurrogate()
                                   ? QChar::surrogateToUcs4(last.at(0), last.at(1))
                                   : char32_t(last.at(0).unicode());
        if (!TextNormalizer::isCjk(first))
            part += QStringLiteral(" *");
        parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

QString likePattern(const QStringList &tokens)
{
    QString escaped = tokens.join(QLatin1Char(' '));
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString orderBy(const MemberQuery &query)
{
    const bool desc = query.order == Qt::DescendingOrder;
    const QString dir = desc ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString tail = QStringLiteral(", p.sort_key") + dir + QStringLiteral(", m.id") + dir;
    switch (query.sort) {
    case MemberQuery::Sort::Name:
        return QStringLiteral("p.name_key") + dir + QStringLiteral(", m.id") + dir;
    case MemberQuery::Sort::Status:
        return QStringLiteral("CASE m.status WHEN 'applicant' THEN 0 WHEN 'active' THEN 1 "
                              "WHEN 'inactive' THEN 2 ELSE 3 END") +
               dir + tail;
    case MemberQuery::Sort::Occupation:
        return QStringLiteral("m.occupation") + dir + tail;
    case MemberQuery::Sort::Affiliation:
        return QStringLiteral("m.affiliation = '', m.affiliation COLLATE NOCASE") + dir + tail;
    case MemberQuery::Sort::Email:
        return QStringLiteral("m.email = '', m.email COLLATE NOCASE") + dir + tail;
    case MemberQuery::Sort::JoinedOn:
        // Members without a join date come last in both directions.
        return QStringLiteral("m.joined_on IS NULL, m.joined_on") + dir + tail;
    case MemberQuery::Sort::Reading:
        break;
    }
    return QStringLiteral("p.sort_key") + dir + QStringLiteral(", m.id") + dir;
}

int roleRank(const QString &role)
{
    static const QStringList order = {QStringLiteral("attendee"), QStringLiteral("staff"),
                                      QStringLiteral("speaker"), QStringLiteral("host"),
                                      QStringLiteral("organizer")};
    return int(order.indexOf(role));
}

int rsvpRank(const QString &rsvp)
{
    static const QStringList order = {QStringLiteral("declined"), QStringLiteral("waitlisted"),
                                      QStringLiteral("maybe"), QStringLiteral("going")};
    return int(order.indexOf(rsvp));
}

void fill(QString &target, const QString &source)
{
    if (target.trimmed().isEmpty())
        target = source;
}

Error notFound(qint64 id)
{
    return Error(Error::Code::NotFound, MemberStore::tr("The member no longer exists."),
                 QStringLiteral("member %1").arg(id));
}

} // namespace

/// What a bulk write keeps between rows: its statements, prepared on first use, and the id of every tag
/// it has looked up or created (the caller's transaction is open throughout, so they stay valid).
struct MemberStore::BulkSession
{
    QSqlQuery member;
    QSqlQuery profile;
    QSqlQuery profileFill;
    QSqlQuery email;
    QSqlQuery memberTag;
    QSqlQuery answer;
    QSqlQuery addTag;
    QSqlQuery findTag;
    QSqlQuery oldEmails;
    QHash<QString, qint64> tagIds;
    /// New members go through SQLite directly when it can (see MemberBulkWriter).
    std::unique_ptr<MemberBulkWriter> writer;

    /// Members when the session began, and members it has inserted since.
    qint64 existing = 0;
    qint64 inserted = 0;
    /// The secondary indexes of the member tables (and the profile trigger) have been dropped, to be
    /// re-created from `dropped` (their own CREATE statements, read from sqlite_master) at the end.
    bool slim = false;
    /// Slimming was tried (it is tried once) or ruled out.
    bool slimTried = false;
    /// members_profile_row is gone: inserts write the profile row themselves.
    bool noProfileTrigger = false;
    QStringList dropped;
    /// While slim, the page cache is large enough for the whole import (set back at the end): a cache
    /// smaller than what a transaction changes writes pages out early and reads them back.
    QString cacheSize;
    /// While slim, the address lookups of duplicate detection: email_key → member ids, kept in step with
    /// every write of the session (member_emails_key is one of the dropped indexes).
    QHash<QString, QList<qint64>> emailIds;

    explicit BulkSession(const QSqlDatabase &db)
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
};

MemberStore::MemberStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    prepareSearch();
}

MemberStore::~MemberStore()
{
    // Prepared statements go before the connection they belong to.
    m_session.reset();
    m_cache.clear();
}

QSqlQuery &MemberStore::statement(QSqlQuery BulkSession::*slot, const QString &sql)
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

QSqlQuery &MemberStore::cached(const QString &sql) const
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(sql);
        it = m_cache.insert(sql, query);
    }
    return *it;
}

Result<void> MemberStore::settle() const
{
    if (m_session && m_session->writer && m_session->writer->hasPending())
        return m_session->writer->flush();
    return {};
}

void MemberStore::prepareSearch()
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'member_profiles'")) ||
        !query.next()) {
        qCWarning(lcStores) << "member tables missing; member search is unavailable";
        return;
    }
    bool created = false;
    if (query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'member_search'")) &&
        query.next()) {
        m_fts = query.exec(QStringLiteral("SELECT rowid FROM member_search WHERE member_search MATCH 'x' "
                                          "LIMIT 0"));
    } else if (m_database.mode() == Database::Mode::ReadWrite) {
        m_fts = query.exec(kCreateSearch);
        created = m_fts;
    }
    if (!m_fts) {
        qCWarning(lcStores) << "SQLite has no usable FTS5; member search falls back to LIKE (a scan):"
                            << query.lastError().text();
    }
    if (m_database.mode() != Database::Mode::ReadWrite)
        return;
    bool unnormalized = false;
    if (query.exec(QStringLiteral("SELECT 1 FROM member_profiles WHERE sort_key IS NULL LIMIT 1")))
        unnormalized = query.next();
    query.finish();
    if (created || unnormalized) {
        if (auto rebuilt = rebuildSearchIndex(); !rebuilt)
            qCWarning(lcStores) << "could not rebuild the member search index:" << rebuilt.error().detail();
    }
}

Result<void> MemberStore::rebuildSearchIndex()
{
    if (auto settled = settle(); !settled)
        return settled.error();
    m_estimates.clear();
    const QString what = tr("Could not rebuild the member search index.");
    const QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral(
            "SELECT m.id, m.display_name, m.reading, m.affiliation, m.notes, "
            "(SELECT group_concat(t.name, ' ') FROM member_tags mt JOIN tags t ON t.id = mt.tag_id "
            "WHERE mt.member_id = m.id) FROM members m JOIN member_profiles p ON p.member_id = m.id "
            "WHERE p.sort_key IS NULL")))
        return SqlErrors::fromQuery(select, what);
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE member_profiles SET sort_key = ?, name_key = ?, reading_key = ?, "
                                 "search_name = ?, search_reading = ?, search_affiliation = ?, "
                                 "search_tags = ?, search_notes = ? WHERE member_id = ?"));
    QList<QVariantList> rows;
    while (select.next()) {
        const QString name = select.value(1).toString();
        const QString reading = select.value(2).toString();
        const QString readingKey = TextNormalizer::compactKey(reading);
        const QString nameKey = TextNormalizer::compactKey(name);
        rows.append({readingKey.isEmpty() ? nameKey : readingKey, nameKey, readingKey,
                     TextNormalizer::indexText(name), TextNormalizer::indexText(reading),
                     TextNormalizer::indexText(select.value(3).toString()),
                     TextNormalizer::indexText(select.value(5).toString()),
                     TextNormalizer::indexText(select.value(4).toString()), select.value(0)});
    }
    select.finish();
    for (const QVariantList &row : std::as_const(rows)) {
        for (const QVariant &value : row)
            write.addBindValue(value);
        if (!write.exec())
            return SqlErrors::fromQuery(write, what);
    }
    // Members inserted by plain SQL also lack the copy of their primary address.
    QSqlQuery emails(db);
    if (!emails.exec(QStringLiteral(
            "INSERT OR IGNORE INTO member_emails (member_id, position, email, email_key) "
            "SELECT id, 0, trim(email), lower(trim(email)) FROM members WHERE length(trim(email)) > 0")))
        return SqlErrors::fromQuery(emails, what);
    if (m_fts) {
        QSqlQuery rebuild(db);
        if (!rebuild.exec(QStringLiteral("INSERT INTO member_search (member_search) VALUES ('rebuild')")))
            return SqlErrors::fromQuery(rebuild, what);
    }
    if (auto done = tx.commit(); !done)
        return done;
    if (!rows.isEmpty())
        qCInfo(lcStores) << "normalized" << rows.size() << "members and rebuilt the search index";
    return {};
}

// --- Records ---------------------------------------------------------------------------------------------

bool MemberStore::isValidEmail(const QString &email)
{
    return isEmail(email);
}

Result<void> MemberStore::validate(const Member &m)
{
    if (m.displayName.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("A member needs a name."));
    QSet<QString> seen;
    for (const QString &email : m.emails) {
        if (!isEmail(email))
            return Error(Error::Code::Invalid, tr("“%1” is not a valid email address.").arg(email.trimmed()));
        if (seen.contains(emailKey(email)))
            return Error(Error::Code::Invalid,
                         tr("The email address “%1” is listed twice.").arg(email.trimmed()));
        seen.insert(emailKey(email));
    }
    if (m.joinedOn.isValid() && m.leftOn.isValid() && m.leftOn < m.joinedOn)
        return Error(Error::Code::Invalid, tr("The leave date cannot be before the join date."));
    if (m.status == Member::Status::Applicant && m.approvedAt.isValid())
        return Error(Error::Code::Invalid, tr("An applicant cannot have an approval time yet."));
    if (m.referredBy != 0 && m.referredBy == m.id)
        return Error(Error::Code::Invalid, tr("A member cannot refer themselves."));
    if (m.referredBy < 0)
        return Error(Error::Code::Invalid, tr("The referring member does not exist."));
    if (!SqlValues::isWebUrlOrEmpty(m.otherUrl))
        return Error(Error::Code::Invalid, tr("The other link must be an http:// or https:// address."));
    for (const QString &tag : m.tags) {
        if (tag.trimmed().isEmpty())
            return Error(Error::Code::Invalid, tr("A tag needs a name."));
    }
    return {};
}

Result<Member> MemberStore::get(qint64 id) const
{
    if (auto settled = settle(); !settled)
        return settled.error();
    const QString what = tr("Could not read the member.");
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kMemberColumns +
                  QStringLiteral(", m.email FROM members m LEFT JOIN member_profiles p ON p.member_id = "
                                 "m.id WHERE m.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    if (!query.next())
        return notFound(id);
    Member m;
    m.id = query.value(0).toLongLong();
    m.displayName = query.value(1).toString();
    m.reading = query.value(2).toString();
    m.phone = query.value(3).toString();
    m.affiliation = query.value(4).toString();
    m.jobTitle = query.value(5).toString();
    m.occupation = query.value(6).toString();
    m.industry = query.value(7).toString();
    m.region = query.value(8).toString();
    m.introduction = query.value(9).toString();
    m.status = Member::statusFromKey(query.value(10).toString()).value_or(Member::Status::Active);
    m.joinedOn = SqlValues::toDate(query.value(11));
    m.leftOn = SqlValues::toDate(query.value(12));
    m.notes = query.value(13).toString();
    m.createdAt = SqlValues::toDateTime(query.value(14));
    m.updatedAt = SqlValues::toDateTime(query.value(15));
    m.line = query.value(16).toString();
    m.facebook = query.value(17).toString();
    m.xHandle = query.value(18).toString();
    m.slack = query.value(19).toString();
    m.otherUrl = query.value(20).toString();
    m.skills = query.value(21).toString();
    m.approvedAt = SqlValues::toDateTime(query.value(22));
    m.referredBy = query.value(23).toLongLong();
    m.nameConsent =
        Member::consentFromKey(query.value(24).toString()).value_or(Member::NameConsent::OccupationInitial);
    const QString legacyEmail = query.value(25).toString();
    query.finish();

    query.prepare(QStringLiteral("SELECT email FROM member_emails WHERE member_id = ? ORDER BY position"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    while (query.next())
        m.emails.append(query.value(0).toString());
    if (m.emails.isEmpty() && !legacyEmail.trimmed().isEmpty())
        m.emails.append(legacyEmail.trimmed());

    query.prepare(QStringLiteral("SELECT t.name FROM member_tags mt JOIN tags t ON t.id = mt.tag_id "
                                 "WHERE mt.member_id = ? ORDER BY t.name"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    while (query.next())
        m.tags.append(query.value(0).toString());

    query.prepare(QStringLiteral("SELECT question_id, answer FROM member_answers WHERE member_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    while (query.next())
        m.answers.insert(query.value(0).toLongLong(), query.value(1).toString());
    return m;
}

Result<qint64> MemberStore::tagId(const QString &name, bool create)
{
    const QString what = tr("Could not save the member's tags.");
    const QString trimmed = name.trimmed();
    if (m_session) {
        if (const auto known = m_session->tagIds.constFind(trimmed); known != m_session->tagIds.cend())
            return *known;
    }
    if (create) {
        QSqlQuery &add = statement(&BulkSession::addTag, kAddTag);
        Binder(add) << trimmed;
        if (!add.exec())
            return SqlErrors::fromQuery(add, what);
    }
    QSqlQuery &find = statement(&BulkSession::findTag, kFindTag);
    Binder(find) << trimmed;
    if (!find.exec())
        return SqlErrors::fromQuery(find, what);
    const qint64 id = find.next() ? find.value(0).toLongLong() : 0;
    find.finish();
    if (m_session && id > 0)
        m_session->tagIds.insert(trimmed, id);
    return id;
}

Result<void> MemberStore::unindex(qint64 id)
{
    m_estimates.clear();
    if (!m_fts || m_bulk)
        return {};
    // External content: FTS5 forgets a row only when told the exact values it indexed, which are the
    // profile's current search_* columns (so this runs before they change).
    QSqlQuery &query =
        cached(QStringLiteral("INSERT INTO member_search (member_search, rowid, ") + kSearchColumns +
               QStringLiteral(") SELECT 'delete', member_id, ") + kSearchColumns +
               QStringLiteral(" FROM member_profiles WHERE member_id = ? AND sort_key IS NOT "
                              "NULL"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not update the member search index."));
    return {};
}

Result<void> MemberStore::index(qint64 id)
{
    m_estimates.clear();
    if (!m_fts || m_bulk)
        return {};
    QSqlQuery &query = cached(QStringLiteral("INSERT INTO member_search (rowid, ") + kSearchColumns +
                              QStringLiteral(") SELECT member_id, ") + kSearchColumns +
                              QStringLiteral(" FROM member_profiles WHERE member_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not update the member search index."));
    return {};
}

Result<void> MemberStore::writeDetails(qint64 id, const Member &m, const MemberSearchText &search, bool isNew)
{
    const QString what = tr("Could not save the member.");
    if (!isNew) {
        if (auto done = unindex(id); !done)
            return done;
    }
    const QVariantList profileValues = {SqlValues::text(m.line.trimmed()),
                                        SqlValues::text(m.facebook.trimmed()),
                                        SqlValues::text(m.xHandle.trimmed()),
                                        SqlValues::text(m.slack.trimmed()),
                                        SqlValues::text(m.otherUrl.trimmed()),
                                        SqlValues::text(m.skills),
                                        SqlValues::dateTimeOrNull(m.approvedAt),
                                        SqlValues::idOrNull(m.referredBy),
                                        Member::consentKey(m.nameConsent),
                                        search.sortKey,
                                        search.nameKey,
                                        search.readingKey,
                                        search.name,
                                        search.reading,
                                        search.affiliation,
                                        search.tagText,
                                        search.notes};
    // A new member's profile row exists already (members_profile_row): a plain UPDATE spares the
    // upsert its failed insert. Without that row, the upsert below creates it.
    bool profileWritten = false;
    if (isNew && !(m_session && m_session->noProfileTrigger)) {
        QSqlQuery &fill = statement(&BulkSession::profileFill, kFillProfile);
        Binder bind(fill);
        for (const QVariant &value : profileValues)
            bind << value;
        bind << id;
        if (!fill.exec())
            return SqlErrors::fromQuery(fill, what);
        profileWritten = fill.numRowsAffected() == 1;
    }
    if (!profileWritten) {
        QSqlQuery &profile = statement(&BulkSession::profile, kUpsertProfile);
        Binder bind(profile);
        bind << id;
        for (const QVariant &value : profileValues)
            bind << value;
        if (!profile.exec())
            return SqlErrors::fromQuery(profile, what);
    }

    if (!isNew) {
        if (auto forgotten = forgetEmails(id); !forgotten)
            return forgotten;
        for (const QString &sql : {QStringLiteral("DELETE FROM member_emails WHERE member_id = ?"),
                                   QStringLiteral("DELETE FROM member_tags WHERE member_id = ?"),
                                   QStringLiteral("DELETE FROM member_answers WHERE member_id = ?")}) {
            QSqlQuery &clear = cached(sql);
            clear.addBindValue(id);
            if (!clear.exec())
                return SqlErrors::fromQuery(clear, what);
        }
    }
    QSqlQuery &email = statement(&BulkSession::email, kInsertEmail);
    for (qsizetype i = 0; i < m.emails.size(); ++i) {
        const QString key = emailKey(m.emails.at(i));
        Binder(email) << id << int(i) << m.emails.at(i).trimmed() << key;
        if (!email.exec())
            return SqlErrors::fromQuery(email, what);
        if (m_session && m_session->slim)
            m_session->emailIds[key].append(id);
    }
    for (const QString &name : search.tags) {
        auto tid = tagId(name, true);
        if (!tid)
            return tid.error();
        // Looked up after tagId, which may add statements to the cache.
        QSqlQuery &tag = statement(&BulkSession::memberTag, kInsertMemberTag);
        Binder(tag) << id << *tid;
        if (!tag.exec())
            return SqlErrors::fromQuery(tag, what);
    }
    QSqlQuery &answer = statement(&BulkSession::answer, kInsertAnswer);
    for (auto it = m.answers.cbegin(); it != m.answers.cend(); ++it) {
        Binder(answer) << id << it.key() << SqlValues::text(it.value());
        if (!answer.exec())
            return SqlErrors::fromQuery(answer, tr("Could not save the member's answers: the question no "
                                                   "longer exists."));
    }
    return index(id);
}

Result<void> MemberStore::forgetEmails(qint64 id)
{
    if (!m_session || !m_session->slim)
        return {};
    QSqlQuery &query = statement(&BulkSession::oldEmails,
                                 QStringLiteral("SELECT email_key FROM member_emails WHERE member_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not save the member."));
    while (query.next()) {
        const auto it = m_session->emailIds.find(query.value(0).toString());
        if (it == m_session->emailIds.end())
            continue;
        it->removeAll(id);
        if (it->isEmpty())
            m_session->emailIds.erase(it);
    }
    query.finish();
    return {};
}

Result<qint64> MemberStore::insertRow(const Member &m, const MemberSearchText &search)
{
    const QString what = tr("Could not add the member.");
    if (m_session && !m_session->slimTried && m_session->inserted >= slimThreshold()) {
        if (auto slimmed = slimDown(); !slimmed)
            return slimmed.error();
    }
    if (m_session && m_session->writer) {
        auto id = m_session->writer->insert(m, search);
        if (!id)
            return id;
        ++m_session->inserted;
        if (m_session->slim) {
            for (const QString &email : m.emails)
                m_session->emailIds[emailKey(email)].append(*id);
        }
        return id;
    }
    QSqlQuery &query = statement(&BulkSession::member, kInsertMember);
    const QString now = SqlValues::now();
    Binder bind(query);
    bind << SqlValues::idOrNull(m.id);
    bind << m.displayName.trimmed();
    bind << SqlValues::text(m.reading.trimmed());
    bind << SqlValues::text(m.primaryEmail().trimmed());
    bind << SqlValues::text(m.phone.trimmed());
    bind << SqlValues::text(m.affiliation.trimmed());
    bind << SqlValues::text(m.jobTitle.trimmed());
    bind << SqlValues::text(m.occupation.trimmed());
    bind << SqlValues::text(m.industry.trimmed());
    bind << SqlValues::text(m.region.trimmed());
    bind << SqlValues::text(m.introduction);
    bind << Member::statusKey(m.status);
    bind << SqlValues::dateOrNull(m.joinedOn);
    bind << SqlValues::dateOrNull(m.leftOn);
    bind << SqlValues::text(m.notes);
    bind << (m.createdAt.isValid() ? m.createdAt.toUTC().toString(Qt::ISODate) : now);
    bind << (m.updatedAt.isValid() && m.id > 0 ? m.updatedAt.toUTC().toString(Qt::ISODate) : now);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    const qint64 id = m.id > 0 ? m.id : query.lastInsertId().toLongLong();
    if (m_session)
        ++m_session->inserted;
    if (auto written = writeDetails(id, m, search, true); !written)
        return written.error();
    return id;
}

Result<qint64> MemberStore::insert(const Member &m)
{
    return insert(m, MemberSearchText::of(m));
}

Result<qint64> MemberStore::insert(const Member &m, const MemberSearchText &search)
{
    if (auto valid = validate(m); !valid)
        return valid.error();
    // In a bulk write the caller's transaction makes the whole import all-or-nothing, so a row needs no
    // savepoint of its own.
    if (m_bulk)
        return insertRow(m, search);
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    auto id = insertRow(m, search);
    if (!id)
        return id;
    if (auto done = tx.commit(); !done)
        return done.error();
    if (!m_bulk)
        Q_EMIT memberInserted(*id);
    return id;
}

Result<void> MemberStore::updateRow(const Member &m)
{
    if (auto settled = settle(); !settled)
        return settled.error();
    const QString what = tr("Could not save the member.");
    QSqlQuery &query = cached(QStringLiteral(
        "UPDATE members SET display_name = ?, reading = ?, email = ?, phone = ?, affiliation = ?, "
        "job_title = ?, occupation = ?, industry = ?, region = ?, introduction = ?, status = ?, "
        "joined_on = ?, left_on = ?, notes = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(m.displayName.trimmed());
    query.addBindValue(SqlValues::text(m.reading.trimmed()));
    query.addBindValue(SqlValues::text(m.primaryEmail().trimmed()));
    query.addBindValue(SqlValues::text(m.phone.trimmed()));
    query.addBindValue(SqlValues::text(m.affiliation.trimmed()));
    query.addBindValue(SqlValues::text(m.jobTitle.trimmed()));
    query.addBindValue(SqlValues::text(m.occupation.trimmed()));
    query.addBindValue(SqlValues::text(m.industry.trimmed()));
    query.addBindValue(SqlValues::text(m.region.trimmed()));
    query.addBindValue(SqlValues::text(m.introduction));
    query.addBindValue(Member::statusKey(m.status));
    query.addBindValue(SqlValues::dateOrNull(m.joinedOn));
    query.addBindValue(SqlValues::dateOrNull(m.leftOn));
    query.addBindValue(SqlValues::text(m.notes));
    query.addBindValue(SqlValues::now());
    query.addBindValue(m.id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    if (query.numRowsAffected() != 1)
        return notFound(m.id);
    return writeDetails(m.id, m, MemberSearchText::of(m), false);
}

Result<void> MemberStore::update(const Member &m)
{
    if (auto valid = validate(m); !valid)
        return valid;
    if (m_bulk)
        return updateRow(m);
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    if (auto written = updateRow(m); !written)
        return written;
    if (auto done = tx.commit(); !done)
        return done;
    if (!m_bulk)
        Q_EMIT memberUpdated(m.id);
    return {};
}

Result<void> MemberStore::removeRow(qint64 id)
{
    if (auto settled = settle(); !settled)
        return settled.error();
    if (auto done = unindex(id); !done)
        return done;
    if (auto forgotten = forgetEmails(id); !forgotten)
        return forgotten;
    QSqlQuery &query = cached(QStringLiteral("DELETE FROM members WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not delete the member."));
    if (query.numRowsAffected() != 1)
        return notFound(id);
    return {};
}

Result<void> MemberStore::remove(qint64 id)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    if (auto removed = removeRow(id); !removed)
        return removed;
    if (auto done = tx.commit(); !done)
        return done;
    if (!m_bulk)
        Q_EMIT memberRemoved(id);
    return {};
}

Result<QList<qint64>> MemberStore::idsWithEmail(const QString &email) const
{
    if (m_session && m_session->slim) {
        QList<qint64> ids = m_session->emailIds.value(emailKey(email));
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    }
    if (auto settled = settle(); !settled)
        return settled.error();
    QSqlQuery &query = cached(QStringLiteral("SELECT member_id FROM member_emails WHERE email_key = ?"));
    query.addBindValue(emailKey(email));
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not look up the email address."));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.finish();
    // Sorted and made distinct here rather than in SQL, which would build a temporary table per lookup
    // (an import looks up every row's addresses).
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Result<QStringList> MemberStore::emailsOf(const QList<qint64> &ids) const
{
    if (auto settled = settle(); !settled)
        return settled.error();
    QSqlQuery &query = cached(QStringLiteral("SELECT email FROM members WHERE id = ?"));
    QStringList emails;
    QSet<QString> seen;
    for (qint64 id : ids) {
        query.addBindValue(id);
        if (!query.exec())
            return SqlErrors::fromQuery(query, tr("Could not read the members' email addresses."));
        const QString email = query.next() ? query.value(0).toString().trimmed() : QString();
        query.finish();
        if (email.isEmpty() || seen.contains(emailKey(email)))
            continue;
        seen.insert(emailKey(email));
        emails.append(email);
    }
    return emails;
}

// --- The list ------------------------------------------------------------------------------------------

QString MemberStore::whereClause(const MemberQuery &q, QVariantList &values, bool &needsProfile) const
{
    QStringList conditions;
    const QList<QStringList> terms = TextNormalizer::queryTerms(q.search);
    if (!q.search.trimmed().isEmpty() && terms.isEmpty()) {
        // Only punctuation or symbols: nothing in the index can match.
        conditions.append(QStringLiteral("0"));
    } else if (!terms.isEmpty() && m_fts) {
        conditions.append(
            QStringLiteral("m.id IN (SELECT rowid FROM member_search WHERE member_search MATCH ?)"));
        values.append(matchExpression(terms));
    } else if (!terms.isEmpty()) {
        needsProfile = true;
        for (const QStringList &tokens : terms) {
            conditions.append(QStringLiteral(
                "(p.search_name LIKE ? ESCAPE '\\' OR p.search_reading LIKE ? ESCAPE '\\' OR "
                "p.search_affiliation LIKE ? ESCAPE '\\' OR p.search_tags LIKE ? ESCAPE '\\' OR "
                "p.search_notes LIKE ? ESCAPE '\\')"));
            const QString pattern = likePattern(tokens);
            for (int i = 0; i < 5; ++i)
                values.append(pattern);
        }
    }
    if (q.status) {
        conditions.append(QStringLiteral("m.status = ?"));
        values.append(Member::statusKey(*q.status));
    }
    if (!q.tag.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("m.id IN (SELECT mt.member_id FROM member_tags mt JOIN tags t ON "
                                         "t.id = mt.tag_id WHERE t.name = ?)"));
        values.append(q.tag.trimmed());
    }
    if (!q.occupation.isEmpty()) {
        conditions.append(QStringLiteral("m.occupation = ?"));
        values.append(q.occupation);
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

int MemberStore::estimate(const QString &key, const QString &sql, const QVariant &value) const
{
    const auto it = m_estimates.constFind(key);
    if (it != m_estimates.cend())
        return *it;
    QSqlQuery &query = cached(sql);
    if (!value.isNull())
        query.addBindValue(value);
    const int n = query.exec() && query.next() ? query.value(0).toInt() : -1;
    query.finish();
    if (n >= 0)
        m_estimates.insert(key, n);
    return n;
}

MemberStore::Statement MemberStore::fetchStatement(const MemberQuery &q, int offset, int limit) const
{
    // Two levels: the inner query finds the page's ids in order, touching only what the order and the
    // filters need; the outer one reads the columns (and the tags) of those rows alone. SQLite computes
    // result columns before it sorts, so a single level would build the tag list of every match.
    //
    // For the default orders (reading, name) with a search, the plan depends on how common the term is.
    // A rare term (東京商事: a few hundred matches) is fastest driven by the FTS result: look up and
    // sort the matches. A common one (東: a fifth of all members) is fastest walking the sort index and
    // keeping rows that are in the match list, which stops after one page instead of sorting 20,000
    // rows. The number of matches (cached until the next write) decides; SQLite cannot estimate it.
    Statement s;
    bool needsProfile = true;
    const QString where = whereClause(q, s.values, needsProfile);
    QString source = QStringLiteral("member_profiles p");
    const QList<QStringList> terms = TextNormalizer::queryTerms(q.search);
    const QString match = m_fts && !terms.isEmpty() ? matchExpression(terms) : QString();
    if (!match.isEmpty() && (q.sort == MemberQuery::Sort::Reading || q.sort == MemberQuery::Sort::Name)) {
        const int matches = estimate(QStringLiteral("match:") + match,
                                     QStringLiteral("SELECT count(*) FROM member_search WHERE member_search "
                                                    "MATCH ?"),
                                     match);
        const int total =
            estimate(QStringLiteral("total"), QStringLiteral("SELECT count(*) FROM members"), {});
        if (matches >= 0 && total > 0 && matches * kIndexDrivenShare > total) {
            source += q.sort == MemberQuery::Sort::Reading
                          ? QStringLiteral(" INDEXED BY member_profiles_sort")
                          : QStringLiteral(" INDEXED BY member_profiles_name");
        }
    }
    const QString order = orderBy(q);
    s.sql = QStringLiteral("SELECT ") + kRowColumns +
            QStringLiteral(" FROM (SELECT p.member_id AS page_id FROM ") + source +
            QStringLiteral(" JOIN members m ON m.id = p.member_id") + where + QStringLiteral(" ORDER BY ") +
            order +
            QStringLiteral(" LIMIT ? OFFSET ?) AS page JOIN members m ON m.id = page.page_id "
                           "JOIN member_profiles p ON p.member_id = m.id ORDER BY ") +
            order;
    s.values.append(limit);
    s.values.append(offset);
    return s;
}

MemberStore::Statement MemberStore::countStatement(const MemberQuery &q) const
{
    Statement s;
    bool needsProfile = false;
    const QString where = whereClause(q, s.values, needsProfile);
    const bool searchOnly = m_fts && !q.status && q.tag.trimmed().isEmpty() && q.occupation.isEmpty() &&
                            !TextNormalizer::queryTerms(q.search).isEmpty();
    if (searchOnly) {
        // Straight from the index: each FTS row is a member.
        s.sql = QStringLiteral("SELECT count(*) FROM member_search WHERE member_search MATCH ?");
        return s;
    }
    s.sql = QStringLiteral("SELECT count(*) FROM members m") +
            (needsProfile ? QStringLiteral(" JOIN member_profiles p ON p.member_id = m.id") : QString()) +
            where;
    return s;
}

Result<QList<MemberRow>> MemberStore::fetch(const MemberQuery &q, int offset, int limit) const
{
    if (auto settled = settle(); !settled)
        return settled.error();
    const Statement s = fetchStatement(q, std::max(0, offset), std::max(0, limit));
    QSqlQuery &query = cached(s.sql);
    for (const QVariant &value : s.values)
        query.addBindValue(value);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the members."));
    QList<MemberRow> rows;
    rows.reserve(limit);
    while (query.next()) {
        MemberRow r;
        r.id = query.value(0).toLongLong();
        r.displayName = query.value(1).toString();
        r.reading = query.value(2).toString();
        r.primaryEmail = query.value(3).toString();
        r.affiliation = query.value(4).toString();
        r.occupation = query.value(5).toString();
        r.status = Member::statusFromKey(query.value(6).toString()).value_or(Member::Status::Active);
        r.joinedOn = SqlValues::toDate(query.value(7));
        r.tags = query.value(8).toString();
        rows.append(r);
    }
    query.finish();
    return rows;
}

Result<int> MemberStore::count(const MemberQuery &q) const
{
    if (auto settled = settle(); !settled)
        return settled.error();
    const Statement s = countStatement(q);
    QSqlQuery &query = cached(s.sql);
    for (const QVariant &value : s.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return SqlErrors::fromQuery(query, tr("Could not count the members."));
    const int n = query.value(0).toInt();
    query.finish();
    return n;
}

Result<std::optional<MemberRow>> MemberStore::fetchRow(const MemberQuery &q, qint64 id) const
{
    if (auto settled = settle(); !settled)
        return settled.error();
    Statement s;
    bool needsProfile = true;
    QString where = whereClause(q, s.values, needsProfile);
    where +=
        (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + QStringLiteral("m.id = ?");
    s.values.append(id);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kRowColumns +
                  QStringLiteral(" FROM members m JOIN member_profiles p ON p.member_id = m.id") + where);
    for (const QVariant &value : std::as_const(s.values))
        query.addBindValue(value);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the members."));
    if (!query.next())
        return std::optional<MemberRow>();
    MemberRow r;
    r.id = query.value(0).toLongLong();
    r.displayName = query.value(1).toString();
    r.reading = query.value(2).toString();
    r.primaryEmail = query.value(3).toString();
    r.affiliation = query.value(4).toString();
    r.occupation = query.value(5).toString();
    r.status = Member::statusFromKey(query.value(6).toString()).value_or(Member::Status::Active);
    r.joinedOn = SqlValues::toDate(query.value(7));
    r.tags = query.value(8).toString();
    return std::optional<MemberRow>(r);
}

// --- Bulk writing --------------------------------------------------------------------------------------

Result<void> MemberStore::beginBulkWrite()
{
    if (m_bulk)
        return Error(Error::Code::Invalid, tr("Could not start the import."),
                     QStringLiteral("bulk write already in progress"));
    m_bulk = true;
    m_session = std::make_unique<BulkSession>(m_database.connection());
    m_session->writer = MemberBulkWriter::open(m_database.connection());
    QSqlQuery count(m_database.connection());
    if (count.exec(QStringLiteral("SELECT count(*) FROM members")) && count.next())
        m_session->existing = count.value(0).toLongLong();
    return {};
}

qint64 MemberStore::slimThreshold() const
{
    if (m_slimThreshold >= 0)
        return m_slimThreshold;
    // Re-creating an index costs a sort of the whole table; keeping it costs a B-tree insert per row,
    // several times more per row. Dropping pays once the import adds a good share of the table.
    return std::max<qint64>(kSlimMinimumRows, m_session ? m_session->existing / kSlimTableShare : 0);
}

Result<void> MemberStore::slimDown()
{
    if (auto settled = settle(); !settled)
        return settled.error();
    BulkSession &session = *m_session;
    session.slimTried = true;
    const QString what = tr("Could not add the member.");
    const QSqlDatabase db = m_database.connection();
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
    const auto quoted = [](QString name) -> QString {
        return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
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
    session.emailIds.reserve(int(session.existing + session.inserted));
    while (query.next())
        session.emailIds[query.value(0).toString()].append(query.value(1).toLongLong());
    query.finish();
    session.slim = true;
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next()) {
        session.cacheSize = query.value(0).toString();
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
        session.dropped.append(creates.at(i));
        if (trigger && i == names.size() - 1)
            session.noProfileTrigger = true;
    }
    return {};
}

Result<void> MemberStore::restoreSchema(const QStringList &creates, bool onlyMissing)
{
    const QString what = tr("Could not update the member search index.");
    QSqlQuery query(m_database.connection());
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

void MemberStore::setCacheSize(const QString &pages)
{
    if (pages.isEmpty())
        return;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("PRAGMA cache_size = ") + QString::number(pages.toLongLong())))
        qCWarning(lcStores) << "could not set the page cache size back:" << query.lastError().text();
}

Result<void> MemberStore::endBulkWrite()
{
    if (!m_bulk)
        return Error(Error::Code::Invalid, tr("Could not finish the import."),
                     QStringLiteral("no bulk write in progress"));
    if (auto settled = settle(); !settled) {
        cancelBulkWrite();
        return settled;
    }
    m_bulk = false;
    // Statements go before the schema changes under them.
    const QStringList dropped = m_session->dropped;
    const bool noProfileTrigger = m_session->noProfileTrigger;
    const QString cacheSize = m_session->cacheSize;
    m_session.reset();
    const auto restoreCache = qScopeGuard([&] { setCacheSize(cacheSize); });
    m_estimates.clear();
    const QString what = tr("Could not update the member search index.");
    if (noProfileTrigger) {
        // Members that something else inserted meanwhile get the profile row the trigger would have made.
        QSqlQuery profiles(m_database.connection());
        if (!profiles.exec(QStringLiteral(
                "INSERT INTO member_profiles (member_id) SELECT id FROM members m WHERE NOT EXISTS "
                "(SELECT 1 FROM member_profiles p WHERE p.member_id = m.id)")))
            return SqlErrors::fromQuery(profiles, what);
    }
    if (auto restored = restoreSchema(dropped, false); !restored)
        return restored;
    // One pass over the content table, inside the caller's transaction: what per-row maintenance would
    // have produced, at a fraction of the cost (FTS5 flushes its pending terms at every savepoint).
    // FTS5 writes a segment whenever its pending terms reach 'hashsize' (1 MB by default); with 8 MB a
    // large import writes fewer, larger segments and merges them less (a quarter less work). Per-row
    // writes flush at every commit, far below either size, so they are unaffected.
    if (m_fts) {
        QSqlQuery rebuild(m_database.connection());
        if (!rebuild.exec(QStringLiteral(
                "INSERT INTO member_search (member_search, rank) VALUES ('hashsize', 8388608)")))
            qCWarning(lcStores) << "search index keeps its hashsize:" << rebuild.lastError().text();
        if (!rebuild.exec(QStringLiteral("INSERT INTO member_search (member_search) VALUES ('rebuild')")))
            return SqlErrors::fromQuery(rebuild, what);
    }
    Q_EMIT membersReset();
    return {};
}

void MemberStore::cancelBulkWrite()
{
    if (!m_bulk)
        return;
    m_bulk = false;
    const QStringList dropped = m_session->dropped;
    setCacheSize(m_session->cacheSize);
    m_session.reset();
    m_estimates.clear();
    // The caller's rollback has brought back what the session dropped; should it not have rolled back,
    // put back what is missing, so that the schema never stays without them.
    if (!dropped.isEmpty()) {
        if (auto restored = restoreSchema(dropped, true); !restored)
            qCWarning(lcStores) << "could not restore the member indexes:" << restored.error().detail();
    }
    Q_EMIT membersReset();
}

// --- Bulk actions --------------------------------------------------------------------------------------

Result<void> MemberStore::touch(qint64 id)
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

Result<void> MemberStore::refreshSearchTags(qint64 id)
{
    QSqlQuery &names = cached(QStringLiteral("SELECT t.name FROM member_tags mt JOIN tags t ON t.id = "
                                             "mt.tag_id WHERE mt.member_id = ? ORDER BY t.name"));
    names.addBindValue(id);
    if (!names.exec())
        return SqlErrors::fromQuery(names, tr("Could not save the member's tags."));
    QStringList tags;
    while (names.next())
        tags.append(names.value(0).toString());
    names.finish();
    if (auto done = unindex(id); !done)
        return done;
    QSqlQuery &write =
        cached(QStringLiteral("UPDATE member_profiles SET search_tags = ? WHERE member_id = ?"));
    write.addBindValue(TextNormalizer::indexText(tags.join(QLatin1Char(' '))));
    write.addBindValue(id);
    if (!write.exec())
        return SqlErrors::fromQuery(write, tr("Could not save the member's tags."));
    return index(id);
}

Result<void> MemberStore::addTag(const QList<qint64> &ids, const QString &tag)
{
    if (auto settled = settle(); !settled)
        return settled.error();
    if (tag.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("A tag needs a name."));
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    auto tid = tagId(tag, true);
    if (!tid)
        return tid.error();
    QSqlQuery &link =
        cached(QStringLiteral("INSERT OR IGNORE INTO member_tags (member_id, tag_id) VALUES (?, ?)"));
    for (qint64 id : ids) {
        if (auto touched = touch(id); !touched)
            return touched;
        link.addBindValue(id);
        link.addBindValue(*tid);
        if (!link.exec())
            return SqlErrors::fromQuery(link, tr("Could not save the member's tags."));
        if (link.numRowsAffected() == 0)
            continue;
        if (auto refreshed = refreshSearchTags(id); !refreshed)
            return refreshed;
    }
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT membersReset();
    return {};
}

Result<void> MemberStore::removeTag(const QList<qint64> &ids, const QString &tag)
{
    if (auto settled = settle(); !settled)
        return settled.error();
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    auto tid = tagId(tag, false);
    if (!tid)
        return tid.error();
    QSqlQuery &unlink = cached(QStringLiteral("DELETE FROM member_tags WHERE member_id = ? AND tag_id = ?"));
    for (qint64 id : ids) {
        if (auto touched = touch(id); !touched)
            return touched;
        if (*tid == 0)
            continue;
        unlink.addBindValue(id);
        unlink.addBindValue(*tid);
        if (!unlink.exec())
            return SqlErrors::fromQuery(unlink, tr("Could not save the member's tags."));
        if (unlink.numRowsAffected() == 0)
            continue;
        if (auto refreshed = refreshSearchTags(id); !refreshed)
            return refreshed;
    }
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT membersReset();
    return {};
}

Result<void> MemberStore::setStatus(const QList<qint64> &ids, Member::Status status, const QDate &today)
{
    if (auto settled = settle(); !settled)
        return settled.error();
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery &query = cached(QStringLiteral(
        "UPDATE members SET status = ?, left_on = CASE WHEN ? THEN coalesce(left_on, ?) ELSE left_on END, "
        "updated_at = ? WHERE id = ?"));
    const QString now = SqlValues::now();
    for (qint64 id : ids) {
        query.addBindValue(Member::statusKey(status));
        query.addBindValue(status == Member::Status::Left ? 1 : 0);
        query.addBindValue(today.toString(Qt::ISODate));
        query.addBindValue(now);
        query.addBindValue(id);
        if (!query.exec())
            return SqlErrors::fromQuery(query, tr("Could not change the members' status."));
        if (query.numRowsAffected() != 1)
            return notFound(id);
    }
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT membersReset();
    return {};
}

Result<void> MemberStore::approve(const QList<qint64> &ids, const QDateTime &when)
{
    if (auto settled = settle(); !settled)
        return settled.error();
    const QString what = tr("Could not approve the applicants.");
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery &exists = cached(QStringLiteral("SELECT status FROM members WHERE id = ?"));
    QSqlQuery &member = cached(QStringLiteral(
        "UPDATE members SET status = 'active', joined_on = coalesce(joined_on, ?), updated_at = ? "
        "WHERE id = ? AND status = 'applicant'"));
    QSqlQuery &profile =
        cached(QStringLiteral("UPDATE member_profiles SET approved_at = ? WHERE member_id = ?"));
    const QString approvedAt = when.toUTC().toString(Qt::ISODate);
    const QString joined = when.toLocalTime().date().toString(Qt::ISODate);
    for (qint64 id : ids) {
        exists.addBindValue(id);
        if (!exists.exec())
            return SqlErrors::fromQuery(exists, what);
        const bool found = exists.next();
        const bool applicant = found && exists.value(0).toString() == QLatin1String("applicant");
        exists.finish();
        if (!found)
            return notFound(id);
        if (!applicant)
            continue;
        member.addBindValue(joined);
        member.addBindValue(SqlValues::now());
        member.addBindValue(id);
        if (!member.exec())
            return SqlErrors::fromQuery(member, what);
        profile.addBindValue(approvedAt);
        profile.addBindValue(id);
        if (!profile.exec())
            return SqlErrors::fromQuery(profile, what);
    }
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT membersReset();
    return {};
}

Result<QStringList> MemberStore::tags() const
{
    if (auto settled = settle(); !settled)
        return settled.error();
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT name FROM tags ORDER BY name")))
        return SqlErrors::fromQuery(query, tr("Could not read the tags."));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

// --- Occupations ---------------------------------------------------------------------------------------

Result<QList<Occupation>> MemberStore::occupations() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT key, label, position FROM occupations ORDER BY position, key")))
        return SqlErrors::fromQuery(query, tr("Could not read the occupations."));
    QList<Occupation> list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    return list;
}

Result<void> MemberStore::reloadOccupations() const
{
    auto list = occupations();
    if (!list)
        return list.error();
    m_occupationLabels.clear();
    for (const Occupation &o : std::as_const(*list))
        m_occupationLabels.insert(o.key, o.label);
    m_occupationsLoaded = true;
    return {};
}

QString MemberStore::occupationLabel(const QString &key) const
{
    if (key.isEmpty())
        return {};
    if (!m_occupationsLoaded)
        (void)reloadOccupations();
    const QString label = m_occupationLabels.value(key);
    return label.isEmpty() ? Occupation::builtInLabel(key) : label;
}

Result<QString> MemberStore::addOccupation(const QString &label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Code::Invalid, tr("An occupation needs a name."));
    auto list = occupations();
    if (!list)
        return list.error();
    int position = 0;
    QSet<QString> keys;
    for (const Occupation &o : std::as_const(*list)) {
        if (o.displayLabel().compare(trimmed, Qt::CaseInsensitive) == 0)
            return Error(Error::Code::Invalid, tr("The occupation “%1” already exists.").arg(trimmed));
        position = std::max(position, o.position + 1);
        keys.insert(o.key);
    }
    int n = 1;
    while (keys.contains(QStringLiteral("custom_%1").arg(n)))
        ++n;
    const QString key = QStringLiteral("custom_%1").arg(n);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO occupations (key, label, position) VALUES (?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(trimmed);
    query.addBindValue(position);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not add the occupation."));
    m_occupationsLoaded = false;
    Q_EMIT occupationsChanged();
    return key;
}

Result<void> MemberStore::renameOccupation(const QString &key, const QString &label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty() && Occupation::builtInLabel(key) == key)
        return Error(Error::Code::Invalid, tr("An occupation needs a name."));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE occupations SET label = ? WHERE key = ?"));
    query.addBindValue(SqlValues::text(trimmed));
    query.addBindValue(key);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not rename the occupation."));
    if (query.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, tr("The occupation no longer exists."), key);
    m_occupationsLoaded = false;
    Q_EMIT occupationsChanged();
    return {};
}

Result<void> MemberStore::removeOccupation(const QString &key)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM members WHERE occupation = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return SqlErrors::fromQuery(query, tr("Could not remove the occupation."));
    const int users = query.value(0).toInt();
    if (users > 0)
        return Error(Error::Code::InUse,
                     tr("This occupation cannot be removed because %n member(s) have it.", nullptr, users),
                     QStringLiteral("occupation %1 in use").arg(key));
    query.prepare(QStringLiteral("DELETE FROM occupations WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not remove the occupation."));
    if (query.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, tr("The occupation no longer exists."), key);
    if (auto done = tx.commit(); !done)
        return done;
    m_occupationsLoaded = false;
    Q_EMIT occupationsChanged();
    return {};
}

// --- Join questions ------------------------------------------------------------------------------------

Result<QList<JoinQuestion>> MemberStore::joinQuestions() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, position, text FROM join_questions ORDER BY position, id")))
        return SqlErrors::fromQuery(query, tr("Could not read the join questions."));
    QList<JoinQuestion> list;
    while (query.next())
        list.append({query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString()});
    return list;
}

Result<qint64> MemberStore::addJoinQuestion(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("A join question needs some text."));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO join_questions (position, text) "
                                 "VALUES ((SELECT coalesce(max(position) + 1, 0) FROM join_questions), ?)"));
    query.addBindValue(text.trimmed());
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not add the join question."));
    const qint64 id = query.lastInsertId().toLongLong();
    Q_EMIT joinQuestionsChanged();
    return id;
}

Result<void> MemberStore::updateJoinQuestion(const JoinQuestion &question)
{
    if (question.text.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("A join question needs some text."));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE join_questions SET position = ?, text = ? WHERE id = ?"));
    query.addBindValue(question.position);
    query.addBindValue(question.text.trimmed());
    query.addBindValue(question.id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not save the join question."));
    if (query.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, tr("The join question no longer exists."),
                     QStringLiteral("question %1").arg(question.id));
    Q_EMIT joinQuestionsChanged();
    return {};
}

Result<void> MemberStore::removeJoinQuestion(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM join_questions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not delete the join question."));
    if (query.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, tr("The join question no longer exists."),
                     QStringLiteral("question %1").arg(id));
    Q_EMIT joinQuestionsChanged();
    return {};
}

// --- Duplicates ----------------------------------------------------------------------------------------

Result<QList<DuplicatePair>> MemberStore::findDuplicates() const
{
    if (auto settled = settle(); !settled)
        return settled.error();
    const QString what = tr("Could not look for duplicate members.");
    QMap<QPair<qint64, qint64>, DuplicatePair::Reasons> found;
    const struct
    {
        const char *sql;
        DuplicatePair::Reason reason;
    } checks[] = {
        {"SELECT DISTINCT a.member_id, b.member_id FROM member_emails a JOIN member_emails b "
         "ON b.email_key = a.email_key AND b.member_id > a.member_id",
         DuplicatePair::Reason::SameEmail},
        {"SELECT a.member_id, b.member_id FROM member_profiles a JOIN member_profiles b "
         "ON b.name_key = a.name_key AND b.member_id > a.member_id WHERE a.name_key <> ''",
         DuplicatePair::Reason::SameName},
        // A non-empty reading_key is also the row's sort_key, which member_profiles_sort indexes.
        {"SELECT a.member_id, b.member_id FROM member_profiles a JOIN member_profiles b "
         "ON b.sort_key = a.sort_key AND b.reading_key = a.reading_key AND b.member_id > a.member_id "
         "WHERE a.reading_key <> ''",
         DuplicatePair::Reason::SameReading},
    };
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    for (const auto &check : checks) {
        if (!query.exec(QString::fromLatin1(check.sql)))
            return SqlErrors::fromQuery(query, what);
        while (query.next())
            found[{query.value(0).toLongLong(), query.value(1).toLongLong()}] |= check.reason;
    }
    QList<DuplicatePair> pairs;
    pairs.reserve(found.size());
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        pairs.append({it.key().first, it.key().second, it.value()});
    return pairs;
}

Result<QList<MergeSnapshot::Participation>> MemberStore::participations(const QString &where,
                                                                        const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT event_id, member_id, role, rsvp, attended, walk_in, checked_in_at, "
                       "waitlist_order, fee_due, fee_paid, paid_at, note FROM participations WHERE ") +
        where + QStringLiteral(" ORDER BY event_id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the member's participations."));
    QList<MergeSnapshot::Participation> rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toInt() != 0, query.value(5).toInt() != 0,
                     query.value(6), query.value(7), query.value(8), query.value(9), query.value(10),
                     query.value(11).toString()});
    }
    return rows;
}

Result<MergeSnapshot> MemberStore::merge(qint64 keepId, qint64 mergeId)
{
    if (auto settled = settle(); !settled)
        return settled.error();
    const QString what = tr("Could not merge the members.");
    if (keepId == mergeId)
        return Error(Error::Code::Invalid, tr("A member cannot be merged with themselves."));
    const QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto kept = get(keepId);
    if (!kept)
        return kept.error();
    auto merged = get(mergeId);
    if (!merged)
        return merged.error();
    MergeSnapshot snapshot;
    snapshot.kept = *kept;
    snapshot.merged = *merged;
    auto mergedRows = participations(QStringLiteral("member_id = ?"), {mergeId});
    if (!mergedRows)
        return mergedRows.error();
    snapshot.mergedParticipations = *mergedRows;
    auto keptRows = participations(QStringLiteral("member_id = ? AND event_id IN (SELECT event_id FROM "
                                                  "participations WHERE member_id = ?)"),
                                   {keepId, mergeId});
    if (!keptRows)
        return keptRows.error();
    snapshot.keptParticipations = *keptRows;

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT member_id FROM member_profiles WHERE referred_by = ? AND member_id <> ? "
                       "ORDER BY member_id"));
    query.addBindValue(mergeId);
    query.addBindValue(keepId);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    while (query.next())
        snapshot.referrals.append(query.value(0).toLongLong());
    query.prepare(QStringLiteral("SELECT id FROM reports WHERE author_id = ? ORDER BY id"));
    query.addBindValue(mergeId);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    while (query.next())
        snapshot.authoredReports.append(query.value(0).toLongLong());

    // The kept member, with the merged one's details where it has none.
    Member combined = *kept;
    const Member &m = *merged;
    fill(combined.reading, m.reading);
    fill(combined.phone, m.phone);
    fill(combined.line, m.line);
    fill(combined.facebook, m.facebook);
    fill(combined.xHandle, m.xHandle);
    fill(combined.slack, m.slack);
    fill(combined.otherUrl, m.otherUrl);
    fill(combined.affiliation, m.affiliation);
    fill(combined.jobTitle, m.jobTitle);
    fill(combined.occupation, m.occupation);
    fill(combined.industry, m.industry);
    fill(combined.region, m.region);
    fill(combined.introduction, m.introduction);
    fill(combined.skills, m.skills);
    fill(combined.notes, m.notes);
    if (!combined.joinedOn.isValid() || (m.joinedOn.isValid() && m.joinedOn < combined.joinedOn))
        combined.joinedOn = m.joinedOn.isValid() ? m.joinedOn : combined.joinedOn;
    if (!combined.approvedAt.isValid() && combined.status != Member::Status::Applicant)
        combined.approvedAt = m.approvedAt;
    if (combined.referredBy == 0 || combined.referredBy == mergeId)
        combined.referredBy = m.referredBy == keepId ? 0 : m.referredBy;
    if (combined.createdAt.isValid() && m.createdAt.isValid() && m.createdAt < combined.createdAt)
        combined.createdAt = m.createdAt;
    QSet<QString> emailKeys;
    for (const QString &email : std::as_const(combined.emails))
        emailKeys.insert(emailKey(email));
    for (const QString &email : m.emails) {
        if (!emailKeys.contains(emailKey(email))) {
            emailKeys.insert(emailKey(email));
            combined.emails.append(email);
        }
    }
    for (const QString &tag : m.tags) {
        if (!combined.tags.contains(tag))
            combined.tags.append(tag);
    }
    for (auto it = m.answers.cbegin(); it != m.answers.cend(); ++it) {
        if (combined.answers.value(it.key()).trimmed().isEmpty())
            combined.answers.insert(it.key(), it.value());
    }

    // Participations: move the merged member's rows; where both took part, combine into the kept row.
    QSqlQuery move(db);
    move.prepare(
        QStringLiteral("UPDATE participations SET member_id = ? WHERE event_id = ? AND member_id = ?"));
    QSqlQuery combine(db);
    // What both paid is kept as one payment; unmerge puts each row back as it was.
    combine.prepare(QStringLiteral("UPDATE participations SET role = ?, rsvp = ?, attended = ?, walk_in = ?, "
                                   "checked_in_at = ?, fee_paid = CASE WHEN fee_paid IS NULL AND ? IS NULL "
                                   "THEN NULL ELSE coalesce(fee_paid, 0) + coalesce(?, 0) END "
                                   "WHERE event_id = ? AND member_id = ?"));
    for (const MergeSnapshot::Participation &p : std::as_const(snapshot.mergedParticipations)) {
        const auto both =
            std::find_if(snapshot.keptParticipations.cbegin(), snapshot.keptParticipations.cend(),
                         [&p](const auto &k) { return k.eventId == p.eventId; });
        if (both == snapshot.keptParticipations.cend()) {
            move.addBindValue(keepId);
            move.addBindValue(p.eventId);
            move.addBindValue(mergeId);
            if (!move.exec())
                return SqlErrors::fromQuery(move, what);
            continue;
        }
        const MergeSnapshot::Participation &k = *both;
        const bool takeMerged = p.attended && !k.attended;
        combine.addBindValue(roleRank(p.role) > roleRank(k.role) ? p.role : k.role);
        combine.addBindValue(rsvpRank(p.rsvp) > rsvpRank(k.rsvp) ? p.rsvp : k.rsvp);
        combine.addBindValue(k.attended || p.attended ? 1 : 0);
        combine.addBindValue((takeMerged ? p.walkIn : k.walkIn) ? 1 : 0);
        combine.addBindValue(k.checkedInAt.isNull() ? p.checkedInAt : k.checkedInAt);
        combine.addBindValue(p.feePaid);
        combine.addBindValue(p.feePaid);
        combine.addBindValue(p.eventId);
        combine.addBindValue(keepId);
        if (!combine.exec())
            return SqlErrors::fromQuery(combine, what);
    }
    query.prepare(QStringLiteral("UPDATE member_profiles SET referred_by = ? WHERE referred_by = ? AND "
                                 "member_id <> ?"));
    query.addBindValue(keepId);
    query.addBindValue(mergeId);
    query.addBindValue(keepId);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    query.prepare(QStringLiteral("UPDATE reports SET author_id = ? WHERE author_id = ?"));
    query.addBindValue(keepId);
    query.addBindValue(mergeId);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);

    if (auto removed = removeRow(mergeId); !removed)
        return removed.error();
    if (auto valid = validate(combined); !valid) {
        // Filling the dates from the other record can contradict the kept status; keep the kept dates.
        combined.joinedOn = kept->joinedOn;
        combined.leftOn = kept->leftOn;
        if (auto again = validate(combined); !again)
            return again.error();
    }
    if (auto updated = updateRow(combined); !updated)
        return updated.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT membersReset();
    return snapshot;
}

Result<void> MemberStore::unmerge(const MergeSnapshot &s)
{
    if (auto settled = settle(); !settled)
        return settled.error();
    const QString what = tr("Could not undo the merge.");
    const QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    const qint64 keepId = s.kept.id;
    const qint64 mergeId = s.merged.id;
    if (auto inserted = insertRow(s.merged, MemberSearchText::of(s.merged)); !inserted)
        return inserted.error();
    if (auto updated = updateRow(s.kept); !updated)
        return updated;

    QSqlQuery restore(db);
    restore.prepare(QStringLiteral("UPDATE participations SET role = ?, rsvp = ?, attended = ?, walk_in = ?, "
                                   "checked_in_at = ?, waitlist_order = ?, fee_due = ?, fee_paid = ?, "
                                   "paid_at = ?, note = ? WHERE event_id = ? AND member_id = ?"));
    QSqlQuery drop(db);
    drop.prepare(QStringLiteral("DELETE FROM participations WHERE event_id = ? AND member_id = ?"));
    QSqlQuery add(db);
    add.prepare(
        QStringLiteral("INSERT INTO participations (event_id, member_id, role, rsvp, attended, walk_in, "
                       "checked_in_at, waitlist_order, fee_due, fee_paid, paid_at, note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const MergeSnapshot::Participation &p : s.mergedParticipations) {
        const auto both = std::find_if(s.keptParticipations.cbegin(), s.keptParticipations.cend(),
                                       [&p](const auto &k) { return k.eventId == p.eventId; });
        if (both != s.keptParticipations.cend()) {
            restore.addBindValue(both->role);
            restore.addBindValue(both->rsvp);
            restore.addBindValue(both->attended ? 1 : 0);
            restore.addBindValue(both->walkIn ? 1 : 0);
            restore.addBindValue(both->checkedInAt);
            restore.addBindValue(both->waitlistOrder);
            restore.addBindValue(both->feeDue);
            restore.addBindValue(both->feePaid);
            restore.addBindValue(both->paidAt);
            restore.addBindValue(SqlValues::text(both->note));
            restore.addBindValue(p.eventId);
            restore.addBindValue(keepId);
            if (!restore.exec())
                return SqlErrors::fromQuery(restore, what);
        } else {
            drop.addBindValue(p.eventId);
            drop.addBindValue(keepId);
            if (!drop.exec())
                return SqlErrors::fromQuery(drop, what);
        }
        add.addBindValue(p.eventId);
        add.addBindValue(mergeId);
        add.addBindValue(p.role);
        add.addBindValue(p.rsvp);
        add.addBindValue(p.attended ? 1 : 0);
        add.addBindValue(p.walkIn ? 1 : 0);
        add.addBindValue(p.checkedInAt);
        add.addBindValue(p.waitlistOrder);
        add.addBindValue(p.feeDue);
        add.addBindValue(p.feePaid);
        add.addBindValue(p.paidAt);
        add.addBindValue(SqlValues::text(p.note));
        if (!add.exec())
            return SqlErrors::fromQuery(add, what);
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE member_profiles SET referred_by = ? WHERE member_id = ?"));
    for (qint64 id : s.referrals) {
        query.addBindValue(mergeId);
        query.addBindValue(id);
        if (!query.exec())
            return SqlErrors::fromQuery(query, what);
    }
    query.prepare(QStringLiteral("UPDATE reports SET author_id = ? WHERE id = ?"));
    for (qint64 id : s.authoredReports) {
        query.addBindValue(mergeId);
        query.addBindValue(id);
        if (!query.exec())
            return SqlErrors::fromQuery(query, what);
    }
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT membersReset();
    return {};
}

} // namespace offkai
