#pragma once

#include "Member.h"

#include <optional>
#include <QString>

namespace offkai {

/// What the members list shows: a search, filters and an order, all applied in SQL.
struct MemberQuery
{
    enum class Sort
    {
        Reading,      ///< normalized reading (kana order), falling back to the normalized name
        Name,         ///< normalized display name
        Status,       ///< applicant, active, inactive, left
        Occupation,   ///< occupation key
        Affiliation,  ///< affiliation text
        Email,        ///< primary address
        JoinedOn,     ///< join date; members without one last
        LastAttended, ///< start of the latest event attended; members who never came last
        Attended,     ///< number of events attended
    };

    QString search;                       ///< as typed; normalized by the store
    std::optional<Member::Status> status; ///< empty: every status
    QString tag;                          ///< empty: any tags
    QString occupation;                   ///< catalogue key; empty: any
    int notSeenMonths = 0; ///< > 0: only members not seen for so many months (MemberEngagement)
    Sort sort = Sort::Reading;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const MemberQuery &) const = default;
};

} // namespace offkai
