#pragma once

#include "core/Result.h"
#include "workflows/DemoAttendance.h"
#include "workflows/DemoData.h"

#include <QDate>

namespace offkai {

class Workspace;

/// The demo community's last two years, around the stories of DemoData: a few hundred members who joined
/// month by month (some referred by others, some who left or went quiet, five applicants still waiting),
/// a monthly meetup at the Takadanobaba bar or the Tamachi rental space (a year-end party in December, one
/// meetup called off for a typhoon), an online meetup every other month, and an undated meetup in Osaka
/// being planned. Everything past has its answers and attendance: no-shows, walk-ins, first-timers.
/// The founding members take part too, apart from those whose own history the demo tells (吉田 直人).
/// A fixed seed decides it all, relative to `today`.
class DemoHistory
{
public:
    /// What the series built on the history need.
    struct Added
    {
        QList<DemoAttendee> pool; ///< everyone who may come to a past event
        qint64 lunchVenue = 0;    ///< the restaurant of the alumni lunches
    };

    /// `ids`: what DemoData::populate added. The caller wraps the call in a transaction.
    static Result<Added> add(Workspace &workspace, const DemoData::Ids &ids, const QDate &today);

    /// The first day of the history: the first of the month two years before `today`'s.
    static QDate firstDay(const QDate &today);
    /// The `nth` `weekday` (1 = Monday) of `month`'s month.
    static QDate nthWeekday(const QDate &month, int nth, int weekday);
};

} // namespace offkai
