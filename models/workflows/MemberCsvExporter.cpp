#include "MemberCsvExporter.h"

#include "records/MemberQuery.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"

#include <QSaveFile>

namespace offkai {

MemberCsvExporter::MemberCsvExporter(MemberTables &members)
    : m_members(members)
{}

Result<QByteArray> MemberCsvExporter::exportMembers(const QList<qint64> &ids, const Options &options) const
{
    QList<qint64> wanted = ids;
    if (wanted.isEmpty()) {
        auto count = m_members.list().count();
        if (!count)
            return count.error();
        auto rows = m_members.list().fetch(MemberQuery(), 0, *count);
        if (!rows)
            return rows.error();
        for (const MemberRow &r : *rows)
            wanted.append(r.id);
    }
    QList<Member> members;
    members.reserve(wanted.size());
    for (const qint64 id : std::as_const(wanted)) {
        auto member = m_members.records().get(id);
        if (!member)
            return member.error();
        members.append(*member);
    }
    return MemberCsvWriter::toCsv(members, options);
}

Result<void> MemberCsvExporter::exportToFile(const QString &path, const QList<qint64> &ids,
                                             const Options &options) const
{
    auto bytes = exportMembers(ids, options);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error(Error::Code::Io, tr("Could not write “%1”.").arg(path), file.errorString());
    return {};
}

} // namespace offkai
