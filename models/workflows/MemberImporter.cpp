#include "MemberImporter.h"

#include "core/Log.h"
#include "exchange/CsvWriter.h"
#include "exchange/TextDecoding.h"
#include "MemberRowParser.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "stores/MemberBulkWrite.h"
#include "stores/MemberSearchText.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "text/KanaReading.h"

#include <algorithm>
#include <future>
#include <optional>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <system_error>
#include <vector>

namespace offkai {

namespace {
using Field = MemberCsvMapping::Field;

/// Rows prepared ahead on the second thread at a time (see run()).
constexpr qsizetype kChunkRows = 512;

QString inFile(const QString &fileName, const QString &message)
{
    return fileName.isEmpty() ? message
                              : MemberImporter::tr("%1: %2", "file name: message").arg(fileName, message);
}

/// What can be known of a record without the database, found on the preparing thread.
struct PreparedRow
{
    enum class Kind
    {
        Blank,      ///< every field empty: skipped
        Rejected,   ///< `reason` says why
        StopImport, ///< an invalid email with InvalidEmailPolicy::AbortImport; `reason` says which
        Withdrawn,  ///< a deleted account's row (connpass "(退会ユーザー)"): skipped and counted
        Member,     ///< `member` and its `search` text are ready to write
    };
    Kind kind = Kind::Member;
    QString reason;
    std::optional<MemberRowParser::Row> member;
    MemberSearchText search;
};

PreparedRow prepareRow(const CsvReader::Record &record, qsizetype expectedFields,
                       const MemberCsvMapping &mapping, MemberImporter::InvalidEmailPolicy invalidEmails,
                       KanaReading::Script readingKana)
{
    PreparedRow row;
    if (record.fields.size() != expectedFields) {
        // CsvReader decides what counts as ragged (a lone empty field is a blank line, not a short row).
        const auto ragged = CsvReader::raggedRows({record}, expectedFields);
        if (!ragged.isEmpty()) {
            row.kind = PreparedRow::Kind::Rejected;
            row.reason = ragged.constFirst().reason;
            return row;
        }
    }
    const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                   [](const QString &field) { return field.trimmed().isEmpty(); });
    if (blank) {
        row.kind = PreparedRow::Kind::Blank;
        return row;
    }
    auto parsed = MemberRowParser::parse(record.fields, mapping, invalidEmails);
    if (parsed && parsed->withdrawn) {
        row.kind = PreparedRow::Kind::Withdrawn;
        return row;
    }
    if (!parsed) {
        const bool stop = invalidEmails == MemberImporter::InvalidEmailPolicy::AbortImport &&
                          parsed.error().detail() == QLatin1String("invalid email");
        row.kind = stop ? PreparedRow::Kind::StopImport : PreparedRow::Kind::Rejected;
        row.reason = parsed.error().message();
        return row;
    }
    parsed->member.reading = KanaReading::normalized(parsed->member.reading, readingKana);
    row.search = MemberSearchText::of(parsed->member);
    row.member = std::move(*parsed);
    return row;
}

/// Rows [from, to) of `table`, prepared on a thread of their own (or, should no thread start, when
/// waited for). The caller keeps `table` and `mapping` alive until the result has been waited for.
/// `spent`, the rows of a chunk already written, are freed on that thread too, where they were made.
std::future<std::vector<PreparedRow>>
prepareAhead(const CsvReader::Table &table, qsizetype from, qsizetype to, qsizetype expectedFields,
             const MemberCsvMapping &mapping, MemberImporter::InvalidEmailPolicy invalidEmails,
             KanaReading::Script readingKana, std::vector<PreparedRow> spent)
{
    auto work = [&table, &mapping, from, to, expectedFields, invalidEmails, readingKana,
                 spent = std::move(spent)]() mutable {
        std::vector<PreparedRow>().swap(spent);
        std::vector<PreparedRow> rows;
        rows.reserve(std::size_t(to - from));
        for (qsizetype i = from; i < to; ++i)
            rows.push_back(
                prepareRow(table.records.at(i), expectedFields, mapping, invalidEmails, readingKana));
        return rows;
    };
    try {
        return std::async(std::launch::async, std::move(work));
    } catch (const std::system_error &e) {
        qCWarning(lcExchange) << "import rows are prepared on the importing thread:" << e.what();
        return std::async(std::launch::deferred, std::move(work));
    }
}

/// Rows of one file that are one person: the same service account, or, in an online meeting's list
/// (where whoever rejoins has a row per join), the same email or else the same name.
class RepeatedPeople
{
public:
    explicit RepeatedPeople(const MemberCsvMapping &mapping)
        : m_meeting(mapping.maps(Field::MeetingName))
    {}

