#pragma once

#include "core/Error.h"

#include <QSqlError>
#include <QSqlQuery>

namespace offkai {

/// Turns SQLite failures into Errors whose message tells the user what happened and what to do.
class SqlErrors
{
    Q_DECLARE_TR_FUNCTIONS(offkai::SqlErrors)
public:
    /// `what` is a short translated phrase for the work that failed ("Could not save the venue.").
    static Error fromSql(const QSqlError &error, const QString &what);
    static Error fromQuery(const QSqlQuery &query, const QString &what);

    /// SQLite's primary result code (SQLITE_FULL = 13, …) from a driver error, or -1.
    static int primaryCode(const QSqlError &error);
};

} // namespace offkai
