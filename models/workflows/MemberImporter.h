#pragma once

#include "core/Result.h"
#include "exchange/CsvReader.h"
#include "exchange/MemberCsvMapping.h"
#include "records/Member.h"
#include "text/KanaReading.h"

#include <atomic>
#include <functional>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace offkai {

class Database;
class MemberTables;

/// Imports member rows into the directory, all or nothing.
///
/// The whole import is one transaction with the store in bulk-write mode (the search index is filled in
/// one pass at the end, so the members are searchable when run() returns). Rows that cannot be imported
/// (no name, an invalid email, a wrong number of fields) are rejected one by one and reported; anything
/// else that fails, and Cancel, rolls the transaction back so the database is exactly as before. The
/// importer writes only through MemberStore; member text is stored verbatim.
class MemberImporter
{
    Q_DECLARE_TR_FUNCTIONS(offkai::MemberImporter)
public:
    /// The most rows an import may have to be undone as one step of the undo history (revert()): it keeps
    /// every member it wrote twice in memory, and undoing writes each back one by one, which for this many
    /// rows takes a few seconds at most. A larger import is undone by restoring the copy of the database
    /// taken before it.
    static constexpr qsizetype kUndoableRows = 5000;
    /// An import of this many rows or more runs with the connection settings of BulkLoad. Below it, they
    /// save less than leaving WAL costs (it checkpoints).
    static constexpr qsizetype kBulkLoadRows = 1000;
    /// The largest CSV file read: 100,000 members with long self-introductions fit well within it.
    static constexpr qint64 kMaxFileBytes = 100 * 1024 * 1024;

    /// What to do with a row whose email belongs to a member already in the directory (or imported from
    /// an earlier row), compared ignoring case.
    enum class DuplicatePolicy
    {
        Skip,   ///< keep the existing member as it is
        Update, ///< fill the existing member with the row's non-empty fields
        Create, ///< add a new member anyway
    };
    enum class InvalidEmailPolicy
    {
        RejectRow,          ///< the row is not imported and is reported (the default)
        ImportWithoutEmail, ///< the row is imported without the invalid address, and reported
        AbortImport,        ///< the first invalid address stops the import; nothing is imported
    };

    struct Options
    {
        DuplicatePolicy duplicates = DuplicatePolicy::Skip;
        InvalidEmailPolicy invalidEmails = InvalidEmailPolicy::RejectRow;
        /// The script the community writes readings in: half-width katakana readings (ﾀﾅｶ) are written in
        /// it, full width (KanaReading::normalized). The community's setting, katakana unless it says.
        KanaReading::Script readingKana = KanaReading::Script::Katakana;
        /// Keep what revert() and reapply() need in Summary::changes.
        bool keepChanges = false;
        QString fileName;           ///< named in messages
        int progressInterval = 100; ///< rows between progress callbacks
    };

    /// A row that was rejected, skipped, or imported with a change worth knowing.
    struct RowNote
    {
        enum class Kind
        {
            Rejected,
            Skipped,
            Warning,
        };
        int row = 0; ///< as CsvReader counts rows (a spreadsheet's row number)
        Kind kind = Kind::Rejected;
        QString reason;
    };

    /// What an import wrote, as undoing and redoing it need (Options::keepChanges).
    struct Changes
    {
        QList<Member> created; ///< as written, with their ids
        QList<Member> before;  ///< the members it updated, as they were (each once)
        QList<Member> after;   ///< and as it left them
        bool isEmpty() const { return created.isEmpty() && before.isEmpty(); }
    };

    struct Summary
    {
        int created = 0;
        int updated = 0;
        int skipped = 0;
        int rejected = 0;
        bool cancelled = false; ///< nothing was changed
        int withdrawn = 0; ///< of `skipped`: rows of accounts withdrawn from the service (退会ユーザー)
        QList<RowNote> notes;
        QStringList ignoredColumns; ///< header names of the columns not imported
        Changes changes;            ///< with Options::keepChanges

        static QString kindLabel(RowNote::Kind kind);
        /// "The column “X” has no place in a member; …", as the report and the wizard say it.
        static QString ignoredColumnReason(const QString &column);
        /// The notes as CSV (row, result, reason), then a line per column not imported (row 1); CRLF line
        /// ends, header in the UI language.
        QString reportCsv() const;
        /// Writes reportCsv() in UTF-8 with a byte order mark (what Excel needs to read it).
        Result<void> saveReport(const QString &path) const;
    };

    /// Rows done and rows in all. Called in the importing thread; a GUI may process events here.
    using Progress = std::function<void(int done, int total)>;

    MemberImporter(Database &database, MemberTables &members);

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    /// Asks a running import to stop before its next row (thread-safe). Everything is rolled back.
    void cancel() { m_cancelled = true; }
    /// Testing hook: called before each data row; an error fails the whole import at that row.
    void setBeforeRowHook(std::function<Result<void>(int row)> hook) { m_beforeRow = std::move(hook); }

    /// Imports the records of `table` (after the header row when `mapping.hasHeader`).
    Result<Summary> run(const CsvReader::Table &table, const MemberCsvMapping &mapping,
                        const Options &options);
    /// Reads `path` whole (so the file may go away afterwards), decodes it with `mapping.encoding`, parses
    /// it with `mapping.delimiter` and imports it.
    Result<Summary> importFile(const QString &path, const MemberCsvMapping &mapping, const Options &options);

    /// Undo: removes the members an import created and puts the ones it updated back as they were, in one
    /// transaction (all of it or, after a failure, nothing).
    Result<void> revert(const Changes &changes);
    /// Redo after revert(): the created members again, with their ids, and the updated ones as the import
    /// left them, in one transaction.
    Result<void> reapply(const Changes &changes);

    /// Reads the whole file; a clear error names the file when it is missing or unreadable.
    static Result<QByteArray> readFile(const QString &path);

    /// The member a row describes. `warnings` receives what was changed on the way (an unknown status,
    /// an unreadable date, a dropped address); an error says why the row cannot be imported.
    static Result<Member> memberFromRow(const QStringList &fields, const MemberCsvMapping &mapping,
                                        InvalidEmailPolicy invalidEmails, QStringList *warnings = nullptr,
                                        KanaReading::Script readingKana = KanaReading::Script::Katakana);

private:
    Database &m_database;
    MemberTables &m_members;
    Progress m_progress;
    std::function<Result<void>(int)> m_beforeRow;
    std::atomic_bool m_cancelled = false;
};

} // namespace offkai