    /// The row of an earlier row naming the same person, or 0 (and `member` is remembered at `row`).
    int earlierRow(const Member &member, int row)
    {
        QStringList keys;
        for (auto it = member.accounts.cbegin(); it != member.accounts.cend(); ++it)
            keys.append(ServiceAccount::key(it.key()) + QLatin1Char(':') +
                        ServiceAccount::accountKey(it.value()));
        if (m_meeting) {
            for (const QString &email : member.emails)
                keys.append(QStringLiteral("mail:") + email.toLower());
            if (member.emails.isEmpty())
                keys.append(QStringLiteral("name:") + member.displayName.simplified().toCaseFolded());
        }
        for (const QString &key : std::as_const(keys)) {
            if (const auto found = m_rows.constFind(key); found != m_rows.cend())
                return *found;
        }
        for (const QString &key : std::as_const(keys))
            m_rows.insert(key, row);
        return 0;
    }

private:
    bool m_meeting;
    QHash<QString, int> m_rows;
};

/// The members already known by their account on each service, loaded once per import and service: a
/// file from connpass or Meetup has no addresses, so its people are found again by their user names.
/// Rows of this import with the same account are caught by RepeatedPeople.
class KnownAccounts
{
public:
    explicit KnownAccounts(MemberStore &store)
        : m_store(store)
    {}

    /// The first member who has one of `member`'s accounts, 0 for none.
    Result<qint64> memberOf(const Member &member)
    {
        for (auto it = member.accounts.cbegin(); it != member.accounts.cend(); ++it) {
            auto found = m_index.find(it.key());
            if (found == m_index.end()) {
                auto loaded = m_store.accountIndex(it.key());
                if (!loaded)
                    return loaded.error();
                found = m_index.insert(it.key(), std::move(*loaded));
            }
            const QList<qint64> ids = found->value(ServiceAccount::accountKey(it.value()));
            if (!ids.isEmpty())
                return ids.constFirst();
        }
        return qint64(0);
    }

private:
    MemberStore &m_store;
    QMap<ServiceAccount::Service, QHash<QString, QList<qint64>>> m_index;
};

/// The members an import wrote, for MemberImporter::Changes: created ones by id, updated ones as they
/// were before their first update. finish() reads them all as the import leaves them.
class WrittenMembers
{
public:
    void created(qint64 id) { m_created.append(id); }
    void updated(const Member &before)
    {
        if (!m_updated.contains(before.id)) {
            m_updated.insert(before.id);
            m_before.append(before);
        }
    }

