#include "CsvReader.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace offkai {

namespace {
constexpr qsizetype kDetectionSample = 64 * 1024;
constexpr int kDetectionRecords = 20;

QString inFile(const QString &fileName, const QString &message)
{
    return fileName.isEmpty() ? message
                              : CsvReader::tr("%1: %2", "file name: message").arg(fileName, message);
}

Error csvError(const CsvReader::Options &options, const QString &message, const QString &detail)
{
    return Error(Error::Code::Invalid, inFile(options.fileName, message), QStringLiteral("csv: ") + detail);
}

/// Field counts of the first records of `text` split by `delimiter`, quote-aware and never failing.
QList<int> fieldCounts(QStringView text, QChar delimiter)
{
    QList<int> counts;
    int fields = 1;
    bool quoted = false;
    bool blank = true;
    for (qsizetype i = 0; i < text.size() && counts.size() < kDetectionRecords; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                    ++i;
                else
                    quoted = false;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            blank = false;
        } else if (c == delimiter) {
            ++fields;
            blank = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (!blank)
                counts.append(fields);
            fields = 1;
            blank = true;
        } else {
            blank = false;
        }
    }
    if (!blank && counts.size() < kDetectionRecords)
        counts.append(fields);
    return counts;
}
} // namespace

QList<QChar> CsvReader::candidateDelimiters()
{
    return {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
}

QString CsvReader::delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return tr("Comma");
    if (delimiter == QLatin1Char('\t'))
        return tr("Tab");
    if (delimiter == QLatin1Char(';'))
        return tr("Semicolon");
    return QString(delimiter);
}

QChar CsvReader::detectDelimiter(const QString &text)
{
    const QStringView sample = QStringView(text).first(std::min(text.size(), kDetectionSample));
    QChar best = QLatin1Char(',');
    qsizetype bestScore = 0;
    for (const QChar delimiter : candidateDelimiters()) {
        const QList<int> counts = fieldCounts(sample, delimiter);
        if (counts.isEmpty() || counts.constFirst() < 2)
            continue;
        // Records that split like the first one, then more columns, win; the order of the candidates
        // breaks ties.
        const qsizetype consistent = counts.count(counts.constFirst());
        const qsizetype score = consistent * 1000 + counts.constFirst();
        if (score > bestScore) {
            bestScore = score;
            best = delimiter;
        }
    }
    return best;
}

bool CsvReader::looksLikeHeader(const QList<Record> &records)
{
    if (records.isEmpty())
        return false;
    static const QRegularExpression date(QStringLiteral("^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}"));
    QSet<QString> seen;
    for (const QString &field : records.constFirst().fields) {
        const QString name = field.trimmed().toCaseFolded();
        if (name.isEmpty() || seen.contains(name) || name.contains(QLatin1Char('@')) ||
            date.match(name).hasMatch())
            return false;
        bool isNumber = false;
        (void)QLocale::c().toDouble(name, &isNumber);
        if (isNumber)
            return false;
        seen.insert(name);
    }
    return true;
}

QList<CsvReader::RowProblem> CsvReader::raggedRows(const QList<Record> &records, qsizetype expected,
                                                   qsizetype first)
{
    QList<RowProblem> problems;
    for (qsizetype i = first; i < records.size(); ++i) {
        const Record &r = records.at(i);
        const qsizetype count = r.fields.size();
        if (count == expected)
            continue;
        if (count > expected) {
            bool extraEmpty = true;
            for (qsizetype f = expected; f < count && extraEmpty; ++f)
                extraEmpty = r.fields.at(f).trimmed().isEmpty();
            if (extraEmpty)
                continue;
        }
        problems.append({r.row, tr("Row %1 does not have as many fields as the first row (%2 instead of %3).")
                                    .arg(r.row)
                                    .arg(count)
                                    .arg(expected)});
    }
    return problems;
}

