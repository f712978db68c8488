#include "ServerConnection.h"

#include "core/Log.h"
#include "Migrations.h"
#include "ServerAddress.h"
#include "SqlErrors.h"
#include "TeamRoles.h"

#include <QSqlError>
#include <QSqlQuery>

namespace offkai {

namespace {
bool mentions(const QString &message, const char *what)
{
    return message.contains(QLatin1String(what), Qt::CaseInsensitive);
}
} // namespace

Error ServerConnection::connectionError(const QString &message, const ServerAddress &address)
{
    const QString where = address.toDisplayString();
    if (mentions(message, "password authentication failed") || mentions(message, "no password supplied") ||
        (mentions(message, "role") && mentions(message, "does not exist")))
        return Error(Error::Code::Unauthorized,
                     tr("The server at “%1” refused the user name or password. Check them and try again; "
                        "nothing was changed.")
                         .arg(where),
                     message);
    if (mentions(message, "server does not support SSL") || mentions(message, "SSL was required"))
        return Error(Error::Code::Insecure,
                     tr("The server at “%1” does not offer TLS, and Offkai sends passwords and members' "
                        "data to another machine only over verified TLS. Ask the server's administrator "
                        "to turn TLS on.")
                         .arg(where),
                     message);
    if (mentions(message, "certificate") || mentions(message, "SSL"))
        return Error(Error::Code::Insecure,
                     tr("The server at “%1” could not prove who it is: its TLS certificate was not "
                        "accepted. Check the address, or install the certificate authority the server's "
                        "administrator gives you (sslrootcert=…).")
                         .arg(where),
                     message);
    if (mentions(message, "database") && mentions(message, "does not exist"))
        return Error(Error::Code::NotFound,
                     tr("The server has no database “%1”. Check the address, or ask the administrator to "
                        "create it.")
                         .arg(address.database()),
                     message);
    if (mentions(message, "pg_hba.conf") || mentions(message, "permission denied"))
        return Error(Error::Code::Unauthorized,
                     tr("The server at “%1” does not let this user connect to the database “%2”. Ask its "
                        "administrator for access.")
                         .arg(where, address.database()),
                     message);
    return Error(Error::Code::Unreachable,
                 tr("Offkai could not reach the team database at “%1”. Check the address and your network, "
                    "and that the server is running.")
                     .arg(where),
                 message);
}

Result<void> ServerConnection::open(const QString &name, const ServerAddress &address,
                                    const QString &password)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isValid()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error(Error::Code::Sql,
                         tr("Offkai cannot open team databases: Qt's PostgreSQL driver is missing. Install "
                            "it (Debian: libqt6sql6-psql), then try again."),
                         QStringLiteral("QPSQL driver not available"));
        }
        db.setHostName(address.host());
        db.setPort(address.port());
        db.setDatabaseName(address.database());
        db.setUserName(address.user());
        db.setPassword(password.isEmpty() ? address.password() : password);
        db.setConnectOptions(address.connectOptions());
        if (db.open()) {
            if (auto session = prepareSession(db); !session) {
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                return session;
            }
            qCInfo(lcStorage) << "connected to" << address.toDisplayString();
            return {};
        }
        const QString message =
            db.lastError().databaseText().isEmpty() ? db.lastError().text() : db.lastError().databaseText();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return connectionError(message, address);
    }
}

Result<void> ServerConnection::prepareSession(QSqlDatabase db)
{
    QSqlQuery query(db);
    // One round trip. Custom plans: the member list's statements are prepared once, and a generic plan
    // (chosen after five runs, blind to the bound search term) walks every match of a common term where
    // the term's own plan walks the sort index for one page (60 ms against 8 ms for 東 on 100,000).
    if (!query.exec(QStringLiteral("SELECT set_config('TimeZone', 'UTC', false), "
                                   "set_config('client_encoding', 'UTF8', false), "
                                   "set_config('plan_cache_mode', 'force_custom_plan', false)")))
        return SqlErrors::fromQuery(query,
                                    tr("Offkai could not prepare the connection to the team database."));
    return {};
}

