#include "SqliteHandle.h"

#include "core/Log.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#ifdef OFFKAI_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace offkai {

sqlite3 *SqliteHandle::of(const QSqlDatabase &db)
{
#ifdef OFFKAI_HAVE_SQLITE3
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    auto *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return nullptr;
    // Two copies of SQLite in one process each keep their own state: the handle is only ours to use when
    // the plugin's SQLite reports the source id of the library linked here.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sqlite_source_id()")) || !query.next() ||
        query.value(0).toString() != QString::fromUtf8(sqlite3_sourceid())) {
        qCInfo(lcStorage) << "the SQL driver's SQLite is not" << sqlite3_sourceid();
        return nullptr;
    }
    return connection;
#else
    Q_UNUSED(db)
    return nullptr;
#endif
}

} // namespace offkai
