#include "MemberBulkWriter.h"

#include "core/Log.h"
#include "storage/SqlErrors.h"
#include "storage/SqliteHandle.h"
#include "storage/SqlValues.h"

#include <array>
#include <QDateTime>
#include <QSqlError>
#include <QStringEncoder>

#ifdef OFFKAI_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace offkai {

#ifdef OFFKAI_HAVE_SQLITE3

namespace {

/// A table written in batches: `INSERT INTO … VALUES` + `row` once per row + `tail`. The same
/// statements as MemberStore's per-row writes (kInsertMember, kUpsertProfile, …).
struct Table
{
    const char *head;
    const char *row;
    const char *tail;
    int columns;
};

const Table kMembers = {
    "INSERT INTO members (id, display_name, reading, email, phone, affiliation, job_title, occupation, "
    "industry, region, introduction, status, joined_on, left_on, notes, created_at, updated_at) VALUES ",
    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "", 17};
const Table kProfiles = {
    "INSERT INTO member_profiles (member_id, line, facebook, x_handle, slack, other_url, skills, "
    "approved_at, referred_by, name_consent, sort_key, name_key, reading_key, search_name, "
    "search_reading, search_affiliation, search_tags, search_notes) VALUES ",
    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    " ON CONFLICT (member_id) DO UPDATE SET "
    "line = excluded.line, facebook = excluded.facebook, x_handle = excluded.x_handle, "
    "slack = excluded.slack, other_url = excluded.other_url, skills = excluded.skills, "
    "approved_at = excluded.approved_at, referred_by = excluded.referred_by, "
    "name_consent = excluded.name_consent, sort_key = excluded.sort_key, name_key = excluded.name_key, "
    "reading_key = excluded.reading_key, search_name = excluded.search_name, "
    "search_reading = excluded.search_reading, search_affiliation = excluded.search_affiliation, "
    "search_tags = excluded.search_tags, search_notes = excluded.search_notes",
    18};
const Table kEmails = {"INSERT INTO member_emails (member_id, position, email, email_key) VALUES ",
                       "(?, ?, ?, ?)", "", 4};
const Table kMemberTags = {"INSERT OR IGNORE INTO member_tags (member_id, tag_id) VALUES ", "(?, ?)", "", 2};
const Table kAnswers = {"INSERT INTO member_answers (member_id, question_id, answer) VALUES ", "(?, ?, ?)",
                        "", 3};
const Table kAccounts = {"INSERT INTO member_accounts (member_id, service, account, account_key) VALUES ",
                         "(?, ?, ?, ?)", "", 4};
const char kAddTag[] = "INSERT OR IGNORE INTO tags (name) VALUES (?)";
const char kFindTag[] = "SELECT id FROM tags WHERE name = ?";
const char kLastId[] = "SELECT coalesce(max(id), 0) FROM members";

QByteArray sqlFor(const Table &table, int rows)
{
    QByteArray sql = table.head;
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += ", ";
        sql += table.row;
    }
    return sql + table.tail;
}

using Value = MemberBulkWriter::Value;

Value textValue(const QString &text)
{
    // Text columns are NOT NULL: a null QString is ''.
    return text.isNull() ? Value(QStringLiteral("")) : Value(text);
}

Value idOrNull(qint64 id)
{
    return id > 0 ? Value(id) : Value();
}

Value isoDate(const QDate &date)
{
    return date.isValid() ? Value(SqlValues::isoDate(date)) : Value();
}

Value isoTime(const QDateTime &when)
{
    return when.isValid() ? Value(when.toUTC().toString(Qt::ISODate)) : Value();
}

} // namespace

struct MemberBulkWriter::Statements
{
    /// The queued rows of one table and its two statements (kBatchRows rows, one row).
    struct Queue
    {
        Queue(const Table *t, const QString &message)
            : table(t)
            , what(message)
        {}

        const Table *table;
        QString what;
        QList<Value> values;
        sqlite3_stmt *many = nullptr;
        sqlite3_stmt *one = nullptr;

        qsizetype rows() const { return values.size() / table->columns; }
    };

    sqlite3 *db = nullptr;
    Queue members{&kMembers, tr("Could not add the member.")};
    Queue profiles{&kProfiles, tr("Could not add the member.")};
    Queue emails{&kEmails, tr("Could not add the member.")};
    Queue memberTags{&kMemberTags, tr("Could not save the member's tags.")};
    Queue answers{&kAnswers, tr("Could not save the member's answers: the question no longer exists.")};
    Queue accounts{&kAccounts, tr("Could not save the member's accounts.")};
    sqlite3_stmt *addTag = nullptr;
    sqlite3_stmt *findTag = nullptr;
    /// The bound text of the statement about to run (see bind()).
    QStringEncoder encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    QByteArray utf8;