Result<int> ServerConnection::setUp(QSqlDatabase db, const ServerAddress &address,
                                    const Migrations &migrations)
{
    const QString where = address.toDisplayString();
    QSqlQuery query(db);
    // One round trip: whether the database is Offkai's, what else it holds, and what this user may do
    // there (read the version table; or, in an empty database, create tables).
    if (!query.exec(QStringLiteral("SELECT to_regclass('offkai_schema') IS NOT NULL, "
                                   "(SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = "
                                   "current_schema() AND tablename <> 'offkai_schema'), "
                                   "CASE WHEN to_regclass('offkai_schema') IS NOT NULL THEN "
                                   "has_table_privilege('offkai_schema', 'SELECT') END, "
                                   "has_schema_privilege(current_schema(), 'CREATE')")) ||
        !query.next())
        return SqlErrors::fromQuery(query, tr("Could not read the team database “%1”.").arg(where));
    const bool offkai = query.value(0).toBool();
    const qlonglong otherTables = query.value(1).toLongLong();
    const bool mayRead = query.value(2).toBool();
    const bool mayCreate = query.value(3).toBool();
    if (!offkai && otherTables > 0)
        return Error(Error::Code::NotSqlite,
                     tr("The database “%1” is not an Offkai team database: it already holds other tables. "
                        "Nothing was changed. Give Offkai an empty database of its own.")
                         .arg(address.database()),
                     QStringLiteral("%1 foreign tables").arg(otherTables));
    if (offkai && !mayRead)
        return Error(Error::Code::Unauthorized,
                     tr("The user %1 has no access to the team database “%2”. Ask its administrator to "
                        "add you with: offkai --server URL team add-organizer %1")
                         .arg(address.user(), where));
    if (!offkai && !mayCreate)
        return Error(Error::Code::Unauthorized,
                     tr("The database “%1” is empty, and the user %2 may not set it up for Offkai. Connect "
                        "once as the user who will administer it (the database's owner); they can then "
                        "add the others. Nothing was changed.")
                         .arg(address.database(), address.user()));
    if (!offkai) {
        if (auto named = TeamRoles::checkDatabaseName(db); !named)
            return named.error();
        // A new, empty database: the version table first, in its own transaction, so that a second Offkai
        // connecting at the same moment finds it and waits on the migration lock instead.
        if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS offkai_schema (version integer NOT NULL, "
                                       "only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row))")) ||
            !query.exec(
                QStringLiteral("INSERT INTO offkai_schema (version) VALUES (0) ON CONFLICT DO NOTHING")))
            return SqlErrors::fromQuery(query,
                                        tr("Offkai could not set up the team database “%1”.").arg(where));
        qCInfo(lcStorage) << "set up an empty team database" << where;
    }
    auto version = Migrations::userVersion(db);
    if (!version)
        return version.error();
    if (*version > migrations.latestVersion())
        return Error(Error::Code::NewerSchema,
                     tr("The team database “%1” was set up by a newer version of Offkai (schema %2; this "
                        "version understands up to %3). Update Offkai to open it. Nothing was changed.")
                         .arg(where)
                         .arg(*version)
                         .arg(migrations.latestVersion()));
    if (*version < migrations.latestVersion() && offkai) {
        // Only the tables' owner may alter them: an organizer or viewer opening a database that an older
        // Offkai set up would otherwise fail half-way into the first migration.
        if (!query.exec(QStringLiteral("SELECT tableowner, pg_has_role(current_user, tableowner, 'USAGE') "
                                       "FROM pg_tables WHERE schemaname = current_schema() AND tablename = "
                                       "'offkai_schema'")) ||
            !query.next())
            return SqlErrors::fromQuery(query, tr("Could not read the team database “%1”.").arg(where));
        if (!query.value(1).toBool())
            return Error(Error::Code::Unauthorized,
                         tr("The team database “%1” must be updated for this version of Offkai (schema %2 to "
                            "%3), and only its administrator, %4, can do that: ask them to open it once with "
                            "this version. Nothing was changed.")
                             .arg(where)
                             .arg(*version)
                             .arg(migrations.latestVersion())
                             .arg(query.value(0).toString()));
    }
    if (*version < migrations.latestVersion()) {
        if (auto named = TeamRoles::checkDatabaseName(db); !named)
            return named.error();
    }
    if (auto migrated = migrations.migrate(db); !migrated)
        return migrated.error();
    if (*version < migrations.latestVersion())
        if (auto granted = TeamRoles::grantToGroups(db); !granted)
            return granted.error();
    return *version;
}

} // namespace offkai
