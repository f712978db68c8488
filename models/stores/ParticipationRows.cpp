#include "ParticipationRows.h"

#include "storage/SqlValues.h"

#include <algorithm>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace offkai {

namespace {
const QString kColumns =
    QStringLiteral("p.event_id, p.member_id, p.role, p.rsvp, p.attended, p.walk_in, "
                   "p.checked_in_at, p.waitlist_order, p.fee_due, p.fee_paid, p.paid_at, "
                   "p.note, p.registered_at, p.minutes_attended");

/// "INSERT OR REPLACE … VALUES (…), (…)" for `rows` rows at once.
QString insertRows(int rows)
{
    QStringList tuples(rows, QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return QStringLiteral("INSERT OR REPLACE INTO participations (event_id, member_id, role, rsvp, attended, "
                          "walk_in, checked_in_at, waitlist_order, fee_due, fee_paid, paid_at, note, "
                          "registered_at, minutes_attended) VALUES ") +
           tuples.join(QStringLiteral(", "));
}

/// Rows per statement of ParticipationRows::write(). Each statement inside a savepoint (a store's
/// Transaction nested in an import's) pays for the savepoint's journal as it grows, so a long list is
/// written a block of rows at a time rather than a row at a time.
constexpr int kRowsPerInsert = 64;

void bindParticipation(QSqlQuery &q, const Participation &p)
{
    q.addBindValue(p.eventId);
    q.addBindValue(p.memberId);
    q.addBindValue(Participation::roleKey(p.role));
    q.addBindValue(Participation::rsvpKey(p.rsvp));
    q.addBindValue(p.attended ? 1 : 0);
    q.addBindValue(p.walkIn ? 1 : 0);
    q.addBindValue(SqlValues::dateTimeOrNull(p.checkedInAt));
    q.addBindValue(SqlValues::optionalInt(p.waitlistOrder));
    q.addBindValue(SqlValues::optionalInt(p.feeDue));
    q.addBindValue(SqlValues::optionalInt(p.feePaid));
    q.addBindValue(SqlValues::dateTimeOrNull(p.paidAt));
    q.addBindValue(SqlValues::text(p.note));
    q.addBindValue(SqlValues::dateTimeOrNull(p.registeredAt));
    q.addBindValue(SqlValues::optionalInt(p.minutesAttended));
}

} // namespace

QString ParticipationRows::columns()
{
    return kColumns;
}

Participation ParticipationRows::read(const QSqlQuery &q)
{
    Participation p;
    p.eventId = q.value(0).toLongLong();
    p.memberId = q.value(1).toLongLong();
    p.role = Participation::roleFromKey(q.value(2).toString()).value_or(Participation::Role::Attendee);
    p.rsvp = Participation::rsvpFromKey(q.value(3).toString()).value_or(Participation::Rsvp::Going);
    p.attended = q.value(4).toBool();
    p.walkIn = q.value(5).toBool();
    p.checkedInAt = SqlValues::toDateTime(q.value(6));
    p.waitlistOrder = SqlValues::toOptionalInt(q.value(7));
    p.feeDue = SqlValues::toOptionalInt(q.value(8));
    p.feePaid = SqlValues::toOptionalInt(q.value(9));
    p.paidAt = SqlValues::toDateTime(q.value(10));
    p.note = q.value(11).toString();
    p.registeredAt = SqlValues::toDateTime(q.value(12));
    p.minutesAttended = SqlValues::toOptionalInt(q.value(13));
    return p;
}

bool ParticipationRows::write(QSqlQuery &q, const QList<Participation> &rows)
{
    for (qsizetype from = 0; from < rows.size(); from += kRowsPerInsert) {
        const auto count = std::min<qsizetype>(kRowsPerInsert, rows.size() - from);
        const QString sql = insertRows(int(count));
        if (q.lastQuery() != sql && !q.prepare(sql))
            return false;
        for (qsizetype i = from; i < from + count; ++i)
            bindParticipation(q, rows.at(i));
        if (!q.exec())
            return false;
    }
    return true;
}

} // namespace offkai