    Result<MemberImporter::Changes> finish(const MemberStore &store) const
    {
        MemberImporter::Changes changes;
        changes.before = m_before;
        const auto read = [&store](qint64 id, QList<Member> &into) -> Result<void> {
            auto member = store.get(id);
            if (!member)
                return member.error();
            into.append(std::move(*member));
            return {};
        };
        for (qint64 id : m_created) {
            if (auto done = read(id, changes.created); !done)
                return done.error();
        }
        for (const Member &member : m_before) {
            if (auto done = read(member.id, changes.after); !done)
                return done.error();
        }
        return changes;
    }

private:
    QList<qint64> m_created;
    QSet<qint64> m_updated;
    QList<Member> m_before;
};

/// Writes what the row asks for: a new member, an update of the member with the same account or email,
/// or a note.
Result<void> applyRow(MemberStore &store, const CsvReader::Record &record, const PreparedRow &row,
                      const MemberImporter::Options &options, RepeatedPeople &repeated,
                      KnownAccounts &accounts, MemberImporter::Summary &summary, WrittenMembers *written)
{
    using DuplicatePolicy = MemberImporter::DuplicatePolicy;
    using RowNote = MemberImporter::RowNote;
    const auto note = [&](RowNote::Kind kind, const QString &reason) {
        summary.notes.append({record.row, kind, reason});
    };
    switch (row.kind) {
    case PreparedRow::Kind::Blank:
        ++summary.skipped;
        note(RowNote::Kind::Skipped, MemberImporter::tr("The row is empty."));
        return {};
    case PreparedRow::Kind::Rejected:
        ++summary.rejected;
        note(RowNote::Kind::Rejected, row.reason);
        return {};
    case PreparedRow::Kind::StopImport:
        return Error(
            Error::Code::Invalid,
            inFile(options.fileName, MemberImporter::tr("Row %1: %2").arg(record.row).arg(row.reason)),
            QStringLiteral("invalid email stops the import"));
    case PreparedRow::Kind::Withdrawn:
        ++summary.skipped;
        ++summary.withdrawn;
        note(RowNote::Kind::Skipped, MemberImporter::tr("The account was withdrawn from the service."));
        return {};
    case PreparedRow::Kind::Member:
        break;
    }
    const Member &member = row.member->member;
    if (const int earlier = repeated.earlierRow(member, record.row)) {
        ++summary.skipped;
        note(RowNote::Kind::Skipped, MemberImporter::tr("The same person as row %1.").arg(earlier));
        return {};
    }

    qint64 existingId = 0;
    if (options.duplicates != DuplicatePolicy::Create && !member.accounts.isEmpty()) {
        auto known = accounts.memberOf(member);
        if (!known)
            return known.error();
        existingId = *known;
    }
    if (options.duplicates != DuplicatePolicy::Create && existingId == 0) {
        for (const QString &key : std::as_const(row.search.emailKeys)) {
            auto ids = store.idsWithEmailKey(key);
            if (!ids)
                return ids.error();
            if (!ids->isEmpty()) {
                existingId = ids->constFirst();
                break;
            }
        }
    }

    if (existingId != 0 && options.duplicates == DuplicatePolicy::Skip) {
        ++summary.skipped;
        note(RowNote::Kind::Skipped,
             member.emails.isEmpty()
                 ? MemberImporter::tr("A member with the same service user name already exists.")
                 : MemberImporter::tr("A member with the email address %1 already exists.")
                       .arg(member.emails.join(QStringLiteral(", "))));
        return {};
    }

    if (existingId != 0) {
        auto existing = store.get(existingId);
        if (!existing)
            return existing.error();
        const Member merged = MemberRowParser::merged(*existing, *row.member);
        if (auto valid = MemberStore::validate(merged); !valid) {
            ++summary.rejected;
            note(RowNote::Kind::Rejected, valid.error().message());
            return {};
        }
        if (auto updated = store.update(merged); !updated)
            return updated.error();
        ++summary.updated;
        if (written)
            written->updated(*existing);
    } else {
        auto id = store.insert(member, row.search);
        if (!id)
            return id.error();
        ++summary.created;
        if (written)
            written->created(*id);
    }
    for (const QString &warning : std::as_const(row.member->warnings))
        note(RowNote::Kind::Warning, warning);
    return {};
}

} // namespace

QString MemberImporter::Summary::kindLabel(RowNote::Kind kind)
{
    switch (kind) {
    case RowNote::Kind::Rejected:
        return tr("Not imported");
    case RowNote::Kind::Skipped:
        return tr("Skipped");
    case RowNote::Kind::Warning:
        return tr("Imported with a change");
    }
    return {};
}

QString MemberImporter::Summary::reportCsv() const
{
    CsvWriter writer;
    writer.addRow({tr("Row"), tr("Result"), tr("Reason")});
    for (const RowNote &note : notes)
        writer.addRow({QString::number(note.row), kindLabel(note.kind), note.reason});
    for (const QString &column : ignoredColumns)
        writer.addRow({QStringLiteral("1"), tr("Column not imported"), ignoredColumnReason(column)});
    return writer.text();
}

QString MemberImporter::Summary::ignoredColumnReason(const QString &column)
{
    return tr("The column “%1” has no place in a member; its values were not imported.").arg(column);
}

