#pragma once

#include "records/Event.h"
#include "records/Series.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace offkai {

/// One VEVENT as Offkai reads and writes it: an Event plus what iCalendar carries as text.
struct IcsEvent
{
    Event event;               ///< venueId is not set: `location` names the venue
    QString location;          ///< LOCATION: "name, address" of the venue, or empty
    bool offkaiFields = false; ///< written by Offkai (X-OFFKAI-* present): absent fields are empty
    bool hasNotes = false;     ///< X-OFFKAI-NOTES present (notes are only exported when asked)
    /// For an event confirmed from a series occurrence that had been moved first: the moved times.
    std::optional<SeriesException> movedException;
};

/// One recurring VEVENT (RRULE) with its EXDATEs and RECURRENCE-ID overrides.
struct IcsSeries
{
    Series series; ///< exceptions hold the skipped and moved occurrences; venueId is not set
    QString location;
    bool offkaiFields = false;
    bool hasNotes = false;
    /// Events confirmed from occurrences (RECURRENCE-ID overrides with X-OFFKAI-EVENT-UID, or with other
    /// content than the series'): seriesId is not set, occurrenceDate is.
    QList<IcsEvent> confirmed;
    /// Writing only: occurrences the holiday policy skips (EXDATE) or moves (override), from
    /// SeriesStore::expand(…, true).
    QList<Occurrence> holidayChanges;
};

/// The events and series of one iCalendar file.
struct IcsCalendar
{
    QList<IcsEvent> events;
    QList<IcsSeries> series;
    bool fromOffkai = false; ///< PRODID names Offkai
    QStringList warnings;    ///< things read but not kept (RDATE, a second RRULE…), translated
};

} // namespace offkai
