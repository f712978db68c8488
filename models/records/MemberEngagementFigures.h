#pragma once

#include <QDate>

namespace offkai {

/// How often a member comes to the community's events, as MemberEngagement defines each figure.
struct MemberEngagementFigures
{
    qint64 memberId = 0;
    QDate firstAttended; ///< the day of the first event they came to, in that event's zone
    QDate lastAttended;  ///< the day of the latest event they came to, in that event's zone
    int attended = 0;    ///< held events they came to
    int noShows = 0;     ///< ended events they were going to and did not come to
    int streak = 0;      ///< events they came to since their latest no-show

    bool operator==(const MemberEngagementFigures &) const = default;
};

} // namespace offkai
