#include "ParticipationStore.h"

#include "HeadcountQuery.h"

#include "ParticipationRows.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

namespace offkai {

namespace {
struct EventState
{
    bool exists = false;
    QString status;
    bool hasDay = false;
    std::optional<int> capacity;
    bool staffCount = false;
};
} // namespace

ParticipationStore::ParticipationStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<QList<Participation>> ParticipationStore::forMember(qint64 memberId) const
{
    return forMembers({memberId});
}

Result<QList<Participation>> ParticipationStore::forMembers(const QList<qint64> &memberIds) const
{
    QList<Participation> rows;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + ParticipationRows::columns() +
                  QStringLiteral(" FROM participations p WHERE p.member_id = ? ORDER BY p.event_id"));
    for (qint64 id : memberIds) {
        query.addBindValue(id);
        if (!query.exec())
            return SqlErrors::fromQuery(query, tr("Could not read the member's events."));
        while (query.next())
            rows.append(ParticipationRows::read(query));
    }
    return rows;
}

Result<QList<MemberEventRow>> ParticipationStore::historyOf(qint64 memberId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ") + ParticipationRows::columns() +
        QStringLiteral(
            ", e.title, e.starts_at, e.time_zone, e.tentative_from, e.status, "
            "e.tentative_to FROM participations p JOIN events e ON e.id = p.event_id WHERE p.member_id = ? "
            "ORDER BY coalesce(e.starts_at, e.tentative_from) DESC, e.id DESC"));
    q.addBindValue(memberId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the member's events."));
    QList<MemberEventRow> rows;
    while (q.next()) {
        MemberEventRow row;
        row.participation = ParticipationRows::read(q);
        row.title = q.value(ParticipationRows::kColumnCount).toString();
        const QDateTime start = SqlValues::toDateTime(q.value(ParticipationRows::kColumnCount + 1));
        const QTimeZone zone(q.value(ParticipationRows::kColumnCount + 2).toString().toUtf8());
        row.start =
            start.isValid() ? start.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()) : QDateTime();
        row.tentativeFrom = SqlValues::toDate(q.value(ParticipationRows::kColumnCount + 3));
        row.status = q.value(ParticipationRows::kColumnCount + 4).toString();
        row.tentativeTo = SqlValues::toDate(q.value(ParticipationRows::kColumnCount + 5));
        rows.append(row);
    }
    return rows;
}

Result<QList<ParticipantRow>> ParticipationStore::participantsOf(qint64 eventId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + ParticipationRows::columns() +
              QStringLiteral(", m.display_name, m.reading, m.affiliation, m.occupation, m.job_title "
                             "FROM participations p JOIN members m ON m.id = p.member_id "
                             "LEFT JOIN member_profiles mp ON mp.member_id = m.id WHERE p.event_id = ? "
                             "ORDER BY CASE p.role WHEN 'organizer' THEN 0 WHEN 'host' THEN 1 "
                             "WHEN 'speaker' THEN 2 WHEN 'staff' THEN 3 ELSE 4 END, "
                             "coalesce(mp.sort_key, m.reading, m.display_name), m.id"));
    q.addBindValue(eventId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the event's participants."));
    QList<ParticipantRow> rows;
    while (q.next()) {
        ParticipantRow row;
        row.participation = ParticipationRows::read(q);
        row.displayName = q.value(ParticipationRows::kColumnCount).toString();
        row.reading = q.value(ParticipationRows::kColumnCount + 1).toString();
        row.affiliation = q.value(ParticipationRows::kColumnCount + 2).toString();
        row.occupation = q.value(ParticipationRows::kColumnCount + 3).toString();
        row.jobTitle = q.value(ParticipationRows::kColumnCount + 4).toString();
        rows.append(row);
    }
    return rows;
}

Result<QList<Participation>> ParticipationStore::forEvent(qint64 eventId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + ParticipationRows::columns() +
              QStringLiteral(" FROM participations p WHERE p.event_id = ? ORDER BY p.member_id"));
    q.addBindValue(eventId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the event's participants."));
    QList<Participation> rows;
    while (q.next())
        rows.append(ParticipationRows::read(q));
    return rows;
}

