#pragma once

#include "core/Result.h"
#include "records/Series.h"
#include "stores/EventStore.h"

#include <functional>
#include <QObject>

namespace offkai {

class Database;
class EventStore;

/// A candidate date of a series: an occurrence, free or taken by a speaker.
struct Candidate
{
    Occurrence occurrence;
    std::optional<SpeakerSlot> slot; ///< the speaker slotted there, if any
    qint64 eventId = 0;              ///< the event it was confirmed as, 0 while not confirmed

    bool isFree() const { return !slot && occurrence.state != Occurrence::State::HolidaySkipped; }
};

/// What the store holds of one series, for undo: the row, its exceptions and its speaker slots.
struct SeriesSnapshot
{
    Series series;
    QList<SpeakerSlot> speakerSlots;
    QList<qint64> confirmedEventIds; ///< events confirmed from it
};

/// All SQL for recurring series, their exceptions and speaker slots, and the expansion of their
/// occurrences (through Recurrence, i.e. libical). Every write runs in a transaction and announces what
/// changed.
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
    /// Saves a series and replaces its exceptions; SEQUENCE increases.
    Result<void> update(const Series &series);
    /// "This and following": the series ends the day before `occurrenceDate` and `tail` (a new series whose
    /// first occurrence is on that date) takes over from it, with the later exceptions, slots and confirmed
    /// events. Returns the new series' id.
    Result<qint64> split(qint64 id, const QDate &occurrenceDate, Series tail);
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

    /// The next `count` candidate dates of a series on or after `from`, each free or taken, confirmed ones
    /// included.
    Result<QList<Candidate>> candidates(qint64 seriesId, const QDate &from, int count) const;

    Result<QList<SpeakerSlot>> speakerSlots(qint64 seriesId) const;
    /// Slots a speaker into the first free candidate on or after `from`; returns its date.
    Result<QDate> slotSpeaker(qint64 seriesId, qint64 memberId, const QString &topic, const QDate &from);
    /// The speaker of `occurrenceDate` declines it: they move to the next free candidate after it, which is
    /// returned; the declined date is remembered.
    Result<QDate> declineSlot(qint64 seriesId, const QDate &occurrenceDate);
    Result<void> removeSlot(qint64 seriesId, const QDate &occurrenceDate);

    /// Confirms an occurrence: it becomes an event (its speaker, if any, a participant with the speaker
    /// role); returns the event's id.
    Result<qint64> confirm(qint64 seriesId, const QDate &occurrenceDate);

    /// Everything stored about one series, and putting it back as it was (undo and redo).
    Result<SeriesSnapshot> snapshot(qint64 id) const;
    Result<void> restore(const SeriesSnapshot &snapshot);

Q_SIGNALS:
    void seriesChanged(qint64 id);
    void seriesRemoved(qint64 id);

private:
    /// Puts a speaker on the first free candidate on or after `from` that they have not declined, leaving
    /// `vacated` (their previous date, if any).
    Result<QDate> placeSpeaker(qint64 seriesId, SpeakerSlot slot, const QDate &from, const QDate &vacated);
    Result<void> addSpeaker(qint64 eventId, qint64 memberId);

    Database &m_database;
    EventStore &m_events;
    HolidayLookup m_holidayName;
};

} // namespace offkai
