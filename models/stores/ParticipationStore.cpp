#include "ParticipationStore.h"

#include "storage/Database.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace offkai {

ParticipationStore::ParticipationStore(Database &database)
    : m_database(database)
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
    query.prepare(QStringLiteral("SELECT event_id, member_id, role, rsvp, attended, walk_in, checked_in_at "
                                 "FROM participations WHERE member_id = ? ORDER BY event_id"));
    for (qint64 id : memberIds) {
        query.addBindValue(id);
        if (!query.exec())
            return SqlErrors::fromQuery(query, tr("Could not read the member's events."));
        while (query.next()) {
            Participation p;
            p.eventId = query.value(0).toLongLong();
            p.memberId = query.value(1).toLongLong();
            p.role = query.value(2).toString();
            p.rsvp = query.value(3).toString();
            p.attended = query.value(4).toBool();
            p.walkIn = query.value(5).toBool();
            p.checkedInAt = SqlValues::toDateTime(query.value(6));
            rows.append(p);
        }
    }
    return rows;
}

Result<void> ParticipationStore::restore(const QList<Participation> &rows)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO participations (event_id, member_id, role, rsvp, attended, "
                       "walk_in, checked_in_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const Participation &p : rows) {
        query.addBindValue(p.eventId);
        query.addBindValue(p.memberId);
        query.addBindValue(p.role);
        query.addBindValue(p.rsvp);
        query.addBindValue(p.attended ? 1 : 0);
        query.addBindValue(p.walkIn ? 1 : 0);
        query.addBindValue(SqlValues::dateTimeOrNull(p.checkedInAt));
        if (!query.exec())
            return SqlErrors::fromQuery(query, tr("Could not restore the member's events."));
    }
    return tx.commit();
}

} // namespace offkai
