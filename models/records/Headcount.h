#pragma once

#include <optional>
#include <QtGlobal>

namespace offkai {

/// The raw numbers of an event's participations, by answer and by role, before any rule decides who
/// takes a place. Read in one query (HeadcountQuery) or counted from rows (Headcount::tallyOf).
struct HeadcountTally
{
    int attendeesGoing = 0; ///< attendees answering "going"
    int staffGoing = 0;     ///< organizers, hosts, speakers and staff answering "going"
    int attendeesIn = 0;    ///< attendees going or who came (what could take a place)
    int staffIn = 0;        ///< organizers, hosts, speakers and staff going or who came
    int maybe = 0;
    int declined = 0;
    int waitlisted = 0;
    int came = 0;    ///< everyone who came, staff and walk-ins included
    int walkIns = 0; ///< of those who came, those who never registered
};

/// How many people an event has: the one value every screen, the announcement, the report and the
/// command line show (HeadcountText words it).
///
/// Who takes a place: attendees going or who came, and organizers, hosts, speakers and staff too when
/// `staffTakePlaces`. Declined, maybe and waitlisted people never take one.
struct Headcount
{
    std::optional<int> capacity;
    bool staffTakePlaces = false;
    /// Held: done, or someone has been checked in. A held event is counted by who came, one before it by
    /// who registered against the places.
    bool held = false;
    int takingPlaces = 0;    ///< going (or came) and counted against the capacity
    int going = 0;           ///< everyone going, staff included
    int staffNotCounted = 0; ///< organizers, hosts, speakers and staff going or come who take no place
    int maybe = 0;
    int declined = 0;
    int waitlisted = 0;
    int attended = 0; ///< everyone who came, staff and walk-ins included
    int walkIns = 0;

    std::optional<int> placesLeft() const
    {
        return capacity ? std::optional<int>(qMax(0, *capacity - takingPlaces)) : std::nullopt;
    }
    bool isFull() const { return capacity && takingPlaces >= *capacity; }

    /// The one computation of the figures from the raw numbers.
    static Headcount of(const HeadcountTally &tally, std::optional<int> capacity, bool staffTakePlaces,
                        bool held);
};

} // namespace offkai
