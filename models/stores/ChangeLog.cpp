#include "ChangeLog.h"

#include "storage/Database.h"
#include "storage/SqlErrors.h"

#include <QSqlQuery>

namespace offkai {

ChangeLog::ChangeLog(Database &database)
    : m_database(database)
{}

bool ChangeLog::isKept() const
{
    return m_database.isServer();
}

Result<QList<ChangeLogEntry>> ChangeLog::latest(int limit, const QString &organizer) const
{
    QList<ChangeLogEntry> entries;
    if (!isKept() || limit <= 0)
        return entries;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Each entry with the name its record has now (none once deleted); participants by their event.
    query.prepare(QStringLiteral(
        "SELECT c.id, c.changed_at, c.organizer, c.table_name, c.row_id, c.operation, CASE c.table_name "
        "WHEN 'members' THEN (SELECT display_name FROM members WHERE id = c.row_id) "
        "WHEN 'events' THEN (SELECT title FROM events WHERE id = c.row_id) "
        "WHEN 'participations' THEN (SELECT title FROM events WHERE id = c.row_id) "
        "WHEN 'venues' THEN (SELECT name FROM venues WHERE id = c.row_id) "
        "WHEN 'reports' THEN (SELECT title FROM reports WHERE id = c.row_id) "
        "WHEN 'series' THEN (SELECT title FROM series WHERE id = c.row_id) END "
        "FROM change_log c WHERE ? = '' OR c.organizer = ? ORDER BY c.id DESC LIMIT ?"));
    // An empty string, not a null one (NULL = '' is not true).
    const QString who = organizer.isEmpty() ? QStringLiteral("") : organizer;
    query.addBindValue(who);
    query.addBindValue(who);
    query.addBindValue(limit);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the change history."));
    while (query.next()) {
        const auto kind = ChangeLogEntry::kindOfTable(query.value(3).toString());
        if (!kind)
            continue;
        ChangeLogEntry e;
        e.id = query.value(0).toLongLong();
        e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODate).toUTC();
        e.organizer = query.value(2).toString();
        e.kind = *kind;
        e.recordId = query.value(4).toLongLong();
        const QString op = query.value(5).toString();
        e.operation = op == QLatin1String("I")   ? ChangeLogEntry::Operation::Added
                      : op == QLatin1String("D") ? ChangeLogEntry::Operation::Deleted
                                                 : ChangeLogEntry::Operation::Changed;
        e.recordName = query.value(6).toString();
        if (!entries.isEmpty()) {
            const ChangeLogEntry &newer = entries.constLast();
            if (newer.organizer == e.organizer && newer.kind == e.kind && newer.recordId == e.recordId &&
                newer.at == e.at &&
                (newer.operation == e.operation || (newer.operation == ChangeLogEntry::Operation::Changed &&
                                                    e.operation == ChangeLogEntry::Operation::Added))) {
                // The same save seen twice (a row written, then its version or its parts): one entry, and
                // a row added and completed in one save reads as added.
                entries.last().operation = e.operation;
                continue;
            }
        }
        entries.append(e);
    }
    query.finish();
    return entries;
}

Result<QStringList> ChangeLog::organizers() const
{
    QStringList names;
    if (!isKept())
        return names;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT DISTINCT organizer FROM change_log ORDER BY organizer")))
        return SqlErrors::fromQuery(query, tr("Could not read the change history."));
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

} // namespace offkai
