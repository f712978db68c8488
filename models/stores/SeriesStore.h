#pragma once

#include "core/Result.h"
#include "records/Series.h"
#include "stores/EventStore.h"

#include <functional>
#include <QHash>
#include <QObject>

namespace offkai {

class Database;
class EventStore;

/// All SQL for recurring series and their exceptions, and the expansion of their occurrences (through
/// Recurrence, i.e. libical). Every write runs in a transaction and announces what changed. The speaker
/// slots of a series are SeriesSlotStore's.
class SeriesStore : public QObject
{
    Q_OBJECT
public:
    /// Holidays come from `holidayName` (empty for a working day), so that tests can pass their own.
    SeriesStore(Database &database, EventStore &events, QObject *parent = nullptr);

    using HolidayLookup = std::function<QString(const QDate &)>;
    void setHolidayLookup(HolidayLookup lookup);

    Result<Series> get(qint64 id) const;
    Result<QList<Series>> all() const;
    /// The series with an iCalendar UID, or 0.
    Result<qint64> idForUid(const QString &uid) const;

    /// Checks a series before it is written; the message names the field.
    Result<void> validate(const Series &series) const;
    /// Adds a series with its exceptions. A non-zero id re-creates it with that id (undo of a delete).
    Result<qint64> insert(const Series &series);
    /// Saves a series and replaces its exceptions; SEQUENCE increases. With a version (a series read from
    /// the database), only over that version: Error::Code::Conflict when the series was saved elsewhere
    /// since, and nothing written; the series' version then goes up by one.
    Result<void> update(const Series &series);
    /// Deletes a series, its exceptions and slots; the events confirmed from it stay, detached.
    Result<void> remove(qint64 id);

    /// The occurrences whose dates lie in [from, to] for every series (or one), without those already
    /// confirmed as events and without skipped ones, ordered by start.
    Result<QList<Occurrence>> occurrences(const QDate &from, const QDate &to, qint64 seriesId = 0) const;
    /// The same for series already read.
    Result<QList<Occurrence>> occurrences(const QList<Series> &series, const QDate &from,
                                          const QDate &to) const;
    /// The same occurrences as the calendar's lines: planned EventSummary rows (id 0) with the series'
    /// title, type, format, venue and capacity.
    Result<QList<EventSummary>> plannedSummaries(const QDate &from, const QDate &to) const;
    /// The occurrences of one series computed purely from a Series value (no confirmed-event filtering):
    /// exceptions and the holiday policy applied; HolidaySkipped ones included only when asked.
    Result<QList<Occurrence>> expand(const Series &series, const QDate &from, const QDate &to,
                                     bool includeHolidaySkipped = false) const;

    /// The occurrence dates of a series already confirmed as events, with the events' ids.
    Result<QHash<QDate, qint64>> confirmedEvents(qint64 seriesId) const;

Q_SIGNALS:
    void seriesChanged(qint64 id);
    void seriesRemoved(qint64 id);

private:
    /// The conflict error of an update refused because the row's version moved on.
    Result<void> changedSince(const Series &series) const;

    Database &m_database;
    EventStore &m_events;
    HolidayLookup m_holidayName;
};

} // namespace offkai