Result<Participation> ParticipationStore::get(qint64 eventId, qint64 memberId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + ParticipationRows::columns() +
              QStringLiteral(" FROM participations p WHERE p.event_id = ? AND p.member_id = ?"));
    q.addBindValue(eventId);
    q.addBindValue(memberId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the event's participants."));
    if (!q.next())
        return Error(Error::Code::NotFound, tr("This member is not part of the event."),
                     QStringLiteral("event %1 member %2").arg(eventId).arg(memberId));
    return ParticipationRows::read(q);
}

Result<QList<ReportAttendee>> ParticipationStore::reportAttendees(qint64 eventId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.id, m.display_name, m.reading, m.occupation, coalesce(pr.name_consent, "
        "'occupation_initial'), "
        "p.role, p.walk_in FROM participations p JOIN members m ON m.id = p.member_id "
        "LEFT JOIN member_profiles pr ON pr.member_id = m.id WHERE p.event_id = ? AND p.attended = 1"));
    query.addBindValue(eventId);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read who came to the event."));
    QList<ReportAttendee> list;
    while (query.next()) {
        ReportAttendee a;
        a.memberId = query.value(0).toLongLong();
        a.displayName = query.value(1).toString();
        a.reading = query.value(2).toString();
        a.occupation = query.value(3).toString();
        a.consent = Member::consentFromKey(query.value(4).toString())
                        .value_or(Member::NameConsent::OccupationInitial);
        a.role =
            Participation::roleFromKey(query.value(5).toString()).value_or(Participation::Role::Attendee);
        a.walkIn = query.value(6).toBool();
        list.append(a);
    }
    return list;
}

Result<Headcount> ParticipationStore::headcount(qint64 eventId, std::optional<bool> staffTakePlaces) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") +
              HeadcountQuery::columns(SqlDialect::of(m_database.connection()).isPostgreSql()) +
              QStringLiteral(" FROM events e LEFT JOIN participations p ON p.event_id = e.id WHERE e.id = ? "
                             "GROUP BY e.id"));
    q.addBindValue(eventId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the event's participants."));
    if (!q.next())
        return Error(Error::Code::NotFound, tr("The event no longer exists."),
                     QStringLiteral("event %1").arg(eventId));
    return HeadcountQuery::read(q, 0, staffTakePlaces);
}

Result<void> ParticipationStore::restore(const QList<Participation> &rows)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery query(m_database.connection());
    if (!ParticipationRows::write(query, rows))
        return SqlErrors::fromQuery(query, tr("Could not restore the member's events."));
    QSet<qint64> events;
    for (const Participation &p : rows)
        events.insert(p.eventId);
    if (auto done = tx.commit(); !done)
        return done;
    for (qint64 id : std::as_const(events))
        Q_EMIT changed(id);
    return {};
}

Result<void> ParticipationStore::replaceEvent(qint64 eventId, const QList<Participation> &rows)
{
    const QString what = tr("Could not change the event's participants.");
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM participations WHERE event_id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, what);
    for (const Participation &p : rows) {
        if (p.eventId != eventId)
            return Error(Error::Code::Invalid, what, QStringLiteral("row of event %1").arg(p.eventId));
    }
    if (!ParticipationRows::write(q, rows))
        return SqlErrors::fromQuery(q, what);
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT changed(eventId);
    return {};
}

namespace {
Result<EventState> eventState(QSqlDatabase db, qint64 eventId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT status, CASE WHEN starts_at IS NOT NULL THEN 1 ELSE 0 END, capacity, staff_count FROM events "
        "WHERE id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, ParticipationStore::tr("Could not read the event."));
    if (!q.next())
        return Error(Error::Code::NotFound, ParticipationStore::tr("The event no longer exists."),
                     QStringLiteral("event %1").arg(eventId));
    EventState s;
    s.exists = true;
    s.status = q.value(0).toString();
    s.hasDay = q.value(1).toBool();
    s.capacity = SqlValues::toOptionalInt(q.value(2));
    s.staffCount = q.value(3).toBool();
    return s;
}

Result<QString> memberName(QSqlDatabase db, qint64 memberId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT display_name FROM members WHERE id = ?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, ParticipationStore::tr("Could not read the member."));
    if (!q.next())
        return Error(Error::Code::NotFound, ParticipationStore::tr("The member no longer exists."),
                     QStringLiteral("member %1").arg(memberId));
    return q.value(0).toString();
}

