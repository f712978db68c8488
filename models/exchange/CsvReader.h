#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace offkai {

/// Reads CSV text as RFC 4180 describes it and as Excel writes it.
///
/// Quoted fields may hold delimiters, doubled quotes and line breaks; records end with CRLF, LF or a lone
/// CR; a final line break adds no record; blank lines are skipped (but counted, so row numbers match what
/// a spreadsheet shows); a leading byte order mark is dropped; a quote inside an unquoted field is kept as
/// text (Excel's habit). Every refusal names the row and column (1-based) and, when given, the file.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(offkai::CsvReader)
public:
    static constexpr qsizetype kDefaultMaxFieldLength = 1024 * 1024;
    /// Far above any real list (connpass with a long questionnaire has a few dozen columns), low enough
    /// that a file of one endless line is refused at once, without building millions of fields.
    static constexpr qsizetype kDefaultMaxFieldsPerRow = 2000;
    /// 100,000 members with 50 columns; each field costs memory, so a file of tiny fields stops here.
    static constexpr qsizetype kDefaultMaxFields = 5'000'000;

    struct Options
    {
        QChar delimiter;                                   ///< null: detect among comma, semicolon and tab
        qsizetype maxFieldLength = kDefaultMaxFieldLength; ///< in characters
        QString fileName;                                  ///< named in messages
        int maxRecords = -1; ///< stop after this many records (previews); -1: all
        qsizetype maxFieldsPerRow = kDefaultMaxFieldsPerRow;
        qsizetype maxFields = kDefaultMaxFields; ///< in all records together
    };

    /// One record and where it starts: `row` counts records as a spreadsheet counts rows (from 1, blank
    /// lines included), `line` is the text line.
    struct Record
    {
        int row = 0;
        int line = 0;
        QStringList fields;
    };

    struct Table
    {
        QChar delimiter;
        QList<Record> records;
    };

    /// A record whose field count differs from the expected one.
    struct RowProblem
    {
        int row = 0;
        QString reason;
    };

    static Result<Table> read(const QString &text, const Options &options);
    static Result<Table> read(const QString &text) { return read(text, Options()); }

    /// The delimiter that splits the first lines into the most consistent number of fields (comma when
    /// nothing does).
    static QChar detectDelimiter(const QString &text);
    /// True when the first record looks like column names: every field filled, all different, and none
    /// an email address, a number or a date.
    static bool looksLikeHeader(const QList<Record> &records);
    /// Records (from `first` on) with more or fewer fields than `expected`. A record whose extra fields
    /// are all empty is not reported (spreadsheets pad rows with trailing delimiters).
    static QList<RowProblem> raggedRows(const QList<Record> &records, qsizetype expected,
                                        qsizetype first = 0);

    static QList<QChar> candidateDelimiters();
    /// Translated name of a delimiter ("Comma", "Tab").
    static QString delimiterName(QChar delimiter);
};

} // namespace offkai