    ~Statements()
    {
        for (Queue *q : queues()) {
            sqlite3_finalize(q->many);
            sqlite3_finalize(q->one);
        }
        sqlite3_finalize(addTag);
        sqlite3_finalize(findTag);
    }

    /// In the order they are flushed: parents before the rows that refer to them.
    std::array<Queue *, 6> queues()
    {
        return {&members, &profiles, &emails, &memberTags, &answers, &accounts};
    }

    bool prepare()
    {
        const auto one = [&](const QByteArray &sql, sqlite3_stmt **out) {
            return sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, out,
                                      nullptr) == SQLITE_OK;
        };
        for (Queue *q : queues()) {
            if (!one(sqlFor(*q->table, kBatchRows), &q->many) || !one(sqlFor(*q->table, 1), &q->one))
                return false;
        }
        return one(kAddTag, &addTag) && one(kFindTag, &findTag);
    }

    Error error(const QString &what) const
    {
        return SqlErrors::fromSql(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)),
                                            QSqlError::StatementError,
                                            QString::number(sqlite3_extended_errcode(db))),
                                  what);
    }

    /// Binds `count` values. Text goes in as UTF-8 (the database's encoding), encoded into one buffer
    /// reused for every statement: bound as UTF-16, SQLite would allocate a converted copy of each value.
    void bind(sqlite3_stmt *statement, const Value *values, int count)
    {
        qsizetype space = 0;
        for (int i = 0; i < count; ++i) {
            if (const auto *text = std::get_if<QString>(&values[i]))
                space += encoder.requiredSpace(text->size());
        }
        if (utf8.size() < space)
            utf8.resize(space);
        char *out = utf8.data();
        for (int i = 0; i < count; ++i) {
            const Value &v = values[i];
            if (const auto *text = std::get_if<QString>(&v)) {
                char *end = encoder.appendToBuffer(out, *text);
                sqlite3_bind_text(statement, i + 1, out, int(end - out), SQLITE_STATIC);
                out = end;
            } else if (const auto *number = std::get_if<qint64>(&v)) {
                sqlite3_bind_int64(statement, i + 1, *number);
            } else {
                sqlite3_bind_null(statement, i + 1);
            }
        }
    }

    /// Runs a bound statement that returns no rows and makes it ready for the next binding.
    static bool run(sqlite3_stmt *statement)
    {
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        return rc == SQLITE_DONE;
    }

    Result<void> flush(Queue &q)
    {
        const int columns = q.table->columns;
        const qsizetype rows = q.rows();
        qsizetype row = 0;
        for (; row + kBatchRows <= rows; row += kBatchRows) {
            bind(q.many, q.values.constData() + row * columns, columns * kBatchRows);
            if (!run(q.many))
                return error(q.what);
        }
        for (; row < rows; ++row) {
            bind(q.one, q.values.constData() + row * columns, columns);
            if (!run(q.one))
                return error(q.what);
        }
        q.values.clear();
        return {};
    }
};

std::unique_ptr<MemberBulkWriter> MemberBulkWriter::open(const QSqlDatabase &db)
{
    // A Qt built with its own copy of SQLite gives no usable handle and is left to QtSql, as is a
    // PostgreSQL connection.
    sqlite3 *connection = SqliteHandle::of(db);
    if (!connection) {
        qCInfo(lcStores) << "bulk member writes go through QtSql";
        return nullptr;
    }
    auto statements = std::make_unique<Statements>();
    statements->db = connection;
    sqlite3_stmt *last = nullptr;
    const bool prepared =
        statements->prepare() && sqlite3_prepare_v2(connection, kLastId, -1, &last, nullptr) == SQLITE_OK;
    const bool counted = prepared && sqlite3_step(last) == SQLITE_ROW;
    const qint64 lastId = counted ? sqlite3_column_int64(last, 0) : 0;
    sqlite3_finalize(last);
    if (!counted) {
        qCWarning(lcStores) << "bulk member writes go through QtSql:" << sqlite3_errmsg(connection);
        return nullptr;
    }
    std::unique_ptr<MemberBulkWriter> writer(new MemberBulkWriter(std::move(statements)));
    writer->m_nextId = lastId + 1;
    return writer;
}

MemberBulkWriter::MemberBulkWriter(std::unique_ptr<Statements> statements)
    : m_statements(std::move(statements))
{}

MemberBulkWriter::~MemberBulkWriter() = default;

const QString &MemberBulkWriter::now()
{
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    if (second != m_nowSecond) {
        m_nowSecond = second;
        m_now = QDateTime::fromSecsSinceEpoch(second, Qt::UTC).toString(Qt::ISODate);
    }
    return m_now;
}

bool MemberBulkWriter::hasPending() const
{
    return !m_statements->members.values.isEmpty();
}

