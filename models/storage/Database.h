#pragma once

#include "core/Result.h"

#include <memory>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

class QLockFile;
class QThread;

namespace offkai {

/// One open Offkai database file: its SQLite connection, its lock and its schema.
///
/// Opening checks, in this order and before anything is written: that the file is SQLite, that it is
/// writable (file and folder), that no other Offkai process holds it, that `quick_check` passes and that
/// the schema is not newer than this build. Any refusal leaves the file byte-for-byte untouched.
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
        int keepBackupDays = 7;
        QString migrationsFolder; ///< empty: the bundled schema
        QDate today;              ///< empty: the current date (tests set it)
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options()); }

    /// `offkai.sqlite` in the platform's application data folder.
    static QString defaultPath();
    /// The schema version this build writes.
    static int supportedSchemaVersion();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    Mode mode() const { return m_mode; }
    /// The connection of the thread that opened the database.
    QSqlDatabase connection() const;
    /// A connection for the calling thread, opened on first use and closed with the Database.
    QSqlDatabase connectionForThisThread() const;
    int schemaVersion() const;
    QString backupFolder() const;

    /// Runs `PRAGMA integrity_check` (full) and returns "ok" or SQLite's findings.
    Result<QString> integrityCheck() const;

private:
    Database() = default;
    Result<void> openConnection(bool readOnly);
    Result<void> applyPragmas();
    Result<void> validate(int supportedVersion);
    Result<void> migrateAndBackUp(const Options &options);

    QString m_path;
    QString m_connectionName;
    Mode m_mode = Mode::ReadWrite;
    std::unique_ptr<QLockFile> m_lock;
    mutable QStringList m_threadConnections;
    QThread *m_ownerThread = nullptr;
};

} // namespace offkai