Result<int> nextWaitlistOrder(QSqlDatabase db, qint64 eventId)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT coalesce(max(waitlist_order), 0) + 1 FROM participations WHERE event_id = ?"));
    q.addBindValue(eventId);
    if (!q.exec() || !q.next())
        return SqlErrors::fromQuery(q, ParticipationStore::tr("Could not read the event's participants."));
    return q.value(0).toInt();
}
} // namespace

Result<void> ParticipationStore::requireOpen(qint64 eventId, const QString &action) const
{
    auto state = eventState(m_database.connection(), eventId);
    if (!state)
        return state.error();
    if (state->status == QLatin1String("cancelled"))
        return Error(Error::Code::Invalid, tr("This event is cancelled: %1 is not possible.").arg(action));
    if (!state->hasDay)
        return Error(Error::Code::Invalid,
                     tr("This event has no fixed day yet: fix its day before %1.").arg(action));
    return {};
}

Result<QList<qint64>> ParticipationStore::promote(qint64 eventId)
{
    const QSqlDatabase db = m_database.connection();
    auto state = eventState(db, eventId);
    if (!state)
        return state.error();
    QList<qint64> promoted;
    if (!state->capacity || state->status == QLatin1String("cancelled"))
        return promoted;
    auto count = headcount(eventId);
    if (!count)
        return count.error();
    int free = *state->capacity - count->takingPlaces;
    if (free <= 0)
        return promoted;
    QSqlQuery waiting(db);
    waiting.prepare(QStringLiteral("SELECT member_id, role FROM participations WHERE event_id = ? "
                                   "AND rsvp = 'waitlisted' ORDER BY waitlist_order IS NULL, waitlist_order, "
                                   "member_id"));
    waiting.addBindValue(eventId);
    if (!waiting.exec())
        return SqlErrors::fromQuery(waiting, tr("Could not read the waitlist."));
    QList<QPair<qint64, bool>> queue;
    while (waiting.next())
        queue.append({waiting.value(0).toLongLong(),
                      state->staffCount || waiting.value(1).toString() == QLatin1String("attendee")});
    QSqlQuery up(db);
    up.prepare(QStringLiteral("UPDATE participations SET rsvp = 'going', waitlist_order = NULL "
                              "WHERE event_id = ? AND member_id = ?"));
    for (const auto &[memberId, counts] : std::as_const(queue)) {
        if (free <= 0)
            break;
        up.addBindValue(eventId);
        up.addBindValue(memberId);
        if (!up.exec())
            return SqlErrors::fromQuery(up, tr("Could not promote from the waitlist."));
        promoted.append(memberId);
        if (counts)
            --free;
    }
    return promoted;
}

Result<Participation> ParticipationStore::add(qint64 eventId, qint64 memberId, Participation::Role role,
                                              Participation::Rsvp rsvp)
{
    const QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto name = memberName(db, memberId);
    if (!name)
        return name.error();
    if (auto existing = get(eventId, memberId); existing)
        return Error(Error::Code::InUse, tr("%1 is already part of this event.").arg(*name));
    auto state = eventState(db, eventId);
    if (!state)
        return state.error();
    Participation p;
    p.eventId = eventId;
    p.memberId = memberId;
    p.role = role;
    p.rsvp = rsvp;
    p.registeredAt = QDateTime::currentDateTimeUtc();
    if (rsvp == Participation::Rsvp::Going && state->capacity && p.takesPlace(state->staffCount)) {
        auto count = headcount(eventId);
        if (!count)
            return count.error();
        if (count->takingPlaces >= *state->capacity)
            p.rsvp = Participation::Rsvp::Waitlisted;
    }
    if (p.rsvp == Participation::Rsvp::Waitlisted) {
        auto order = nextWaitlistOrder(db, eventId);
        if (!order)
            return order.error();
        p.waitlistOrder = *order;
    }
    QSqlQuery q(db);
    if (!ParticipationRows::write(q, {p}))
        return SqlErrors::fromQuery(q, tr("Could not add %1 to the event.").arg(*name));
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT changed(eventId);
    return p;
}

