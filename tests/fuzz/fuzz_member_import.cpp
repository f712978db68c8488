// A member list imported into the directory, as `members import` and the wizard do it: decoded,
// read, mapped from its header (or by position when it has none), then MemberImporter on a scratch
// database. The import may refuse rows, but a failure after its rows were checked means the checks
// and the store disagree. Each input's writes are rolled back, so inputs do not depend on each other.

#include "exchange/CsvReader.h"
#include "exchange/MemberCsvMapping.h"
#include "exchange/TextDecoding.h"
#include "FuzzSupport.h"
#include "storage/Transaction.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "workflows/MemberImporter.h"

#include <QSqlQuery>

using namespace offkai;
using Field = MemberCsvMapping::Field;

namespace {

Database &database()
{
    static const std::unique_ptr<Database> db = fuzz::openScratchDatabase();
    return *db;
}

/// One store for the process, as the app keeps one: what it caches (prepared statements, occupation
/// labels) must stay right when an import is rolled back.
MemberTables &store()
{
    static MemberTables s(database());
    return s;
}

/// Without a header nothing can be guessed: the first columns are taken in a fixed order, so that a
/// headerless file still reaches the row checks.
MemberCsvMapping positional(qsizetype columns)
{
    static const Field order[] = {Field::DisplayName, Field::Email,    Field::Reading, Field::Tags,
                                  Field::Status,      Field::JoinedOn, Field::LeftOn,  Field::Occupation,
                                  Field::Phone,       Field::Notes};
    MemberCsvMapping mapping;
    mapping.hasHeader = false;
    for (int i = 0; i < int(std::size(order)) && i < columns; ++i)
        mapping.setField(i, order[i]);
    return mapping;
}

void checkIntegrity()
{
    QSqlQuery q(database().connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() || q.value(0).toString() != u"ok")
        qFatal("integrity_check after a bulk import: %s", qPrintable(q.value(0).toString()));
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")) || q.next())
        qFatal("foreign_key_check after a bulk import: a row of %s", qPrintable(q.value(0).toString()));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    (void)store();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto decoded = TextDecoding::decode(fuzz::bytes(data, size));
    if (!decoded)
        return 0;
    const auto table = CsvReader::read(decoded->text);
    if (!table)
        return 0;

    const bool header = CsvReader::looksLikeHeader(table->records);
    const QStringList &firstFields = table->records.constFirst().fields;
    MemberCsvMapping mapping = header ? MemberCsvMapping::guess(firstFields) : positional(firstFields.size());
    mapping.delimiter = table->delimiter;
    // A mapping saved as a preset and applied to the file it came from maps every column as before.
    const auto saved = MemberCsvMapping::fromJson(mapping.toJson());
    if (!saved || saved->encoding != mapping.encoding || saved->delimiter != mapping.delimiter ||
        saved->hasHeader != mapping.hasHeader)
        qFatal("a mapping does not survive its preset: %s", mapping.toJson().constData());
    const MemberCsvMapping reapplied = saved->appliedTo(firstFields, header);
    for (int i = 0; i < firstFields.size(); ++i) {
        if (reapplied.fieldAt(i) != mapping.fieldAt(i))
            qFatal("a preset maps column %d of its own file differently: %s", i,
                   mapping.toJson().constData());
    }
    if (header && mapping.appliedTo(firstFields, true).columns != mapping.columns)
        qFatal("a mapping applied to its own headers changed");
    if (!mapping.maps(Field::DisplayName) && !mapping.maps(Field::FamilyName) &&
        !mapping.maps(Field::GivenName))
        mapping.setField(0, Field::DisplayName);

    // The policies come from the input's length, so that every input keeps all of its bytes as data.
    MemberImporter::Options options;
    options.duplicates = MemberImporter::DuplicatePolicy(size % 3);
    options.invalidEmails = MemberImporter::InvalidEmailPolicy(size / 3 % 3);

    Transaction scratch(database().connection()); // rolled back when it goes out of scope
    MemberImporter importer(database(), store());
    const auto summary = importer.run(*table, mapping, options);
    if (!summary) {
        if (options.invalidEmails == MemberImporter::InvalidEmailPolicy::AbortImport &&
            summary.error().detail() == u"invalid email stops the import")
            return 0;
        qFatal("import failed: %s", qPrintable(summary.error().toString()));
    }
    const qsizetype rows = table->records.size() - (mapping.hasHeader ? 1 : 0);
    if (summary->created + summary->updated + summary->skipped + summary->rejected != rows)
        qFatal("summary counts %d+%d+%d+%d rows of %lld", summary->created, summary->updated,
               summary->skipped, summary->rejected, qlonglong(rows));
    (void)summary->reportCsv();
    if (rows >= MemberImporter::kBulkLoadRows)
        checkIntegrity();
    return 0;
}
