#include "ParticipationRows.h"

#include "storage/SqlDialect.h"
#include "storage/SqlValues.h"

#include <algorithm>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace offkai {

namespace {
const QString kColumns =
    QStringLiteral("p.event_id, p.member_id, p.role, p.rsvp, p.attended, p.walk_in, "
                   "p.checked_in_at, p.waitlist_order, p.fee_due, p.fee_paid, p.paid_at, "
                   "p.note, p.registered_at, p.minutes_attended");

/// "INSERT OR REPLACE … VALUES (…), (…)" for `rows` rows at once. Nothing refers to a participation
/// and no trigger watches one, so PostgreSQL's update of the row in place replaces it as SQLite does.
QString insertRows(int rows, const SqlDialect &dialect)
{
    QStringList tuples(rows, QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    static const QStringList columns = {
        QStringLiteral("event_id"),      QStringLiteral("member_id"),       QStringLiteral("role"),
        QStringLiteral("rsvp"),          QStringLiteral("attended"),        QStringLiteral("walk_in"),
        QStringLiteral("checked_in_at"), QStringLiteral("waitlist_order"),  QStringLiteral("fee_due"),
        QStringLiteral("fee_paid"),      QStringLiteral("paid_at"),         QStringLiteral("note"),
        QStringLiteral("registered_at"), QStringLiteral("minutes_attended")};
    return dialect.insertOrReplace() + QStringLiteral(" participations (") +
           columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ") +
           tuples.join(QStringLiteral(", ")) +
           dialect.replaceConflicts({QStringLiteral("event_id"), QStringLiteral("member_id")}, columns);
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
    const SqlDialect dialect(q.driver() && q.driver()->dbmsType() == QSqlDriver::PostgreSQL
                                 ? Backend::PostgreSql
                                 : Backend::Sqlite);
    // PostgreSQL updates a row once per statement: a block where one participation comes twice (the last
    // one wins, as SQLite's replace leaves it) is written a row at a time.
    const auto repeats = [&rows](qsizetype from, qsizetype count) {
        QSet<QPair<qint64, qint64>> seen;
        for (qsizetype i = from; i < from + count; ++i) {
            const QPair<qint64, qint64> key(rows.at(i).eventId, rows.at(i).memberId);
            if (seen.contains(key))
                return true;
            seen.insert(key);
        }
        return false;
    };
    for (qsizetype from = 0; from < rows.size(); from += kRowsPerInsert) {
        const auto count = std::min<qsizetype>(kRowsPerInsert, rows.size() - from);
        if (dialect.isPostgreSql() && count > 1 && repeats(from, count)) {
            // Written row by row below, then the loop goes on after them.
            for (qsizetype i = from; i < from + count; ++i) {
                const QString one = insertRows(1, dialect);
                if (q.lastQuery() != one && !q.prepare(one))
                    return false;
                bindParticipation(q, rows.at(i));
                if (!q.exec())
                    return false;
            }
            continue;
        }
        const QString sql = insertRows(int(count), dialect);
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
