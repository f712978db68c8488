#pragma once

#include "records/Participation.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace offkai {

class DemoRandom;

/// Someone who may come to the demo's past events: from the day they joined until they left or went quiet.
struct DemoAttendee
{
    qint64 memberId = 0;
    QDate joinedOn;
    QDate activeUntil; ///< invalid: still comes
    int weight = 0;    ///< how readily they come
};

/// How an event of one kind turns out: how many answer "going", how many of them do not come, and so on.
struct DemoTurnout
{
    int goingMin = 0;
    int goingMax = 0;
    int noShowPercent = 0; ///< of those going, how many fail to come
    int walkInsMax = 0;    ///< who come without having answered
    int declinedMax = 0;
    int maybeMax = 0;     ///< half of them come
    int fee = 0;          ///< paid on the night by those who came (yen)
    bool checkIn = false; ///< arrivals are checked in at the door
};

/// Draws the participants of the demo's past events from the people who were members at the time:
/// newcomers come more readily in their first two months (so events have first-timers), regulars more
/// than others.
class DemoAttendance
{
public:
    DemoAttendance(QList<DemoAttendee> pool, DemoRandom &random);

    /// The participations of the event `eventId` starting at `start`: the `fixed` ones (organizer, host,
    /// speaker: going, and come if the event was held) and those drawn per `turnout`. A cancelled event
    /// (`held` false) keeps its answers and has nobody who came.
    QList<Participation> draw(qint64 eventId, const QDateTime &start, const DemoTurnout &turnout,
                              const QList<Participation> &fixed, bool held = true);

private:
    /// Picks up to `count` of `weights` (zeroing the picked ones), in proportion to them.
    QList<int> pickSome(QList<int> &weights, int count);

    QList<DemoAttendee> m_pool;
    DemoRandom &m_random;
};

} // namespace offkai