Result<QList<qint64>> ParticipationStore::setRsvp(qint64 eventId, qint64 memberId, Participation::Rsvp rsvp)
{
    const QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto current = get(eventId, memberId);
    if (!current)
        return current.error();
    if (current->rsvp == rsvp)
        return QList<qint64>();
    std::optional<int> order;
    if (rsvp == Participation::Rsvp::Waitlisted) {
        auto next = nextWaitlistOrder(db, eventId);
        if (!next)
            return next.error();
        order = *next;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE participations SET rsvp = ?, waitlist_order = ? WHERE event_id = ? AND member_id = ?"));
    q.addBindValue(Participation::rsvpKey(rsvp));
    q.addBindValue(SqlValues::optionalInt(order));
    q.addBindValue(eventId);
    q.addBindValue(memberId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not change the answer."));
    auto promoted = promote(eventId);
    if (!promoted)
        return promoted.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT changed(eventId);
    return promoted;
}

Result<QList<qint64>> ParticipationStore::setRole(qint64 eventId, qint64 memberId, Participation::Role role)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE participations SET role = ? WHERE event_id = ? AND member_id = ?"));
    q.addBindValue(Participation::roleKey(role));
    q.addBindValue(eventId);
    q.addBindValue(memberId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not change the role."));
    if (q.numRowsAffected() == 0)
        return Error(Error::Code::NotFound, tr("This member is not part of the event."));
    auto promoted = promote(eventId);
    if (!promoted)
        return promoted.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT changed(eventId);
    return promoted;
}

Result<QList<qint64>> ParticipationStore::promoteWaitlisted(qint64 eventId)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    auto promoted = promote(eventId);
    if (!promoted)
        return promoted.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    if (!promoted->isEmpty())
        Q_EMIT changed(eventId);
    return promoted;
}

Result<void> ParticipationStore::remove(qint64 eventId, qint64 memberId)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM participations WHERE event_id = ? AND member_id = ?"));
    q.addBindValue(eventId);
    q.addBindValue(memberId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not remove the participant."));
    if (auto promoted = promote(eventId); !promoted)
        return promoted.error();
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT changed(eventId);
    return {};
}

Result<Participation> ParticipationStore::checkIn(qint64 eventId, qint64 memberId, const QDateTime &when)
{
    const QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (auto open = requireOpen(eventId, tr("checking in")); !open)
        return open.error();
    auto name = memberName(db, memberId);
    if (!name)
        return name.error();
    // On a team database another laptop may check the same person in, or take their fee, at this moment:
    // the row is read under a lock, so that this write starts from the other's committed one instead of
    // putting back what it had before. Someone not on the list yet (a walk-in) gets a row first, or finds
    // the one the other laptop just added, so that there is always a row to lock: without it, a fee taken
    // on the other laptop between this read and this write would be written over. (A file is written by
    // one window at a time.)
    bool added = false;
    if (m_database.isServer()) {
        QSqlQuery lock(db);
        lock.prepare(QStringLiteral("INSERT INTO participations (event_id, member_id) VALUES (?, ?) "
                                    "ON CONFLICT DO NOTHING"));
        lock.addBindValue(eventId);
        lock.addBindValue(memberId);
        if (!lock.exec())
            return SqlErrors::fromQuery(lock, tr("Could not check %1 in.").arg(*name));
        added = lock.numRowsAffected() == 1;
        lock.prepare(
            QStringLiteral("SELECT 1 FROM participations WHERE event_id = ? AND member_id = ? FOR UPDATE"));
        lock.addBindValue(eventId);
        lock.addBindValue(memberId);
        if (!lock.exec())
            return SqlErrors::fromQuery(lock, tr("Could not check %1 in.").arg(*name));
    }
    Participation p;
    auto existing =
        added ? Result<Participation>(Error(Error::Code::NotFound, QString())) : get(eventId, memberId);
    if (existing) {
        p = *existing;
    } else if (existing.error().code() == Error::Code::NotFound) {
        p.eventId = eventId;
        p.memberId = memberId;
        p.walkIn = true;
    } else {
        return existing.error();
    }
    p.attended = true;
    p.rsvp = Participation::Rsvp::Going;
    p.waitlistOrder.reset();
    p.checkedInAt = (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toUTC();
    p.checkedInAt.setTime(
        QTime(p.checkedInAt.time().hour(), p.checkedInAt.time().minute(), p.checkedInAt.time().second()));
    if (p.walkIn && !p.registeredAt.isValid())
        p.registeredAt = p.checkedInAt; // a walk-in registers at the door
    QSqlQuery q(db);
    if (!ParticipationRows::write(q, {p}))
        return SqlErrors::fromQuery(q, tr("Could not check %1 in.").arg(*name));
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT changed(eventId);
    return p;
}

Result<void> ParticipationStore::undoCheckIn(qint64 eventId, qint64 memberId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE participations SET attended = 0, checked_in_at = NULL "
                             "WHERE event_id = ? AND member_id = ?"));
    q.addBindValue(eventId);
    q.addBindValue(memberId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not undo the check-in."));
    Q_EMIT changed(eventId);
    return {};
}

Result<int> ParticipationStore::markAttended(qint64 eventId, const QList<qint64> &memberIds, bool attended)
{
    const QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (auto open = requireOpen(eventId, tr("recording attendance")); !open)
        return open.error();
    int changedRows = 0;
    QSqlQuery q(db);
    for (qint64 memberId : memberIds) {
        auto existing = get(eventId, memberId);
        Participation p;
        if (existing) {
            p = *existing;
            if (p.attended == attended)
                continue;
        } else if (existing.error().code() == Error::Code::NotFound) {
            if (!attended)
                continue;
            if (auto name = memberName(db, memberId); !name)
                return name.error();
            p.eventId = eventId;
            p.memberId = memberId;
            p.walkIn = true;
        } else {
            return existing.error();
        }
        p.attended = attended;
        if (attended) {
            p.rsvp = Participation::Rsvp::Going;
            p.waitlistOrder.reset();
        } else {
            p.checkedInAt = {};
        }
        if (!ParticipationRows::write(q, {p}))
            return SqlErrors::fromQuery(q, tr("Could not record the attendance."));
        ++changedRows;
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    if (changedRows > 0)
        Q_EMIT changed(eventId);
    return changedRows;
}

Result<void> ParticipationStore::setPaid(qint64 eventId, qint64 memberId, std::optional<int> amount)
{
    if (amount && *amount < 0)
        return Error(Error::Code::Invalid, tr("A payment cannot be negative."));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE participations SET fee_paid = ?, paid_at = ? WHERE event_id = ? AND member_id = ?"));
    q.addBindValue(SqlValues::optionalInt(amount));
    q.addBindValue(amount ? QVariant(SqlValues::now()) : QVariant());
    q.addBindValue(eventId);
    q.addBindValue(memberId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not record the payment."));
    if (q.numRowsAffected() == 0)
        return Error(Error::Code::NotFound, tr("This member is not part of the event."));
    Q_EMIT changed(eventId);
    return {};
}

Result<void> ParticipationStore::setDue(qint64 eventId, const QList<QPair<qint64, int>> &shares)
{
    if (shares.isEmpty())
        return Error(Error::Code::Invalid, tr("Choose at least one person to split the bill among."));
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_database.connection());
    // Someone who declined (and did not come) is never billed.
    q.prepare(QStringLiteral("UPDATE participations SET fee_due = ? WHERE event_id = ? AND member_id = ? "
                             "AND (rsvp <> 'declined' OR attended = 1)"));
    for (const auto &[memberId, amount] : shares) {
        if (amount < 0)
            return Error(Error::Code::Invalid, tr("A share cannot be negative."));
        q.addBindValue(amount);
        q.addBindValue(eventId);
        q.addBindValue(memberId);
        if (!q.exec())
            return SqlErrors::fromQuery(q, tr("Could not save the shares of the bill."));
        if (q.numRowsAffected() == 0)
            return Error(Error::Code::NotFound,
                         tr("Someone chosen for the split is not part of the event, or declined it."));
    }
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT changed(eventId);
    return {};
}

Result<qint64> ParticipationStore::totalPaid(qint64 eventId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(fee_paid), 0) FROM participations WHERE event_id = ?"));
    q.addBindValue(eventId);
    if (!q.exec() || !q.next())
        return SqlErrors::fromQuery(q, tr("Could not read the payments."));
    return q.value(0).toLongLong();
}

} // namespace offkai
