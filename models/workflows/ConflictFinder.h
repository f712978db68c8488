#pragma once

#include "core/Result.h"
#include "records/Event.h"

#include <QCoreApplication>
#include <QList>

namespace offkai {

class EventStore;
class SeriesStore;

/// Another event (or a planned series occurrence) that clashes with the one being edited.
struct Conflict
{
    Q_DECLARE_TR_FUNCTIONS(offkai::Conflict)
public:
    enum class Kind
    {
        SameVenue, ///< both at the same venue at overlapping times
        SameHost   ///< the same member hosts two online events at once
    };
    Kind kind = Kind::SameVenue;
    qint64 eventId = 0;  ///< the other event, 0 for a planned occurrence
    qint64 seriesId = 0; ///< the other occurrence's series
    QString title;
    QDateTime start;
    QDateTime end;

    /// "Overlaps “Lunch” (Thu 12:00–13:00) at the same venue."
    QString message(const QLocale &locale) const;
};

/// Finds clashes, to warn about them without blocking: two events overlapping at the same venue, or the
/// same member hosting two online (or hybrid) events at once. An event without an end counts as lasting
/// two hours.
class ConflictFinder
{
public:
    ConflictFinder(EventStore &events, SeriesStore &series);

    /// Clashes of `event` (its own row and, when confirmed from a series, its own occurrence excluded).
    Result<QList<Conflict>> conflictsFor(const Event &event) const;

    /// The end used for overlap: the event's end, or two hours after an open-ended start.
    static QDateTime effectiveEnd(const QDateTime &start, const QDateTime &end);

private:
    EventStore &m_events;
    SeriesStore &m_series;
};

} // namespace offkai
