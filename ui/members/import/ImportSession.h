#pragma once

#include "exchange/CsvReader.h"
#include "exchange/MemberCsvMapping.h"
#include "exchange/MemberServicePresets.h"
#include "exchange/TextDecoding.h"
#include "records/JoinQuestion.h"
#include "workflows/MemberImporter.h"

#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>

namespace offkai {

/// What the import wizard's pages have chosen and read so far; the wizard owns it, each page fills its
/// part. The file is read once, when chosen: the preview and the import see the same bytes.
struct ImportSession
{
    QString path;
    QByteArray bytes;
    TextDecoding::Encoding encoding = TextDecoding::Encoding::Auto;
    std::optional<TextDecoding::Decoded> decoded;
    QChar delimiter; ///< null: detect
    bool hasHeader = true;
    std::optional<CsvReader::Table> table;
    MemberCsvMapping mapping;
    std::optional<MemberServicePresets::Preset> service; ///< the service recognised from the header row
    QList<JoinQuestion> questions;                       ///< the community's, for answer columns
    MemberImporter::Options options;
    std::optional<Result<MemberImporter::Summary>> result;
    QString backupPath; ///< the copy of the database taken before a large import

    /// Column names: the header row, or "Column 1", "Column 2", … (translated by the caller's tr).
    QStringList headers(const QString &columnPattern) const
    {
        QStringList names;
        if (!table || table->records.isEmpty())
            return names;
        const QStringList &first = table->records.constFirst().fields;
        for (qsizetype i = 0; i < first.size(); ++i)
            names.append(hasHeader ? first.at(i) : columnPattern.arg(i + 1));
        return names;
    }
    qsizetype firstDataRecord() const { return hasHeader ? 1 : 0; }
    qsizetype dataRowCount() const
    {
        return table ? std::max<qsizetype>(0, table->records.size() - firstDataRecord()) : 0;
    }
};

} // namespace offkai
