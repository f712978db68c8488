#include "MemberStore.h"

#include "MemberBulkSession.h"
#include "MemberBulkWriter.h"
#include "MemberSearchIndex.h"
#include "MemberSearchText.h"
#include "MemberStatements.h"
#include "SqlBinder.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "text/TextNormalizer.h"

#include <algorithm>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace offkai {

namespace {

const QString kMemberColumns = QStringLiteral(
    "m.id, m.display_name, m.reading, m.phone, m.affiliation, m.job_title, m.occupation, m.industry, "
    "m.region, m.introduction, m.status, m.joined_on, m.left_on, m.notes, m.created_at, m.updated_at, "
    "p.line, p.facebook, p.x_handle, p.slack, p.other_url, p.skills, p.approved_at, p.referred_by, "
    "p.name_consent, m.row_version");

// The statements of one member's insert, shared by single writes (through the statement cache) and
// the bulk session.
const QString kInsertMember = SqlBinder::numbered(QStringLiteral(
    "INSERT INTO members (id, display_name, reading, email, phone, affiliation, job_title, occupation, "
    "industry, region, introduction, status, joined_on, left_on, notes, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
const QString kUpsertProfile = SqlBinder::numbered(QStringLiteral(
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
const QString kFillProfile = SqlBinder::numbered(QStringLiteral(
    "UPDATE member_profiles SET line = ?, facebook = ?, x_handle = ?, slack = ?, other_url = ?, skills = ?, "
    "approved_at = ?, referred_by = ?, name_consent = ?, sort_key = ?, name_key = ?, reading_key = ?, "
    "search_name = ?, search_reading = ?, search_affiliation = ?, search_tags = ?, search_notes = ? "
    "WHERE member_id = ?"));
const QString kInsertEmail = SqlBinder::numbered(
    QStringLiteral("INSERT INTO member_emails (member_id, position, email, email_key) VALUES (?, ?, ?, ?)"));
const QString kInsertMemberTag = SqlBinder::numbered(
    QStringLiteral("INSERT OR IGNORE INTO member_tags (member_id, tag_id) VALUES (?, ?)"));

// PostgreSQL: a new member takes the next id and says which; the profile's search_doc (the search
// columns as one tsvector, SearchDocument) is written with the columns.
const QString kInsertMemberPg = SqlBinder::numbered(QStringLiteral(
    "INSERT INTO members (id, display_name, reading, email, phone, affiliation, job_title, occupation, "
    "industry, region, introduction, status, joined_on, left_on, notes, created_at, updated_at) "
    "VALUES (coalesce(?, nextval(pg_get_serial_sequence('members', 'id'))), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ?, ?, ?) RETURNING id"));
const QString kUpsertProfilePg = SqlBinder::numbered(QStringLiteral(
    "INSERT INTO member_profiles (member_id, line, facebook, x_handle, slack, other_url, skills, "
    "approved_at, referred_by, name_consent, sort_key, name_key, reading_key, search_name, "
    "search_reading, search_affiliation, search_tags, search_notes, search_doc) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::tsvector) ON CONFLICT (member_id) DO "
    "UPDATE SET line = excluded.line, facebook = excluded.facebook, x_handle = excluded.x_handle, "
    "slack = excluded.slack, other_url = excluded.other_url, skills = excluded.skills, "
    "approved_at = excluded.approved_at, referred_by = excluded.referred_by, "
    "name_consent = excluded.name_consent, sort_key = excluded.sort_key, name_key = excluded.name_key, "
    "reading_key = excluded.reading_key, search_name = excluded.search_name, "
    "search_reading = excluded.search_reading, search_affiliation = excluded.search_affiliation, "
    "search_tags = excluded.search_tags, search_notes = excluded.search_notes, "
    "search_doc = excluded.search_doc"));
const QString kFillProfilePg = SqlBinder::numbered(QStringLiteral(
    "UPDATE member_profiles SET line = ?, facebook = ?, x_handle = ?, slack = ?, other_url = ?, skills = ?, "
    "approved_at = ?, referred_by = ?, name_consent = ?, sort_key = ?, name_key = ?, reading_key = ?, "
    "search_name = ?, search_reading = ?, search_affiliation = ?, search_tags = ?, search_notes = ?, "
    "search_doc = ?::tsvector WHERE member_id = ?"));
const QString kInsertMemberTagPg = SqlBinder::numbered(
    QStringLiteral("INSERT INTO member_tags (member_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
const QString kInsertAnswer = SqlBinder::numbered(
    QStringLiteral("INSERT INTO member_answers (member_id, question_id, answer) VALUES (?, ?, ?)"));
bool isEmail(const QString &email)
{
    // Syntax only, as organizers type it: one @, no spaces, a dot in the domain, no dot at either end.
    static const QRegularExpression pattern(QStringLiteral(
        "^[^@\\s\"(),:;<>\\[\\]\\\\]+@[^@\\s\"(),:;<>\\[\\]\\\\.]+(\\.[^@\\s\"(),:;<>\\[\\]\\\\.]+)+$"));
    return pattern.match(email.trimmed()).hasMatch();
}

} // namespace

MemberStore::MemberStore(MemberStatements &statements, MemberSearchIndex &search, QObject *parent)
    : QObject(parent)
    , m_statements(statements)
    , m_search(search)
    , m_accounts(statements)
{}

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
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    const QString what = tr("Could not read the member.");
    const QSqlDatabase db = m_statements.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kMemberColumns +
                  QStringLiteral(", m.email FROM members m LEFT JOIN member_profiles p ON p.member_id = "
                                 "m.id WHERE m.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    if (!query.next())
        return MemberStatements::notFound(id);
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
    m.version = query.value(25).toLongLong();
    const QString legacyEmail = query.value(26).toString();
    query.finish();

    if (db.driverName() == QLatin1String("QPSQL")) {
        query.prepare(QStringLiteral("SELECT organizer FROM change_log WHERE table_name = 'members' AND "
                                     "row_id = ? ORDER BY id DESC LIMIT 1"));
        query.addBindValue(id);
        if (!query.exec())
            return SqlErrors::fromQuery(query, what);
        if (query.next())
            m.updatedBy = query.value(0).toString();
        query.finish();
    }

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
    query.finish();

    auto accounts = m_accounts.of(id);
    if (!accounts)
        return accounts.error();
    m.accounts = *accounts;
    return m;
}

Result<void> MemberStore::writeDetails(qint64 id, const Member &m, const MemberSearchText &search, bool isNew)
{
    MemberBulkSession *const session = m_statements.session();
    const QString what = tr("Could not save the member.");
    if (!isNew) {
        if (auto done = m_search.unindex(id); !done)
            return done;
    }
    const bool pg = m_statements.dialect().isPostgreSql();
    QVariantList profileValues = {SqlValues::text(m.line.trimmed()),
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
    if (pg)
        profileValues.append(search.document());
    // A new member's profile row exists already (members_profile_row): a plain UPDATE spares the
    // upsert its failed insert. Without that row, the upsert below creates it.
    bool profileWritten = false;
    if (isNew && !(session && session->noProfileTrigger)) {
        QSqlQuery &fill =
            m_statements.statement(&MemberBulkSession::profileFill, pg ? kFillProfilePg : kFillProfile);
        SqlBinder bind(fill);
        for (const QVariant &value : profileValues)
            bind << value;
        bind << id;
        if (!fill.exec())
            return SqlErrors::fromQuery(fill, what);
        profileWritten = fill.numRowsAffected() == 1;
    }
    if (!profileWritten) {
        QSqlQuery &profile =
            m_statements.statement(&MemberBulkSession::profile, pg ? kUpsertProfilePg : kUpsertProfile);
        SqlBinder bind(profile);
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
            QSqlQuery &clear = m_statements.cached(sql);
            clear.addBindValue(id);
            if (!clear.exec())
                return SqlErrors::fromQuery(clear, what);
        }
    }
    QSqlQuery &email = m_statements.statement(&MemberBulkSession::email, kInsertEmail);
    for (qsizetype i = 0; i < m.emails.size(); ++i) {
        const QString key = emailKey(m.emails.at(i));
        SqlBinder(email) << id << int(i) << m.emails.at(i).trimmed() << key;
        if (!email.exec())
            return SqlErrors::fromQuery(email, what);
        if (session && session->slim)
            session->emailIds[key].append(id);
    }
    for (const QString &name : search.tags) {
        auto tid = m_statements.tagId(name, true);
        if (!tid)
            return tid.error();
        // Looked up after tagId, which may add statements to the cache.
        QSqlQuery &tag =
            m_statements.statement(&MemberBulkSession::memberTag, pg ? kInsertMemberTagPg : kInsertMemberTag);
        SqlBinder(tag) << id << *tid;
        if (!tag.exec())
            return SqlErrors::fromQuery(tag, what);
    }
    QSqlQuery &answer = m_statements.statement(&MemberBulkSession::answer, kInsertAnswer);
    for (auto it = m.answers.cbegin(); it != m.answers.cend(); ++it) {
        SqlBinder(answer) << id << it.key() << SqlValues::text(it.value());
        if (!answer.exec())
            return SqlErrors::fromQuery(answer, tr("Could not save the member's answers: the question no "
                                                   "longer exists."));
    }
    if (auto written = m_accounts.write(id, m.accounts, isNew); !written)
        return written;
    return m_search.index(id);
}

Result<void> MemberStore::forgetEmails(qint64 id)
{
    MemberBulkSession *const session = m_statements.session();
    if (!session || !session->slim)
        return {};
    QSqlQuery &query =
        m_statements.statement(&MemberBulkSession::oldEmails,
                               QStringLiteral("SELECT email_key FROM member_emails WHERE member_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not save the member."));
    while (query.next()) {
        const auto it = session->emailIds.find(query.value(0).toString());
        if (it == session->emailIds.end())
            continue;
        it->removeAll(id);
        if (it->isEmpty())
            session->emailIds.erase(it);
    }
    query.finish();
    return {};
}

Result<qint64> MemberStore::insertRow(const Member &m, const MemberSearchText &search)
{
    MemberBulkSession *const session = m_statements.session();
    const QString what = tr("Could not add the member.");
    if (session && !session->slimTried &&
        session->inserted >= session->slimAfter(m_statements.slimThreshold())) {
        if (auto slimmed = session->slimDown(m_statements.connection()); !slimmed)
            return slimmed.error();
    }
    if (session && session->writer) {
        auto id = session->writer->insert(m, search);
        if (!id)
            return id;
        ++session->inserted;
        if (session->slim) {
            for (const QString &key : search.emailKeys)
                session->emailIds[key].append(*id);
        }
        return id;
    }
    const bool pg = m_statements.dialect().isPostgreSql();
    QSqlQuery &query =
        m_statements.statement(&MemberBulkSession::member, pg ? kInsertMemberPg : kInsertMember);
    const QString now = SqlValues::now();
    SqlBinder bind(query);
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
    const qint64 returned = m_statements.dialect().insertedId(query);
    const qint64 id = m.id > 0 ? m.id : returned;
    if (session)
        ++session->inserted;
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
    if (m_statements.isBulkWriting())
        return insertRow(m, search);
    Transaction tx(m_statements.connection());
    if (!tx.isActive())
        return tx.error();
    auto id = insertRow(m, search);
    if (!id)
        return id;
    if (auto done = tx.commit(); !done)
        return done.error();
    if (!m_statements.isBulkWriting())
        Q_EMIT memberInserted(*id);
    return id;
}

Result<void> MemberStore::updateRow(const Member &m)
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    const QString what = tr("Could not save the member.");
    // With a version, the row is written only if nobody has changed it since it was read; the version
    // then goes up by one (the schema's trigger does the same for every other UPDATE of the row).
    QSqlQuery &query = m_statements.cached(QStringLiteral(
        "UPDATE members SET display_name = ?, reading = ?, email = ?, phone = ?, affiliation = ?, "
        "job_title = ?, occupation = ?, industry = ?, region = ?, introduction = ?, status = ?, "
        "joined_on = ?, left_on = ?, notes = ?, updated_at = ?, row_version = row_version + 1 "
        "WHERE id = ? AND (? = 0 OR row_version = ?)"));
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
    query.addBindValue(m.version);
    query.addBindValue(m.version);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    if (query.numRowsAffected() != 1)
        return m.version == 0 ? Result<void>(MemberStatements::notFound(m.id)) : changedSince(m);
    return writeDetails(m.id, m, MemberSearchText::of(m), false);
}

Result<void> MemberStore::changedSince(const Member &m) const
{
    auto current = get(m.id);
    if (!current)
        return current.error();
    return Error(Error::Code::Conflict,
                 tr("“%1” was changed elsewhere (another window or organizer) after you opened it.")
                     .arg(current->displayName),
                 tr("Read version %1, the database has version %2.").arg(m.version).arg(current->version));
}

Result<void> MemberStore::update(const Member &m)
{
    if (auto valid = validate(m); !valid)
        return valid;
    if (m_statements.isBulkWriting())
        return updateRow(m);
    Transaction tx(m_statements.connection());
    if (!tx.isActive())
        return tx.error();
    if (auto written = updateRow(m); !written)
        return written;
    if (auto done = tx.commit(); !done)
        return done;
    if (!m_statements.isBulkWriting())
        Q_EMIT memberUpdated(m.id);
    return {};
}

Result<void> MemberStore::putBack(const Member &m)
{
    if (auto valid = validate(m); !valid)
        return valid;
    Transaction tx(m_statements.connection());
    if (!tx.isActive())
        return tx.error();
    // Written back as it was, over whatever version the import left.
    Member row = m;
    row.version = 0;
    if (auto written = updateRow(row); !written)
        return written;
    if (m.updatedAt.isValid()) {
        QSqlQuery &query =
            m_statements.cached(QStringLiteral("UPDATE members SET updated_at = ? WHERE id = ?"));
        query.addBindValue(m.updatedAt.toUTC().toString(Qt::ISODate));
        query.addBindValue(m.id);
        if (!query.exec())
            return SqlErrors::fromQuery(query, tr("Could not save the member."));
    }
    if (auto done = tx.commit(); !done)
        return done;
    if (!m_statements.isBulkWriting())
        Q_EMIT memberUpdated(m.id);
    return {};
}

Result<void> MemberStore::removeRow(qint64 id)
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    if (auto done = m_search.unindex(id); !done)
        return done;
    if (auto forgotten = forgetEmails(id); !forgotten)
        return forgotten;
    QSqlQuery &query = m_statements.cached(QStringLiteral("DELETE FROM members WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not delete the member."));
    if (query.numRowsAffected() != 1)
        return MemberStatements::notFound(id);
    return {};
}

Result<void> MemberStore::remove(qint64 id)
{
    Transaction tx(m_statements.connection());
    if (!tx.isActive())
        return tx.error();
    if (auto removed = removeRow(id); !removed)
        return removed;
    if (auto done = tx.commit(); !done)
        return done;
    if (!m_statements.isBulkWriting())
        Q_EMIT memberRemoved(id);
    return {};
}

Result<QList<qint64>> MemberStore::idsWithEmail(const QString &email) const
{
    return idsWithEmailKey(emailKey(email));
}

Result<QList<qint64>> MemberStore::idsWithAccount(ServiceAccount::Service service,
                                                  const QString &account) const
{
    return m_accounts.idsWith(service, account);
}

Result<QHash<QString, QList<qint64>>> MemberStore::accountIndex(ServiceAccount::Service service) const
{
    return m_accounts.index(service);
}

Result<QList<QPair<qint64, QString>>> MemberStore::namesakes(const QString &name) const
{
    const QString key = TextNormalizer::compactKey(name);
    if (key.isEmpty())
        return QList<QPair<qint64, QString>>();
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    QSqlQuery &query =
        m_statements.cached(QStringLiteral("SELECT member_id, coalesce(reading_key, '') FROM member_profiles "
                                           "WHERE name_key = ? ORDER BY member_id"));
    query.addBindValue(key);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not look up the member's name."));
    QList<QPair<qint64, QString>> found;
    while (query.next())
        found.append({query.value(0).toLongLong(), query.value(1).toString()});
    query.finish();
    return found;
}

Result<QList<qint64>> MemberStore::idsWithEmailKey(const QString &key) const
{
    MemberBulkSession *const session = m_statements.session();
    if (session && session->slim) {
        const auto found = session->emailIds.constFind(key);
        if (found == session->emailIds.cend())
            return QList<qint64>();
        QList<qint64> ids = *found;
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    }
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    QSqlQuery &query =
        m_statements.cached(QStringLiteral("SELECT member_id FROM member_emails WHERE email_key = ?"));
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
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    QSqlQuery &query = m_statements.cached(QStringLiteral("SELECT email FROM members WHERE id = ?"));
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

Result<QStringList> MemberStore::tags() const
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    QSqlQuery query(m_statements.connection());
    if (!query.exec(QStringLiteral("SELECT name FROM tags ORDER BY name")))
        return SqlErrors::fromQuery(query, tr("Could not read the tags."));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

} // namespace offkai
