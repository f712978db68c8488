#pragma once

#include "Member.h"

#include <QList>
#include <QVariant>

namespace offkai {

/// Everything MemberStore::merge changed, so that MemberStore::unmerge can put it back (undo).
struct MergeSnapshot
{
    /// One row of `participations`, as it was before the merge.
    struct Participation
    {
        qint64 eventId = 0;
        qint64 memberId = 0;
        QString role;
        QString rsvp;
        bool attended = false;
        bool walkIn = false;
        QVariant checkedInAt; ///< text or null
        QVariant waitlistOrder;
        QVariant feeDue;
        QVariant feePaid;
        QVariant paidAt;
        QString note;
        QVariant registeredAt; ///< text or null
    };

    Member kept;                               ///< the kept member before the merge
    Member merged;                             ///< the merged (deleted) member, complete
    QList<Participation> keptParticipations;   ///< the kept member's rows for events both attended
    QList<Participation> mergedParticipations; ///< every row of the merged member
    QList<qint64> referrals;                   ///< members whose referrer was the merged member
    QList<qint64> authoredReports;             ///< reports written by the merged member
};

} // namespace offkai
