#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace offkai {

class Migrations;
class ServerAddress;

/// Opening a team database on a PostgreSQL server and making sure it is Offkai's, at this build's schema.
///
/// Every refusal (wrong password, unreachable server, no TLS where it is required, a database that is not
/// Offkai's or was set up by a newer Offkai, a user without the rights to set it up) is a translated
/// sentence saying what to do, and changes nothing on the server.
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ServerConnection)
public:
    /// Adds and opens the Qt connection `name` to `address`; on failure the connection is removed again.
    static Result<void> open(const QString &name, const ServerAddress &address, const QString &password);
    /// The session settings every connection to a team database starts with (UTC, so that times that
    /// Offkai stores as ISO text compare and convert as on SQLite).
    static Result<void> prepareSession(QSqlDatabase db);
    /// Checks that the database is empty or Offkai's and not newer than `migrations`, then brings it to the
    /// latest version. Returns the version it found before migrating.
    static Result<int> setUp(QSqlDatabase db, const ServerAddress &address, const Migrations &migrations);

    /// The refusal for a failed connection, from the driver's message.
    static Error connectionError(const QString &driverMessage, const ServerAddress &address);
};

} // namespace offkai
