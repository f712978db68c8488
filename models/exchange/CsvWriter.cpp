#include "CsvWriter.h"

namespace offkai {

CsvWriter::CsvWriter(QChar delimiter)
    : m_delimiter(delimiter)
{}

bool CsvWriter::startsLikeFormula(const QString &field)
{
    if (field.isEmpty())
        return false;
    switch (field.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::neutralizeFormula(const QString &field)
{
    return startsLikeFormula(field) ? QLatin1Char('\'') + field : field;
}

QString CsvWriter::quoteField(const QString &field) const
{
    const bool needsQuotes = field.contains(m_delimiter) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += m_delimiter;
        m_text += quoteField(m_protectFormulas ? neutralizeFormula(fields.at(i)) : fields.at(i));
    }
    m_text += QStringLiteral("\r\n");
}

} // namespace offkai
