#pragma once

#include "core/Result.h"
#include "exchange/MemberCsvMapping.h"
#include "MemberImporter.h"
#include "records/Member.h"

#include <QStringList>

namespace offkai {

/// One CSV row read into a member as MemberImporter and its preview read it, and a row written over a
/// member already in the directory. Needs no database: the preparing thread of an import runs it.
class MemberRowParser
{
public:
    /// The fields a row fills: a bit per Field (a QSet would allocate for every row).
    class FieldSet
    {
    public:
        void insert(MemberCsvMapping::Field field) { m_bits |= bit(field); }
        void remove(MemberCsvMapping::Field field) { m_bits &= ~bit(field); }
        bool contains(MemberCsvMapping::Field field) const { return (m_bits & bit(field)) != 0; }

    private:
        static quint64 bit(MemberCsvMapping::Field field) { return quint64(1) << int(field); }
        quint64 m_bits = 0;
    };

    struct Row
    {
        Member member;
        FieldSet filled;
        QStringList warnings;
        bool withdrawn = false; ///< a connpass "(退会ユーザー)" row: names nobody, skipped and counted
    };

    static Result<Row> parse(const QStringList &fields, const MemberCsvMapping &mapping,
                             MemberImporter::InvalidEmailPolicy invalidEmails);
    /// The existing member with the row's non-empty fields written over it; emails, tags, service
    /// accounts and answers are combined. An application (AppliedAt) never makes a member an applicant
    /// again.
    static Member merged(Member existing, const Row &row);
};

} // namespace offkai