Result<void> MemberImporter::Summary::saveReport(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, tr("Could not save the report to “%1”.").arg(path), file.errorString());
    file.write("\xEF\xBB\xBF");
    file.write(reportCsv().toUtf8());
    if (!file.commit())
        return Error(Error::Code::Io, tr("Could not save the report to “%1”.").arg(path), file.errorString());
    return {};
}

MemberImporter::MemberImporter(Database &database, MemberTables &members)
    : m_database(database)
    , m_members(members)
{}

Result<Member> MemberImporter::memberFromRow(const QStringList &fields, const MemberCsvMapping &mapping,
                                             InvalidEmailPolicy invalidEmails, QStringList *warnings,
                                             KanaReading::Script readingKana)
{
    auto parsed = MemberRowParser::parse(fields, mapping, invalidEmails);
    if (!parsed)
        return parsed.error();
    parsed->member.reading = KanaReading::normalized(parsed->member.reading, readingKana);
    if (parsed->withdrawn)
        return Error(Error::Code::Invalid, tr("The account was withdrawn from the service."),
                     QStringLiteral("withdrawn"));
    if (warnings)
        *warnings = parsed->warnings;
    return parsed->member;
}

Result<QByteArray> MemberImporter::readFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return Error(Error::Code::Io, tr("The file “%1” no longer exists.").arg(name), path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Could not open “%1”.").arg(name), file.errorString());
    const qint64 expected = file.size();
    // A larger file is refused before it is read: its text would take three times its size in memory.
    const auto tooLarge = [&] {
        return Error(
            Error::Code::Invalid,
            tr("“%1” is larger than %2 MB. Split it into smaller files and import them one after the "
               "other.")
                .arg(name)
                .arg(kMaxFileBytes / (1024 * 1024)),
            QStringLiteral("%1 bytes").arg(expected));
    };
    if (!file.isSequential() && expected > kMaxFileBytes)
        return tooLarge();
    QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes)
        return tooLarge();
    if (file.error() != QFileDevice::NoError || (!file.isSequential() && bytes.size() != expected))
        return Error(
            Error::Code::Io, tr("Could not read all of “%1”.").arg(name),
            QStringLiteral("%1 of %2 bytes: %3").arg(bytes.size()).arg(expected).arg(file.errorString()));
    return bytes;
}

Result<MemberImporter::Summary>
MemberImporter::importFile(const QString &path, const MemberCsvMapping &mapping, const Options &options)
{
    Options named = options;
    if (named.fileName.isEmpty())
        named.fileName = QFileInfo(path).fileName();
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    const auto encoding = TextDecoding::fromKey(mapping.encoding).value_or(TextDecoding::Encoding::Auto);
    auto decoded = TextDecoding::decode(*bytes, encoding, named.fileName);
    if (!decoded)
        return decoded.error();
    CsvReader::Options csv;
    csv.delimiter = mapping.delimiter;
    csv.fileName = named.fileName;
    auto table = CsvReader::read(decoded->text, csv);
    if (!table)
        return table.error();
    return run(*table, mapping, named);
}

