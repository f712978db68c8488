#pragma once

#include "records/Headcount.h"

#include <optional>
#include <QSqlQuery>
#include <QString>

namespace offkai {

/// The SQL of an event's headcount, shared by every query that shows one (ParticipationStore::headcount,
/// EventStore's summaries): the columns to select from `events e LEFT JOIN participations p ON
/// p.event_id = e.id ... GROUP BY e.id`, and how to read them back.
class HeadcountQuery
{
public:
    /// Twelve columns: the capacity, whether the event counts staff, whether it is done, and the tally.
    static QString columns(bool postgreSql = false);
    static constexpr int kColumnCount = 12;
    /// The headcount from the columns starting at `first`. `staffTakePlaces` overrides the event's own
    /// rule when set (the community's setting); unset, the event's rule counts.
    static Headcount read(const QSqlQuery &query, int first, std::optional<bool> staffTakePlaces = {});
};

} // namespace offkai
