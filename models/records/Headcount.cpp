#include "Headcount.h"

namespace offkai {

Headcount Headcount::of(const HeadcountTally &tally, std::optional<int> capacity, bool staffTakePlaces,
                        bool held)
{
    Headcount h;
    h.capacity = capacity;
    h.staffTakePlaces = staffTakePlaces;
    h.held = held || tally.came > 0;
    h.takingPlaces = tally.attendeesIn + (staffTakePlaces ? tally.staffIn : 0);
    h.staffNotCounted = staffTakePlaces ? 0 : tally.staffIn;
    h.going = tally.attendeesGoing + tally.staffGoing;
    h.maybe = tally.maybe;
    h.declined = tally.declined;
    h.waitlisted = tally.waitlisted;
    h.attended = tally.came;
    h.walkIns = tally.walkIns;
    return h;
}

} // namespace offkai
