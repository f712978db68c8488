#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace offkai {

/// The SQLite connection under an open QtSql connection, for the few jobs QtSql has no API for
/// (the online backup API, multi-row bulk writes).
class SqliteHandle
{
public:
    /// The connection's `sqlite3*`, or nullptr when it may not be used here: the driver is not QSQLITE, the
    /// connection is closed, or the plugin carries its own copy of SQLite (as Qt does on Windows and macOS),
    /// whose handle must never be passed to the library linked into Offkai.
    static sqlite3 *of(const QSqlDatabase &db);
};

} // namespace offkai
