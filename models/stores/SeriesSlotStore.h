#pragma once

#include "core/Result.h"
#include "records/Series.h"

#include <QObject>

namespace offkai {

class Database;
class EventStore;
class SeriesStore;

/// A candidate date of a series: an occurrence, free or taken by a speaker.
struct Candidate
{
    Occurrence occurrence;
    std::optional<SpeakerSlot> slot; ///< the speaker slotted there, if any
    qint64 eventId = 0;              ///< the event it was confirmed as, 0 while not confirmed

    bool isFree() const { return !slot && occurrence.state != Occurrence::State::HolidaySkipped; }
};

/// What is stored of one series, for undo: the row, its exceptions and its speaker slots.
struct SeriesSnapshot
{
    Series series;
    QList<SpeakerSlot> speakerSlots;
    QList<qint64> confirmedEventIds; ///< events confirmed from it
};

/// All SQL for the speaker slots of recurring series (a speaker per occurrence date, with the dates they
/// declined), and what carries them along: the candidate dates, confirming an occurrence as an event with
/// its speaker, splitting a series, and its snapshot for undo. Every write runs in a transaction; what
/// changed is announced through SeriesStore::seriesChanged as well.
class SeriesSlotStore : public QObject
{
    Q_OBJECT
public:
    SeriesSlotStore(Database &database, SeriesStore &series, EventStore &events, QObject *parent = nullptr);

    Result<QList<SpeakerSlot>> speakerSlots(qint64 seriesId) const;
    /// The next `count` candidate dates of a series on or after `from`, each free or taken, confirmed ones
    /// included.
    Result<QList<Candidate>> candidates(qint64 seriesId, const QDate &from, int count) const;

    /// Slots a speaker into the first free candidate on or after `from`; returns its date.
    Result<QDate> slotSpeaker(qint64 seriesId, qint64 memberId, const QString &topic, const QDate &from);
    /// The speaker of `occurrenceDate` declines it: they move to the next free candidate after it, which is
    /// returned; the declined date is remembered.
    Result<QDate> declineSlot(qint64 seriesId, const QDate &occurrenceDate);
    Result<void> removeSlot(qint64 seriesId, const QDate &occurrenceDate);
    /// Records speakers on the dates they had (past talks, or a programme planned elsewhere) without
    /// looking for free candidates: a date already taken is an error. A speaker of an occurrence already
    /// confirmed becomes a participant with the speaker role, as with slotSpeaker.
    Result<void> addSlots(qint64 seriesId, const QList<SpeakerSlot> &slots);

    /// Confirms an occurrence: it becomes an event (its speaker, if any, a participant with the speaker
    /// role); returns the event's id.
    Result<qint64> confirm(qint64 seriesId, const QDate &occurrenceDate);

    /// "This and following": the series ends the day before `occurrenceDate` and `tail` (a new series whose
    /// first occurrence is on that date) takes over from it, with the later exceptions, slots and confirmed
    /// events. Returns the new series' id.
    Result<qint64> split(qint64 id, const QDate &occurrenceDate, Series tail);

    /// Everything stored about one series, and putting it back as it was (undo and redo). With a non-zero
    /// `expectedVersion`, an existing series is written only over that version (Error::Code::Conflict when
    /// it was changed since, and nothing written); its version then goes up by one.
    Result<SeriesSnapshot> snapshot(qint64 id) const;
    Result<void> restore(const SeriesSnapshot &snapshot, qint64 expectedVersion = 0);

Q_SIGNALS:
    /// A series' slots or confirmed events changed (connected to SeriesStore::seriesChanged).
    void slotsChanged(qint64 seriesId);

private:
    /// Puts a speaker on the first free candidate on or after `from` that they have not declined, leaving
    /// `vacated` (their previous date, if any).
    Result<QDate> placeSpeaker(qint64 seriesId, SpeakerSlot slot, const QDate &from, const QDate &vacated);
    Result<void> addSpeaker(qint64 eventId, qint64 memberId);
    Result<void> writeSlots(qint64 seriesId, const QList<SpeakerSlot> &rows);

    Database &m_database;
    SeriesStore &m_series;
    EventStore &m_events;
};

} // namespace offkai