Result<void> MemberBulkWriter::flush()
{
    for (Statements::Queue *q : m_statements->queues()) {
        if (auto flushed = m_statements->flush(*q); !flushed) {
            for (Statements::Queue *other : m_statements->queues())
                other->values.clear();
            return flushed;
        }
    }
    return {};
}

Result<qint64> MemberBulkWriter::tagId(const QString &name)
{
    if (const auto known = m_tagIds.constFind(name); known != m_tagIds.cend())
        return *known;
    Statements &s = *m_statements;
    const QString what = tr("Could not save the member's tags.");
    const Value value(name);
    s.bind(s.addTag, &value, 1);
    if (!Statements::run(s.addTag))
        return s.error(what);
    s.bind(s.findTag, &value, 1);
    const int rc = sqlite3_step(s.findTag);
    const qint64 id = rc == SQLITE_ROW ? sqlite3_column_int64(s.findTag, 0) : 0;
    sqlite3_reset(s.findTag);
    if (rc != SQLITE_ROW)
        return s.error(what);
    m_tagIds.insert(name, id);
    return id;
}

Result<qint64> MemberBulkWriter::insert(const Member &m, const MemberSearchText &search)
{
    Statements &s = *m_statements;
    const qint64 id = m.id > 0 ? m.id : m_nextId;
    m_nextId = std::max(m_nextId, id + 1);
    const QString &stamp = now();
    s.members.values.append({id, textValue(m.displayName.trimmed()), textValue(m.reading.trimmed()),
                             textValue(m.primaryEmail().trimmed()), textValue(m.phone.trimmed()),
                             textValue(m.affiliation.trimmed()), textValue(m.jobTitle.trimmed()),
                             textValue(m.occupation.trimmed()), textValue(m.industry.trimmed()),
                             textValue(m.region.trimmed()), textValue(m.introduction),
                             Member::statusKey(m.status), isoDate(m.joinedOn), isoDate(m.leftOn),
                             textValue(m.notes), m.createdAt.isValid() ? isoTime(m.createdAt) : Value(stamp),
                             m.updatedAt.isValid() && m.id > 0 ? isoTime(m.updatedAt) : Value(stamp)});

    s.profiles.values.append(
        {id, textValue(m.line.trimmed()), textValue(m.facebook.trimmed()), textValue(m.xHandle.trimmed()),
         textValue(m.slack.trimmed()), textValue(m.otherUrl.trimmed()), textValue(m.skills),
         isoTime(m.approvedAt), idOrNull(m.referredBy), Member::consentKey(m.nameConsent),
         textValue(search.sortKey), textValue(search.nameKey), textValue(search.readingKey),
         textValue(search.name), textValue(search.reading), textValue(search.affiliation),
         textValue(search.tagText), textValue(search.notes)});
    Q_ASSERT(search.emailKeys.size() == m.emails.size()); // search is MemberSearchText::of(m)
    for (qsizetype i = 0; i < m.emails.size(); ++i)
        s.emails.values.append({id, qint64(i), m.emails.at(i).trimmed(), search.emailKeys.at(i)});
    for (const QString &name : std::as_const(search.tags)) {
        const auto tag = tagId(name);
        if (!tag)
            return tag.error();
        s.memberTags.values.append({id, *tag});
    }
    for (auto it = m.answers.cbegin(); it != m.answers.cend(); ++it)
        s.answers.values.append({id, it.key(), textValue(it.value())});
    for (auto it = m.accounts.cbegin(); it != m.accounts.cend(); ++it) {
        const QString account = it.value().trimmed();
        if (!account.isEmpty())
            s.accounts.values.append(
                {id, ServiceAccount::key(it.key()), account, ServiceAccount::accountKey(account)});
    }
    if (s.members.rows() >= kBatchRows) {
        if (auto flushed = flush(); !flushed)
            return flushed.error();
    }
    return id;
}

#else // no SQLite headers at build time: MemberStore writes through QtSql

struct MemberBulkWriter::Statements
{};

std::unique_ptr<MemberBulkWriter> MemberBulkWriter::open(const QSqlDatabase &)
{
    return nullptr;
}

MemberBulkWriter::MemberBulkWriter(std::unique_ptr<Statements> statements)
    : m_statements(std::move(statements))
{}

MemberBulkWriter::~MemberBulkWriter() = default;

Result<qint64> MemberBulkWriter::insert(const Member &, const MemberSearchText &)
{
    return Error(Error::Code::Sql, tr("Could not add the member."), QStringLiteral("no direct SQLite"));
}

Result<void> MemberBulkWriter::flush()
{
    return {};
}

bool MemberBulkWriter::hasPending() const
{
    return false;
}

#endif

} // namespace offkai
