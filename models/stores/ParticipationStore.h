#pragma once

#include "core/Result.h"
#include "records/Headcount.h"
#include "records/ParticipantRow.h"
#include "records/Participation.h"
#include "records/ReportContext.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

namespace offkai {

class Database;

/// One member's line of a member's history: an event they were part of.
struct MemberEventRow
{
    Participation participation;
    QString title;
    QDateTime start; ///< in the event's zone; invalid without a day
    QDate tentativeFrom;
    QDate tentativeTo;
    QString status; ///< event status key
};

/// SQL for the participations of members in events: joining, RSVP with waitlist promotion, check-in,
/// walk-ins, attendance after the fact, and fees.
///
/// Every change returns through `changed(eventId)`. Undo works on snapshots: a command keeps
/// `forEvent()` before and after a change and puts either back with `replaceEvent()`.
class ParticipationStore : public QObject
{
    Q_OBJECT
public:
    explicit ParticipationStore(Database &database, QObject *parent = nullptr);

    Result<QList<Participation>> forMember(qint64 memberId) const;
    Result<QList<Participation>> forMembers(const QList<qint64> &memberIds) const;
    /// The member's events, newest first, for the member's history.
    Result<QList<MemberEventRow>> historyOf(qint64 memberId) const;
    /// Everyone in an event with their names, ordered by role, then reading.
    Result<QList<ParticipantRow>> participantsOf(qint64 eventId) const;
    Result<QList<Participation>> forEvent(qint64 eventId) const;
    Result<Participation> get(qint64 eventId, qint64 memberId) const;
    /// The event's headcount (HeadcountQuery). `staffTakePlaces` overrides the event's own rule on
    /// whether organizers, hosts, speakers and staff take places; unset, the event's rule counts.
    Result<Headcount> headcount(qint64 eventId, std::optional<bool> staffTakePlaces = {}) const;
    /// Those who came to an event, with only what a report may show (never emails, phones, notes or join
    /// answers); occupationLabel is left empty, the order is the database's.
    Result<QList<ReportAttendee>> reportAttendees(qint64 eventId) const;

    /// Writes the rows back (replacing rows with the same event and member), in one transaction.
    Result<void> restore(const QList<Participation> &rows);
    /// Makes the event's participations exactly `rows` (undo and redo of any participation change).
    Result<void> replaceEvent(qint64 eventId, const QList<Participation> &rows);

    /// Adds a member. Refused when already in the event. Someone going when every place is taken is put
    /// on the waitlist instead; the returned participation says which.
    Result<Participation> add(qint64 eventId, qint64 memberId,
                              Participation::Role role = Participation::Role::Attendee,
                              Participation::Rsvp rsvp = Participation::Rsvp::Going);
    /// Changes an RSVP. When a place frees up (someone going declines, or the capacity allows it), the
    /// first waitlisted people are promoted to going; their member ids are returned.
    Result<QList<qint64>> setRsvp(qint64 eventId, qint64 memberId, Participation::Rsvp rsvp);
    Result<QList<qint64>> setRole(qint64 eventId, qint64 memberId, Participation::Role role);
    /// Promotes waitlisted people while places are free (after the capacity grew); returns their ids.
    Result<QList<qint64>> promoteWaitlisted(qint64 eventId);
    Result<void> remove(qint64 eventId, qint64 memberId);

    /// Checks a member in at the door now (or at `when`): attended, going. Refused for a cancelled
    /// event. A member not in the event yet is added as a walk-in.
    Result<Participation> checkIn(qint64 eventId, qint64 memberId, const QDateTime &when = {});
    Result<void> undoCheckIn(qint64 eventId, qint64 memberId);
    /// Marks many members as having attended (from a paper list), adding those not in the event.
    Result<int> markAttended(qint64 eventId, const QList<qint64> &memberIds, bool attended = true);

    /// Records what a member paid (nullopt clears it).
    Result<void> setPaid(qint64 eventId, qint64 memberId, std::optional<int> amount);
    /// Sets what each member owes; used by bill splitting.
    Result<void> setDue(qint64 eventId, const QList<QPair<qint64, int>> &shares);

    /// Sum of fee_paid over the event.
    Result<qint64> totalPaid(qint64 eventId) const;

Q_SIGNALS:
    void changed(qint64 eventId);

private:
    Result<QList<qint64>> promote(qint64 eventId);
    Result<void> requireOpen(qint64 eventId, const QString &action) const;

    Database &m_database;
};

} // namespace offkai
