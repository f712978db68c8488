#pragma once

#include "core/Result.h"
#include "exchange/MemberCsvWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace offkai {

class MemberTables;

/// Exports members from the database as CSV (MemberCsvWriter writes the bytes).
class MemberCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(offkai::MemberCsvExporter)
public:
    using Encoding = MemberCsvWriter::Encoding;
    using Header = MemberCsvWriter::Header;
    using Options = MemberCsvWriter::Options;

    explicit MemberCsvExporter(MemberTables &members);

    /// The members with `ids` in that order, or every member in reading order when `ids` is empty.
    Result<QByteArray> exportMembers(const QList<qint64> &ids, const Options &options) const;
    /// Writes the export to `path` atomically (nothing is written on error).
    Result<void> exportToFile(const QString &path, const QList<qint64> &ids, const Options &options) const;

private:
    MemberTables &m_members;
};

} // namespace offkai