Result<MemberImporter::Summary> MemberImporter::run(const CsvReader::Table &table,
                                                    const MemberCsvMapping &mapping, const Options &options)
{
    m_cancelled = false;
    Summary summary;
    const qsizetype first = mapping.hasHeader ? 1 : 0;
    const qsizetype end = table.records.size();
    const int total = int(std::max<qsizetype>(0, end - first));
    const qsizetype expectedFields = table.records.isEmpty() ? 0 : table.records.constFirst().fields.size();
    if (!mapping.mapsName())
        return Error(Error::Code::Invalid, tr("Choose the column that holds the members' names."),
                     QStringLiteral("no name column mapped"));

    // A large import runs with the settings of BulkLoad (rows are validated before they are written). They
    // are put back after the transaction below has ended, whichever way.
    // Its PRAGMAs are SQLite's: PostgreSQL writes the same rows in one transaction as it is.
    std::optional<BulkLoad> bulkLoad;
    if (total >= kBulkLoadRows && !SqlDialect::of(m_database.connection()).isPostgreSql())
        bulkLoad.emplace(m_database.connection());
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return transaction.error();
    if (auto begun = m_members.bulkWrite().begin(total); !begun)
        return begun.error();
    const auto fail = [&](const Error &error) -> Result<Summary> {
        transaction.rollback();
        m_members.bulkWrite().cancel();
        qCWarning(lcExchange) << "import rolled back:" << error.toString();
        return error;
    };
    const auto cancelled = [&](qsizetype at) -> Result<Summary> {
        transaction.rollback();
        m_members.bulkWrite().cancel();
        qCInfo(lcExchange) << "import cancelled at record" << at;
        Summary nothing;
        nothing.cancelled = true;
        return nothing;
    };

    // Parsing, checking and normalizing a row needs no database, so a second thread does it for the
    // next chunk of rows while this one writes the current chunk. Whatever returns early waits for that
    // thread in `ahead`'s destructor, before the table and options it reads go away.
    std::vector<PreparedRow> spent;
    const auto prepare = [&](qsizetype from) {
        return prepareAhead(table, from, std::min(end, from + kChunkRows), expectedFields, mapping,
                            options.invalidEmails, options.readingKana, std::move(spent));
    };
    std::future<std::vector<PreparedRow>> ahead;
    if (first < end)
        ahead = prepare(first);

    if (mapping.hasHeader)
        summary.ignoredColumns = mapping.ignoredHeaders();
    RepeatedPeople repeated(mapping);
    KnownAccounts accounts(m_members.records());
    std::optional<WrittenMembers> written;
    if (options.keepChanges)
        written.emplace();
    if (m_progress)
        m_progress(0, total);
    for (qsizetype chunkStart = first; chunkStart < end; chunkStart += kChunkRows) {
        std::vector<PreparedRow> rows = ahead.get();
        const qsizetype next = chunkStart + kChunkRows;
        if (next < end)
            ahead = prepare(next);
        for (std::size_t k = 0; k < rows.size(); ++k) {
            const qsizetype i = chunkStart + qsizetype(k);
            if (m_cancelled)
                return cancelled(i);
            const CsvReader::Record &record = table.records.at(i);
            if (m_beforeRow) {
                if (auto allowed = m_beforeRow(record.row); !allowed)
                    return fail(allowed.error());
            }
            if (auto imported = applyRow(m_members.records(), record, rows[k], options, repeated, accounts,
                                         summary, written ? &*written : nullptr);
                !imported) {
                const Error &e = imported.error();
                if (e.detail() == QLatin1String("invalid email stops the import"))
                    return fail(e);
                return fail(
                    Error(e.code(),
                          inFile(options.fileName, tr("Row %1: %2").arg(record.row).arg(e.message())) +
                              QLatin1Char(' ') + tr("Nothing was imported."),
                          e.detail()));
            }
            const int done = int(i - first + 1);
            if (m_progress && (done % std::max(1, options.progressInterval) == 0 || done == total))
                m_progress(done, total);
        }
        spent = std::move(rows);
    }
    if (m_cancelled)
        return cancelled(end);
    if (auto ended = m_members.bulkWrite().end(); !ended) {
        transaction.rollback();
        return ended.error();
    }
    if (written) {
        auto changes = written->finish(m_members.records());
        if (!changes) {
            transaction.rollback();
            return changes.error();
        }
        summary.changes = std::move(*changes);
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcExchange) << "imported" << summary.created << "created" << summary.updated << "updated"
                       << summary.skipped << "skipped" << summary.rejected << "rejected";
    return summary;
}

Result<void> MemberImporter::revert(const Changes &changes)
{
    MemberStore &store = m_members.records();
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return transaction.error();
    for (const Member &member : changes.before) {
        if (auto put = store.putBack(member); !put)
            return put;
    }
    for (const Member &member : changes.created) {
        if (auto removed = store.remove(member.id); !removed)
            return removed;
    }
    return transaction.commit();
}

Result<void> MemberImporter::reapply(const Changes &changes)
{
    MemberStore &store = m_members.records();
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return transaction.error();
    for (const Member &member : changes.created) {
        if (auto inserted = store.insert(member); !inserted)
            return inserted.error();
    }
    for (const Member &member : changes.after) {
        if (auto put = store.putBack(member); !put)
            return put;
    }
    return transaction.commit();
}

} // namespace offkai
