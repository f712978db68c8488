#include "MemberStore.h"
#include <QScopeGuard>

#include "core/Log.h"
#include "JoinQuestionCatalog.h"
#include "MemberBulkSession.h"
#include "MemberBulkWriter.h"
#include "MemberDuplicates.h"
#include "MemberListQuery.h"
#include "MemberSearchText.h"
#include "OccupationCatalog.h"
#include "storage/Database.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "text/TextNormalizer.h"

#include <algorithm>
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

bool isEmail(const QString &email)
{
    // Syntax only, as organizers type it: one @, no spaces, a dot in the domain, no dot at either end.
    static const QRegularExpression pattern(QStringLiteral(
        "^[^@\\s\"(),:;<>\\[\\]\\\\]+@[^@\\s\"(),:;<>\\[\\]\\\\.]+(\\.[^@\\s\"(),:;<>\\[\\]\\\\.]+)+$"));
    return pattern.match(email.trimmed()).hasMatch();
}

Error notFound(qint64 id)
{
    return Error(Error::Code::NotFound, MemberStore::tr("The member no longer exists."),
                 QStringLiteral("member %1").arg(id));
}

} // namespace

MemberStore::MemberStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_occupations(std::make_unique<OccupationCatalog>(database, *this))
    , m_joinQuestions(std::make_unique<JoinQuestionCatalog>(database, *this))
    , m_duplicates(std::make_unique<MemberDuplicates>(*this))
{
    prepareSearch();
}

MemberStore::~MemberStore()
{
    // Prepared statements go before the connection they belong to.
    m_session.reset();
    m_cache.clear();
}

QSqlQuery &MemberStore::statement(QSqlQuery MemberBulkSession::*slot, const QString &sql)
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
    if (m_session)
        return m_session->settle();
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

QString MemberStore::emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

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
        QSqlQuery &add = statement(&MemberBulkSession::addTag, kAddTag);
        Binder(add) << trimmed;
        if (!add.exec())
            return SqlErrors::fromQuery(add, what);
    }
    QSqlQuery &find = statement(&MemberBulkSession::findTag, kFindTag);
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
        QSqlQuery &fill = statement(&MemberBulkSession::profileFill, kFillProfile);
        Binder bind(fill);
        for (const QVariant &value : profileValues)
            bind << value;
        bind << id;
        if (!fill.exec())
            return SqlErrors::fromQuery(fill, what);
        profileWritten = fill.numRowsAffected() == 1;
    }
    if (!profileWritten) {
        QSqlQuery &profile = statement(&MemberBulkSession::profile, kUpsertProfile);
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
    QSqlQuery &email = statement(&MemberBulkSession::email, kInsertEmail);
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
        QSqlQuery &tag = statement(&MemberBulkSession::memberTag, kInsertMemberTag);
        Binder(tag) << id << *tid;
        if (!tag.exec())
            return SqlErrors::fromQuery(tag, what);
    }
    QSqlQuery &answer = statement(&MemberBulkSession::answer, kInsertAnswer);
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
    QSqlQuery &query = statement(&MemberBulkSession::oldEmails,
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
    if (m_session && !m_session->slimTried && m_session->inserted >= m_session->slimAfter(m_slimThreshold)) {
        if (auto slimmed = m_session->slimDown(m_database.connection()); !slimmed)
            return slimmed.error();
    }
    if (m_session && m_session->writer) {
        auto id = m_session->writer->insert(m, search);
        if (!id)
            return id;
        ++m_session->inserted;
        if (m_session->slim) {
            for (const QString &key : search.emailKeys)
                m_session->emailIds[key].append(*id);
        }
        return id;
    }
    QSqlQuery &query = statement(&MemberBulkSession::member, kInsertMember);
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
    if (auto valid = validate(m); !valid)
        return valid.error();
    return insert(m, MemberSearchText::of(m));
}

Result<qint64> MemberStore::insert(const Member &m, const MemberSearchText &search)
{
    Q_ASSERT(validate(m).ok());
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
    return idsWithEmailKey(emailKey(email));
}

