#include "LastChange.h"

#include "storage/SqlErrors.h"

#include <QSqlQuery>

namespace offkai {

Result<QString> LastChange::organizer(const QSqlDatabase &db, const QString &table, qint64 id,
                                      const QString &what)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return QString();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT organizer FROM change_log WHERE table_name = ? AND row_id = ? "
                                 "ORDER BY id DESC LIMIT 1"));
    query.addBindValue(table);
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace offkai
