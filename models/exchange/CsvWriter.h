#pragma once

#include <QString>
#include <QStringList>

namespace offkai {

/// Writes RFC 4180 CSV: fields quoted when they hold a delimiter, quote, CR or LF; CRLF line ends.
///
/// For a file that a spreadsheet may open, setProtectFormulas(true) guards against formula injection ("CSV
/// injection"): Excel, LibreOffice and Google Sheets run a cell that starts with =, +, - or @ as a formula
/// (=HYPERLINK(…), =WEBSERVICE(…), DDE), and OWASP adds a leading tab or carriage return. Such a field is
/// written with an apostrophe in front, which spreadsheets take as "this is text". Every field that starts
/// so gets it, numbers (-5) and phone numbers (+81 …) too: a rule with exceptions is one a crafted value can
/// slip through. The apostrophe is part of the text for every other reader, scripts and Offkai's own import
/// included: data meant for those is written without protection (the default).
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = QLatin1Char(','));

    void setProtectFormulas(bool protect) { m_protectFormulas = protect; }
    bool protectsFormulas() const { return m_protectFormulas; }

    void addRow(const QStringList &fields);
    const QString &text() const { return m_text; }

    QString quoteField(const QString &field) const;

    /// Whether a spreadsheet could take `field` as a formula: it starts with =, +, -, @, a tab or a CR.
    static bool startsLikeFormula(const QString &field);
    /// `field` with an apostrophe in front when it startsLikeFormula(), else unchanged.
    static QString neutralizeFormula(const QString &field);

private:
    QChar m_delimiter;
    bool m_protectFormulas = false;
    QString m_text;
};

} // namespace offkai