Result<QList<qint64>> MemberStore::idsWithEmailKey(const QString &key) const
{
    if (m_session && m_session->slim) {
        QList<qint64> ids = m_session->emailIds.value(key);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    }
    if (auto settled = settle(); !settled)
        return settled.error();
    QSqlQuery &query = cached(QStringLiteral("SELECT member_id FROM member_emails WHERE email_key = ?"));
    query.addBindValue(key);
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

MemberListQuery MemberStore::listQuery() const
{
    return MemberListQuery(m_fts, [this](const QString &key, const QString &sql, const QVariant &value) {
        return estimate(key, sql, value);
    });
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
    return listQuery().fetchStatement(q, offset, limit);
}

MemberStore::Statement MemberStore::countStatement(const MemberQuery &q) const
{
    return listQuery().countStatement(q);
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
    QString where = listQuery().whereClause(q, s.values, needsProfile);
    where +=
        (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + QStringLiteral("m.id = ?");
    s.values.append(id);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + MemberListQuery::kRowColumns +
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

Result<void> MemberStore::beginBulkWrite(qint64 expectedRows)
{
    if (m_bulk)
        return Error(Error::Code::Invalid, tr("Could not start the import."),
                     QStringLiteral("bulk write already in progress"));
    m_bulk = true;
    m_session = std::make_unique<MemberBulkSession>(m_database.connection());
    m_session->expected = std::max<qint64>(0, expectedRows);
    m_session->writer = MemberBulkWriter::open(m_database.connection());
    QSqlQuery count(m_database.connection());
    if (count.exec(QStringLiteral("SELECT count(*) FROM members")) && count.next())
        m_session->existing = count.value(0).toLongLong();
    return {};
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
    const auto restoreCache =
        qScopeGuard([&] { MemberBulkSession::setCacheSize(m_database.connection(), cacheSize); });
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
    if (auto restored = MemberBulkSession::restoreSchema(m_database.connection(), dropped, false); !restored)
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
    MemberBulkSession::setCacheSize(m_database.connection(), m_session->cacheSize);
    m_session.reset();
    m_estimates.clear();
    // The caller's rollback has brought back what the session dropped; should it not have rolled back,
    // put back what is missing, so that the schema never stays without them.
    if (!dropped.isEmpty()) {
        if (auto restored = MemberBulkSession::restoreSchema(m_database.connection(), dropped, true);
            !restored)
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
    return m_occupations->occupations();
}

QString MemberStore::occupationLabel(const QString &key) const
{
    return m_occupations->occupationLabel(key);
}

Result<QString> MemberStore::addOccupation(const QString &label)
{
    return m_occupations->addOccupation(label);
}

Result<void> MemberStore::renameOccupation(const QString &key, const QString &label)
{
    return m_occupations->renameOccupation(key, label);
}

Result<void> MemberStore::removeOccupation(const QString &key)
{
    return m_occupations->removeOccupation(key);
}

// --- Join questions ------------------------------------------------------------------------------------

Result<QList<JoinQuestion>> MemberStore::joinQuestions() const
{
    return m_joinQuestions->joinQuestions();
}

Result<qint64> MemberStore::addJoinQuestion(const QString &text)
{
    return m_joinQuestions->addJoinQuestion(text);
}

Result<void> MemberStore::updateJoinQuestion(const JoinQuestion &question)
{
    return m_joinQuestions->updateJoinQuestion(question);
}

Result<void> MemberStore::removeJoinQuestion(qint64 id)
{
    return m_joinQuestions->removeJoinQuestion(id);
}

// --- Duplicates ----------------------------------------------------------------------------------------

Result<QList<DuplicatePair>> MemberStore::findDuplicates() const
{
    return m_duplicates->findDuplicates();
}

Result<MergeSnapshot> MemberStore::merge(qint64 keepId, qint64 mergeId)
{
    return m_duplicates->merge(keepId, mergeId);
}

Result<void> MemberStore::unmerge(const MergeSnapshot &snapshot)
{
    return m_duplicates->unmerge(snapshot);
}

} // namespace offkai
