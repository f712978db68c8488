#pragma once

#include <QString>
#include <QStringList>

namespace offkai {

/// Writes RFC 4180 CSV: fields quoted when they hold a delimiter, quote, CR or LF; CRLF line ends.
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = QLatin1Char(','));

    void addRow(const QStringList &fields);
    const QString &text() const { return m_text; }

    QString quoteField(const QString &field) const;

private:
    QChar m_delimiter;
    QString m_text;
};

} // namespace offkai
