// Bytes of a member list as a user might pick it: encoding detection and decoding (TextDecoding), then
// CsvReader with detection and with each delimiter, the preview's limits, header detection and ragged
// rows. What the reader accepts must come back unchanged through CsvWriter (the exporter's writer).

#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/TextDecoding.h"
#include "FuzzSupport.h"

#include <limits>

using namespace offkai;

namespace {

/// Records the writer cannot give back as they are, for reasons of the format rather than of the code:
/// a record of one empty field is a blank line, which readers skip; text of nothing but spaces is
/// refused as empty; a byte order mark at the very start is taken for the file's.
bool roundTrips(const CsvReader::Table &table)
{
    for (const CsvReader::Record &record : table.records) {
        if (record.fields.size() == 1 && record.fields.constFirst().isEmpty())
            return false;
    }
    const QString &first = table.records.constFirst().fields.constFirst();
    return !first.startsWith(QChar(0xFEFF));
}

void checkRoundTrip(const CsvReader::Table &table)
{
    if (!roundTrips(table))
        return;
    CsvWriter writer(table.delimiter);
    for (const CsvReader::Record &record : table.records)
        writer.addRow(record.fields);
    if (writer.text().trimmed().isEmpty())
        return;
    CsvReader::Options options;
    options.delimiter = table.delimiter;
    options.maxFieldLength = std::numeric_limits<qsizetype>::max();
    const auto again = CsvReader::read(writer.text(), options);
    if (!again)
        qFatal("written CSV is refused: %s", qPrintable(again.error().toString()));
    if (again->records.size() != table.records.size())
        qFatal("round trip: %lld records became %lld", qlonglong(table.records.size()),
               qlonglong(again->records.size()));
    for (qsizetype r = 0; r < table.records.size(); ++r) {
        if (again->records.at(r).fields != table.records.at(r).fields)
            qFatal("round trip changed record %lld", qlonglong(r));
    }
}

void readAll(const QString &text)
{
    // As the import wizard first reads a file: detection and a 20-record preview with a small limit.
    CsvReader::Options preview;
    preview.maxRecords = 20;
    preview.maxFieldLength = 64;
    (void)CsvReader::read(text, preview);

    const auto table = CsvReader::read(text);
    if (table) {
        if (table->records.isEmpty())
            qFatal("a table without records");
        if (CsvReader::looksLikeHeader(table->records))
            (void)CsvReader::raggedRows(table->records, table->records.constFirst().fields.size(), 1);
        (void)CsvReader::raggedRows(table->records, 3);
        checkRoundTrip(*table);
    }
    for (const QChar delimiter : CsvReader::candidateDelimiters()) {
        CsvReader::Options options;
        options.delimiter = delimiter;
        (void)CsvReader::read(text, options);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    (void)TextDecoding::detect(input);
    for (const auto encoding : TextDecoding::allEncodings()) {
        const auto decoded = TextDecoding::decode(input, encoding);
        if (!decoded)
            continue;
        // Valid UTF-8 decodes to exactly its bytes (less the byte order mark that was read).
        if (decoded->used.encoding == TextDecoding::Encoding::Utf8 &&
            encoding == TextDecoding::Encoding::Auto && !decoded->used.hasBom &&
            !input.startsWith("\xEF\xBB\xBF") && decoded->text.toUtf8() != input)
            qFatal("UTF-8 decoding changed the text");
        if (encoding == TextDecoding::Encoding::Auto)
            readAll(decoded->text);
    }
    return 0;
}
