#include "HeadcountQuery.h"

#include "storage/SqlValues.h"

namespace offkai {

QString HeadcountQuery::columns(bool postgreSql)
{
    if (postgreSql) {
        // PostgreSQL sums integers, not conditions: each condition as 1, 0 or NULL, as SQLite reads it.
        return QStringLiteral(
            "e.capacity, e.staff_count, (e.status = 'done')::int, "
            "coalesce(sum((p.rsvp = 'going' AND p.role = 'attendee')::int), 0), "
            "coalesce(sum((p.rsvp = 'going' AND p.role <> 'attendee')::int), 0), "
            "coalesce(sum(((p.rsvp = 'going' OR p.attended = 1) AND p.role = 'attendee')::int), 0), "
            "coalesce(sum(((p.rsvp = 'going' OR p.attended = 1) AND p.role <> 'attendee')::int), 0), "
            "coalesce(sum((p.rsvp = 'maybe')::int), 0), coalesce(sum((p.rsvp = 'declined')::int), 0), "
            "coalesce(sum((p.rsvp = 'waitlisted')::int), 0), coalesce(sum((p.attended = 1)::int), 0), "
            "coalesce(sum((p.attended = 1 AND p.walk_in = 1)::int), 0)");
    }
    return QStringLiteral("e.capacity, e.staff_count, e.status = 'done', "
                          "coalesce(sum(p.rsvp = 'going' AND p.role = 'attendee'), 0), "
                          "coalesce(sum(p.rsvp = 'going' AND p.role <> 'attendee'), 0), "
                          "coalesce(sum((p.rsvp = 'going' OR p.attended = 1) AND p.role = 'attendee'), 0), "
                          "coalesce(sum((p.rsvp = 'going' OR p.attended = 1) AND p.role <> 'attendee'), 0), "
                          "coalesce(sum(p.rsvp = 'maybe'), 0), coalesce(sum(p.rsvp = 'declined'), 0), "
                          "coalesce(sum(p.rsvp = 'waitlisted'), 0), coalesce(sum(p.attended = 1), 0), "
                          "coalesce(sum(p.attended = 1 AND p.walk_in = 1), 0)");
}

Headcount HeadcountQuery::read(const QSqlQuery &query, int first, std::optional<bool> staffTakePlaces)
{
    const auto at = [&](int i) {
        return query.value(first + i);
    };
    HeadcountTally tally;
    tally.attendeesGoing = at(3).toInt();
    tally.staffGoing = at(4).toInt();
    tally.attendeesIn = at(5).toInt();
    tally.staffIn = at(6).toInt();
    tally.maybe = at(7).toInt();
    tally.declined = at(8).toInt();
    tally.waitlisted = at(9).toInt();
    tally.came = at(10).toInt();
    tally.walkIns = at(11).toInt();
    return Headcount::of(tally, SqlValues::toOptionalInt(at(0)), staffTakePlaces.value_or(at(1).toBool()),
                         at(2).toBool());
}

} // namespace offkai
