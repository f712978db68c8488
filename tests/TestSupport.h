#pragma once

#include "core/Result.h"
#include "storage/Database.h"

#include <memory>
#include <QByteArray>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace offkai {
class Workspace;
} // namespace offkai

namespace offkai::test {

/// Isolates QStandardPaths/QSettings from the user's files and names the application as the app does.
void prepareEnvironment();
/// SHA-256 of a file's bytes, hex; empty when it cannot be read.
QByteArray checksum(const QString &path);
/// SHA-256 of an SQLite database file's bytes, hex, but for the file change counter (header bytes 24–27,
/// copied to 92–95). A large import leaves WAL mode for a rollback journal and comes back (BulkLoad); each
/// switch counts as a change of the file even when the import then rolls back. Every page, the rest of
/// the header included, must be as it was. Fold the write-ahead log in first (wal_checkpoint).
QByteArray databaseChecksum(const QString &path);
/// Every row of every table of `db` and its schema, hashed in a stable order: equal dumps mean equal
/// contents (the bytes of the file may still differ).
QByteArray contentDump(const QSqlDatabase &db);
/// Makes every later `statement` (INSERT, UPDATE or DELETE) on `table` for which `condition` holds (SQL over
/// NEW or OLD) fail, on this connection only: a TEMP trigger, which contentDump() does not see. For tests
/// of what a failure half-way through a write leaves. False when the trigger could not be made.
bool failWrites(const QSqlDatabase &db, const QString &statement, const QString &table,
                const QString &condition);
/// Opens (creating it) the database at `path` without daily backups, in a Workspace; null, with a
/// warning, when it cannot be opened. On a test server (onServer()), a team database stands for `path`.
std::unique_ptr<Workspace> openWorkspace(const QString &path);
/// Whether this run's stores work on a PostgreSQL test server: CTest sets OFFKAI_TEST_BACKEND=postgresql for
/// the `_pg` variants of the store tests, and `.ci/test` sets OFFKAI_TEST_SERVER to the address of the
/// throw-away cluster's maintenance database (`postgresql://user@/postgres?host=…`).
bool onServer();
/// The team database standing for the file `path` on the test server: one per path, created empty on first
/// use, so that a test reopening "the same file" reopens the same database.
QString serverAddressFor(const QString &path);
/// Database::open(path, options), or on a test server Database::openServer for the database standing for
/// `path` (onServer()).
Result<std::unique_ptr<Database>> openDatabase(const QString &path, const Database::Options &options);
/// Path of the built `offkai` binary (from the OFFKAI_BINARY environment variable).
QString offkaiBinary();

/// What a run of the binary left: its exit code (-1 when it did not finish), stdout and stderr.
struct CommandRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};
/// Runs the `offkai` binary as a script would, without a display: `set` is added to the environment and
/// the variables named in `unset` are removed.
CommandRun runOffkai(const QStringList &arguments, const QList<QPair<QString, QString>> &set = {},
                     const QStringList &unset = {});
/// Path of a fixture under tests/data.
QString testData(const QString &relative);
/// Creates a database at `path` at schema 0 with one table and a row (an SQLite file that is not Offkai's).
void writeForeignSqlite(const QString &path);

/// Types `text` into `widget` key by key, as a keyboard or an input method delivers it (any script).
void typeText(QObject *widget, const QString &text);

} // namespace offkai::test