Result<CsvReader::Table> CsvReader::read(const QString &input, const Options &options)
{
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.sliced(1);
    if (text.trimmed().isEmpty())
        return csvError(options, tr("The file is empty."), QStringLiteral("no text"));

    Table table;
    table.delimiter = options.delimiter.isNull()
                          ? detectDelimiter(text.first(std::min(text.size(), kDetectionSample)).toString())
                          : options.delimiter;
    const QChar delimiter = table.delimiter;
    const qsizetype n = text.size();
    const QChar *s = text.data();
    const qsizetype maxLength = options.maxFieldLength;
    const auto isLineEnd = [](QChar c) {
        return c == QLatin1Char('\n') || c == QLatin1Char('\r');
    };

    qsizetype i = 0;
    int row = 1;
    int line = 1;
    qsizetype fieldsRead = 0;
    while (i < n) {
        Record record;
        record.row = row;
        record.line = line;
        bool anyQuoted = false;
        int column = 1;
        const auto where = [&] {
            return QStringLiteral("row %1 column %2 line %3 offset %4").arg(row).arg(column).arg(line).arg(i);
        };
        const auto tooLong = [&] {
            return csvError(options,
                            tr("Row %1, column %2: the field is longer than %3 characters. Choose a member "
                               "list saved as CSV.")
                                .arg(row)
                                .arg(column)
                                .arg(QLocale().toString(maxLength)),
                            where());
        };
        const auto nulByte = [&] {
            return csvError(options,
                            tr("Row %1, column %2 contains a NUL character. This does not look like a CSV "
                               "text file.")
                                .arg(row)
                                .arg(column),
                            where());
        };
        while (true) {
            QString field;
            if (i < n && s[i] == QLatin1Char('"')) {
                anyQuoted = true;
                const int openLine = line;
                ++i;
                qsizetype chunk = i;
                bool closed = false;
                while (i < n) {
                    const QChar c = s[i];
                    if (c == QLatin1Char('"')) {
                        field.append(s + chunk, i - chunk);
                        if (i + 1 < n && s[i + 1] == QLatin1Char('"')) {
                            field.append(QLatin1Char('"'));
                            i += 2;
                            chunk = i;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c.isNull())
                        return nulByte();
                    if (c == QLatin1Char('\n') ||
                        (c == QLatin1Char('\r') && !(i + 1 < n && s[i + 1] == QLatin1Char('\n'))))
                        ++line;
                    ++i;
                    if (field.size() + (i - chunk) > maxLength)
                        return tooLong();
                }
                if (!closed)
                    return csvError(options,
                                    tr("Row %1, column %2 (line %3): a quoted field is never closed. Check "
                                       "for a missing closing quote (\").")
                                        .arg(row)
                                        .arg(column)
                                        .arg(openLine),
                                    where());
                if (field.size() > maxLength)
                    return tooLong();
                if (i < n && s[i] != delimiter && !isLineEnd(s[i]))
                    return csvError(options,
                                    tr("Row %1, column %2: unexpected text after a closing quote. A quote "
                                       "inside a quoted field must be doubled (\"\").")
                                        .arg(row)
                                        .arg(column),
                                    where());
            } else {
                const qsizetype start = i;
                while (i < n && s[i] != delimiter && !isLineEnd(s[i])) {
                    if (s[i].isNull())
                        return nulByte();
                    ++i;
                }
                if (i - start > maxLength)
                    return tooLong();
                field = text.sliced(start, i - start).toString();
            }
            record.fields.append(field);
            if (record.fields.size() > options.maxFieldsPerRow)
                return csvError(options,
                                tr("Row %1 has more than %2 columns. This does not look like a member list: "
                                   "check the delimiter, or choose another file.")
                                    .arg(row)
                                    .arg(QLocale().toString(options.maxFieldsPerRow)),
                                where());
            if (++fieldsRead > options.maxFields)
                return csvError(options,
                                tr("The file has more than %1 fields in all. Split it into smaller files and "
                                   "import them one after the other.")
                                    .arg(QLocale().toString(options.maxFields)),
                                where());
            if (i >= n)
                break;
            if (s[i] == delimiter) {
                ++i;
                ++column;
                if (i >= n) {
                    record.fields.append(QString());
                    break;
                }
                continue;
            }
            i += (s[i] == QLatin1Char('\r') && i + 1 < n && s[i + 1] == QLatin1Char('\n')) ? 2 : 1;
            ++line;
            break;
        }
        ++row;
        const bool blank = !anyQuoted && record.fields.size() == 1 && record.fields.constFirst().isEmpty();
        if (blank)
            continue;
        table.records.append(std::move(record));
        if (options.maxRecords >= 0 && table.records.size() >= options.maxRecords)
            break;
    }
    if (table.records.isEmpty())
        return csvError(options, tr("The file is empty."), QStringLiteral("only blank lines"));
    return table;
}

} // namespace offkai
