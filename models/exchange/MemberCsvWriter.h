#pragma once

#include "core/Result.h"
#include "records/Member.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace offkai {

/// Writes members as CSV for spreadsheets: CRLF line ends, one column per field, several emails or tags
/// in one cell separated by "; ".
///
/// The header row uses stable English keys by default (displayName, reading, emails, …): they read the
/// same in every language, scripts can rely on them, and MemberCsvMapping maps them back on import.
/// Headers in the UI language are available for people who only read the sheet.
///
/// Encodings: UTF-8 with a byte order mark (so Excel recognizes it), or Shift_JIS in its Windows form
/// (CP932) for older Excel. Characters CP932 cannot hold (emoji, accented Latin letters, …) are reported
/// with the member and the column, never replaced; the JIS characters that Unicode spells two ways
/// (〜 and ～, − and －, ‖ and ∥, — and ―, ¢ £ ¬) are written as the one CP932 has.
///
/// Cells are protected from spreadsheet formulas by default (see CsvWriter::setProtectFormulas): a member
/// named =HYPERLINK(…) is written '=HYPERLINK(…), as is a phone number +81 …. Offkai's import keeps that
/// apostrophe as part of the text, and a second export does not add another. Turn protectFormulas off for
/// a file that goes to a script or back into Offkai rather than to a spreadsheet.
class MemberCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(offkai::MemberCsvWriter)
public:
    enum class Encoding
    {
        Utf8Bom,
        ShiftJis,
    };
    enum class Header
    {
        Keys,
        Translated,
    };

    struct Options
    {
        Encoding encoding = Encoding::Utf8Bom;
        Header header = Header::Keys;
        /// An apostrophe before each cell that starts with =, +, -, @, a tab or a CR.
        bool protectFormulas = true;
    };

    /// The CSV bytes of `members`, encoded as asked.
    static Result<QByteArray> toCsv(const QList<Member> &members, const Options &options);
    static QStringList header(Header header);
    static QStringList row(const Member &member);
};

} // namespace offkai
