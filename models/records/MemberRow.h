#pragma once

#include "Member.h"

#include <QDate>
#include <QString>

namespace offkai {

/// One line of the members list: what the table shows, without the rest of the record.
struct MemberRow
{
    qint64 id = 0;
    QString displayName;
    QString reading;
    QString primaryEmail;
    QString affiliation;
    QString occupation; ///< catalogue key
    Member::Status status = Member::Status::Active;
    QDate joinedOn;
    QString tags;       ///< tag names, comma-separated, in name order
    QDate lastAttended; ///< the day of the latest event attended (MemberEngagement)
    int attended = 0;   ///< events attended (MemberEngagement)
};

} // namespace offkai
