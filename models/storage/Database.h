#pragma once

#include "core/Result.h"
#include "ServerAddress.h"
#include "SqlDialect.h"

#include <memory>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

class QLockFile;
class QThread;
class QTemporaryDir;

namespace offkai {

/// One open Offkai database file: its SQLite connection, its lock and its schema.
///
/// Opening checks, in this order and before anything is written: that the file is SQLite, that it is
/// writable (file and folder), that no other Offkai process holds it, that `quick_check` passes and that
/// the schema is not newer than this build. Any refusal leaves the file byte-for-byte untouched, with
/// one exception: a journal or log left by a crash is first recovered (CrashRecovery), under the lock,
/// because only a read-write open can finish an interrupted write; a file still damaged after that is
/// refused. A read-only open (`offkai check`) changes nothing, and inspects a recovered copy instead.
/// Then it sets the pragmas, backs up and migrates an older schema, and takes the daily backup.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(offkai::Database)
public:
    enum class Mode
    {
        ReadWrite, ///< the normal mode: lock, migrate, back up
        ReadOnly,  ///< inspection only (`offkai check`): no lock, no migration, nothing written
    };

    struct Options
    {
        Mode mode = Mode::ReadWrite;
        bool dailyBackup = true;
        /// Skip the full `quick_check`, whose cost grows with the file, when the file needs neither a
        /// recovery nor a migration: the header, the schema and its version are still read and checked.
        /// The window opens this way and runs the check afterwards, off its thread (DatabaseUpkeep).
        bool deferIntegrityCheck = false;
        int keepBackupDays = 7;
        QString migrationsFolder; ///< empty: the bundled schema
        QDate today;              ///< empty: the current date (tests set it)
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options()); }
    static Result<std::unique_ptr<Database>> openServer(const ServerAddress &address, const QString &password)
    {
        return openServer(address, password, Options());
    }
    /// Opens a team database on a PostgreSQL server (ServerConnection): an empty database is set up, an
    /// older one migrated, anything else refused with nothing changed. `password` empty: the one in the
    /// address, else libpq's own sources (PGPASSWORD, ~/.pgpass). Options' mode, backups and integrity
    /// check do not apply: the server keeps its own data safe.
    static Result<std::unique_ptr<Database>> openServer(const ServerAddress &address, const QString &password,
                                                        const Options &options);

    /// `offkai.sqlite` in the platform's application data folder.
    static QString defaultPath();
    /// The schema version this build writes.
    static int supportedSchemaVersion();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The file's absolute path; for a team database, its address without password.
    QString path() const { return m_path; }
    Backend backend() const { return m_backend; }
    /// A team database on a server rather than the organizer's own file.
    bool isServer() const { return m_backend == Backend::PostgreSql; }
    /// The team database's address (meaningful when isServer()).
    const ServerAddress &server() const { return m_server; }
    /// The user the server knows this connection as (team databases), else empty.
    QString serverUser() const { return isServer() ? m_server.user() : QString(); }
    Mode mode() const { return m_mode; }
    /// Whether this connection may change the database: false for a read-only inspection and for a
    /// viewer of a team database (whose server refuses their writes; see TeamRoles).
    bool canWrite() const { return m_canWrite; }

    /// The connection of the thread that opened the database.
    QSqlDatabase connection() const;
    /// A connection for the calling thread, opened on first use and closed with the Database.
    QSqlDatabase connectionForThisThread() const;
    int schemaVersion() const;
    QString backupFolder() const;

    /// What opening had to recover after a crash (a sentence for the status bar or stderr), or empty.
    QString recoveryNote() const { return m_recoveryNote; }

    /// Whether opening skipped the full check (Options::deferIntegrityCheck): it is still owed.
    bool integrityCheckDeferred() const { return m_integrityCheckDeferred; }
    /// The refusal of a damaged file at `path` with `findings` from SQLite: what happened and how to
    /// restore from a backup. The same words whether opening or a later check found the damage.
    static Error damaged(const QString &path, const QString &findings);
    /// Runs `PRAGMA integrity_check` (full) and returns "ok" or SQLite's findings.
    Result<QString> integrityCheck() const;
    /// Writes a consistent copy of the database, as committed now, to `target`, a new file (VACUUM
    /// INTO): an existing file is refused and kept as it was. Returns the copy's absolute path.
    Result<QString> copyToNewFile(const QString &target) const;

private:
    Database() = default;
    Result<void> openConnection(bool readOnly);
    Result<void> applyPragmas();
    Result<void> inspect(int supportedVersion, bool deferCheck);
    void closeInspection();
    Result<void> validate(int supportedVersion, bool deferCheck);
    static QString damagedSentence(const QString &path, bool recovered);
    Error corruption(const QString &findings) const;
    static QString restoreAdvice(const QString &path);
    Result<void> migrateAndBackUp(const Options &options);

    QString m_path;
    QString m_connectionPath; ///< m_path, or a recovered copy of it that a read-only check inspects
    QString m_connectionName;
    QString m_recoveryNote;
    bool m_recovered = false;
    bool m_integrityCheckDeferred = false;
    bool m_createdWal = false; ///< the read-only inspection created these side files: remove them after
    bool m_createdShm = false;
    std::unique_ptr<QTemporaryDir> m_inspectionCopy;
    Mode m_mode = Mode::ReadWrite;
    bool m_canWrite = true;
    Backend m_backend = Backend::Sqlite;
    ServerAddress m_server;
    std::unique_ptr<QLockFile> m_lock;
    mutable QStringList m_threadConnections;
    QThread *m_ownerThread = nullptr;
};

} // namespace offkai
