#include "Database.h"

#include "Backups.h"
#include "core/Log.h"
#include "CrashRecovery.h"
#include "Migrations.h"
#include "ServerConnection.h"
#include "SqlErrors.h"
#include "TeamRoles.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

namespace offkai {

namespace {
QAtomicInt connectionCounter;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Writable, and not marked read-only. Root ignores permission bits, so QFileInfo::isWritable() alone
/// would let Offkai write into a file the user deliberately marked read-only.
bool markedWritable(const QFileInfo &info)
{
    const auto perms = info.permissions();
    return info.isWritable() &&
           (perms & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther));
}
} // namespace

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/offkai.sqlite");
}

int Database::supportedSchemaVersion()
{
    static const int version = Migrations().latestVersion();
    return version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    db->m_connectionPath = db->m_path;
    db->m_mode = options.mode;
    db->m_canWrite = options.mode != Mode::ReadOnly;
    db->m_ownerThread = QThread::currentThread();
    const QFileInfo file(db->m_path);
    const QFileInfo folder(file.absolutePath());
    const bool readOnly = options.mode == Mode::ReadOnly;

    if (file.exists()) {
        if (!file.isFile())
            return Error(Error::Code::NotSqlite, tr("“%1” is not a file.").arg(native(db->m_path)));
        QFile probe(db->m_path);
        if (!probe.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io,
                         tr("“%1” cannot be read: %2").arg(native(db->m_path), probe.errorString()));
        const QByteArray header = probe.read(16);
        if (probe.size() > 0 && header != QByteArrayLiteral("SQLite format 3\0"))
            return Error(
                Error::Code::NotSqlite,
                tr("“%1” is not an Offkai database: it is not an SQLite file. It was left untouched.")
                    .arg(native(db->m_path)));
        if (!readOnly && !markedWritable(file))
            return Error(
                Error::Code::ReadOnly,
                tr("“%1” is read-only. Offkai needs to write to its database: make the file writable, "
                   "or open a copy of it.")
                    .arg(native(db->m_path)));
    } else if (readOnly) {
        return Error(Error::Code::NotFound, tr("“%1” does not exist.").arg(native(db->m_path)));
    } else if (!QDir().mkpath(folder.absoluteFilePath())) {
        return Error(Error::Code::Io,
                     tr("The folder “%1” cannot be created.").arg(native(folder.absoluteFilePath())));
    }

    if (!readOnly) {
        QFileInfo freshFolder(folder.absoluteFilePath());
        if (!markedWritable(freshFolder))
            return Error(
                Error::Code::ReadOnly,
                tr("The folder “%1” is read-only. Offkai keeps its journal, lock and backups beside the "
                   "database: move the file to a folder you can write to.")
                    .arg(native(folder.absoluteFilePath())));
        db->m_lock = std::make_unique<QLockFile>(db->m_path + QStringLiteral(".lock"));
        // Never treat a live holder's lock as stale, however old; a dead holder's lock is taken over.
        db->m_lock->setStaleLockTime(0);
        if (!db->m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            db->m_lock->getLockInfo(&pid, &host, &app);
            if (db->m_lock->error() == QLockFile::LockFailedError)
                return Error(Error::Code::Locked,
                             tr("“%1” is already open in another Offkai window (process %2 on %3). "
                                "Close it there, then try again.")
                                 .arg(native(db->m_path))
                                 .arg(pid)
                                 .arg(host),
                             QStringLiteral("lock held by %1").arg(app));
            return Error(Error::Code::Io,
                         tr("Offkai could not create its lock file beside “%1”.").arg(native(db->m_path)));
        }
    }

    const bool existed = file.exists() && file.size() > 0;
    if (readOnly && !existed)
        return Error(Error::Code::NotSqlite,
                     tr("“%1” is empty: it is not an Offkai database. It was left untouched.")
                         .arg(native(db->m_path)));
    if (existed) {
        const int supported = options.migrationsFolder.isEmpty()
                                  ? supportedSchemaVersion()
                                  : Migrations(options.migrationsFolder).latestVersion();
        if (auto inspected = db->inspect(supported, options.deferIntegrityCheck && !readOnly); !inspected)
            return inspected.error();
        if (readOnly)
            return db;
    }
    if (auto opened = db->openConnection(false); !opened)
        return opened.error();
    if (auto pragmas = db->applyPragmas(); !pragmas)
        return pragmas.error();
    if (auto migrated = db->migrateAndBackUp(options); !migrated)
        return migrated.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openServer(const ServerAddress &address, const QString &password,
                                                       const Options &options)
{
    std::unique_ptr<Database> db(new Database);
    db->m_backend = Backend::PostgreSql;
    db->m_server = address;
    db->m_path = address.toDisplayString();
    db->m_connectionPath = db->m_path;
    db->m_mode = options.mode;
    db->m_ownerThread = QThread::currentThread();
    const QString name = QStringLiteral("offkai-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    if (auto opened = ServerConnection::open(name, address, password); !opened)
        return opened.error();
    db->m_connectionName = name;
    const Migrations migrations(options.migrationsFolder.isEmpty()
                                    ? Migrations::defaultFolder(Backend::PostgreSql)
                                    : options.migrationsFolder);
    if (auto ready = ServerConnection::setUp(db->connection(), address, migrations); !ready)
        return ready.error();
    auto writable = TeamRoles::canWrite(db->connection());
    if (!writable)
        return writable.error();
    db->m_canWrite = *writable && options.mode != Mode::ReadOnly;
    return db;
}

Result<void> Database::inspect(int supported, bool deferCheck)
{
    const CrashRecovery::Leftover leftover = CrashRecovery::leftoverOf(m_path);
    if (m_mode == Mode::ReadWrite && leftover != CrashRecovery::Leftover::None) {
        // Under the lock, so no other Offkai process is writing: what lies beside the file is a crash's.
        // A read-only inspection could not roll a hot journal back and would refuse an intact file.
        if (auto recovered = CrashRecovery::recover(m_path)) {
            m_recovered = true;
            m_recoveryNote = CrashRecovery::note(*recovered, m_path);
        }
    } else if (m_mode == Mode::ReadOnly && (leftover == CrashRecovery::Leftover::HotJournal ||
                                            (leftover == CrashRecovery::Leftover::WriteAheadLog &&
                                             !QFileInfo::exists(m_path + QStringLiteral(".lock"))))) {
        // Nothing may change: inspect a recovered copy. (A log beside a file another Offkai holds is
        // that process's own, read safely through SQLite's locks below.)
        m_inspectionCopy = std::make_unique<QTemporaryDir>();
        if (!m_inspectionCopy->isValid())
            return Error(
                Error::Code::Io,
                tr("Offkai could not create a temporary folder to inspect “%1”.").arg(native(m_path)));
        auto copy = CrashRecovery::recoverCopy(m_path, m_inspectionCopy->path());
        if (!copy)
            return copy.error();
        m_connectionPath = *copy;
        m_recoveryNote = tr("“%1” holds what an interrupted write left behind. It was checked as Offkai will "
                            "recover it when it next opens the file; the file itself was not changed.")
                             .arg(native(m_path));
    }

    // Inspect through a read-only connection: nothing, not even the WAL switch, touches the file yet.
    // Reading a WAL database makes SQLite create its -wal and -shm side files; the ones this inspection
    // creates are removed when it ends, so that a refused or checked file is left exactly as it was found.
    const QString wal = m_connectionPath + QStringLiteral("-wal");
    const QString shm = m_connectionPath + QStringLiteral("-shm");
    m_createdWal = !QFileInfo::exists(wal);
    m_createdShm = !QFileInfo::exists(shm);
    Result<void> outcome = openConnection(true);
    if (outcome)
        outcome = validate(supported, deferCheck);
    const bool keepOpen =
        m_mode == Mode::ReadOnly && (outcome || outcome.error().code() == Error::Code::NewerSchema);
    if (!keepOpen)
        closeInspection();
    return keepOpen ? Result<void>() : outcome;
}

void Database::closeInspection()
{
    if (m_connectionName.isEmpty())
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    const QString wal = m_connectionPath + QStringLiteral("-wal");
    if (m_createdWal && QFileInfo(wal).size() == 0)
        QFile::remove(wal);
    if (m_createdShm && !QFileInfo::exists(wal))
        QFile::remove(m_connectionPath + QStringLiteral("-shm"));
    m_createdWal = m_createdShm = false;
}

QString Database::damagedSentence(const QString &path, bool recovered)
{
    if (recovered)
        return tr("“%1” is damaged and cannot be opened, even after Offkai finished the interrupted write "
                  "it found beside it.")
            .arg(native(path));
    return tr("“%1” is damaged and cannot be opened. It was left untouched.").arg(native(path));
}

Error Database::corruption(const QString &findings) const
{
    return Error(Error::Code::Corrupt,
                 damagedSentence(m_path, m_recovered && m_mode == Mode::ReadWrite) + QLatin1Char(' ') +
                     restoreAdvice(m_path),
                 findings);
}

Error Database::damaged(const QString &path, const QString &findings)
{
    return Error(Error::Code::Corrupt, damagedSentence(path, false) + QLatin1Char(' ') + restoreAdvice(path),
                 findings);
}

QString Database::restoreAdvice(const QString &path)
{
    // The same list and order as File › Restore from Backup… and `offkai backups list`.
    const auto newest = Backups(path).newest();
    if (!newest)
        return tr("Offkai has no backup of it yet. Keep the file: it may still be repaired.");
    return tr("Restore it from a backup with File › Restore from Backup… (the newest is “%1”).")
        .arg(newest->name);
}

Database::~Database()
{
    for (const QString &name : std::as_const(m_threadConnections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    if (m_mode == Mode::ReadOnly)
        closeInspection(); // also removes the side files the inspection created
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<void> Database::openConnection(bool readOnly)
{
    if (m_connectionName.isEmpty())
        m_connectionName = QStringLiteral("offkai-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return Error(Error::Code::Sql,
                     tr("Offkai cannot open databases: the Qt SQLite driver is missing. Reinstall Offkai."),
                     QStringLiteral("QSQLITE driver not available"));
    db.setDatabaseName(m_connectionPath);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return SqlErrors::fromSql(db.lastError(), tr("Could not open “%1”.").arg(native(m_path)));
    return {};
}

Result<void> Database::validate(int supported, bool deferCheck)
{
    QSqlQuery query(connection());
    // The full check reads every page. It may wait when the file is at the current schema and no crash was
    // recovered: reading the schema still proves the header and the first pages sound (a file that is not
    // SQLite fails here). A file about to be migrated, or just recovered, is always checked in full first.
    if (deferCheck && !m_recovered) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next())
            return corruption(query.lastError().text());
        const auto version = Migrations::userVersion(connection());
        m_integrityCheckDeferred = version && *version == supported;
    }
    if (!m_integrityCheckDeferred) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check")))
            return corruption(query.lastError().text());
        QStringList findings;
        while (query.next())
            findings.append(query.value(0).toString());
        if (findings != QStringList{QStringLiteral("ok")})
            return corruption(findings.mid(0, 5).join(QStringLiteral("; ")));
    }
    auto version = Migrations::userVersion(connection());
    if (!version)
        return version.error();
    if (*version > supported)
        return Error(
            Error::Code::NewerSchema,
            tr("“%1” was saved by a newer version of Offkai (schema %2; this version understands up to "
               "%3). Update Offkai to open it. The file was left untouched.")
                .arg(native(m_path))
                .arg(*version)
                .arg(supported));
    return {};
}

Result<void> Database::applyPragmas()
{
    QSqlQuery query(connection());
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        // Every store write is a savepoint, and SQLite keeps a savepoint's undo pages in a temporary file by
        // default: dozens of writes per member row. In memory, a 100,000-member bulk write is ~20× faster.
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        // A search keystroke on 100,000 members touches a few thousand scattered pages (FTS doclists,
        // profiles); SQLite's default 2 MB cache rereads them from the OS on every key, 32 MB keeps them.
        // The cache only grows as pages are used.
        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return SqlErrors::fromQuery(
                query, tr("Offkai could not set up “%1” for safe writing.").arg(native(m_path)));
    }
    return {};
}

Result<void> Database::migrateAndBackUp(const Options &options)
{
    const Migrations migrations(options.migrationsFolder.isEmpty() ? Migrations::defaultFolder()
                                                                   : options.migrationsFolder);
    const Backups backups(m_path, options.keepBackupDays);
    const auto backUpFirst = [&](int from, int to) -> Result<void> {
        if (from == 0)
            return {}; // a new, empty file has nothing to lose
        auto copy = backups.makeBeforeMigration(connection(), from, to, QDateTime::currentDateTimeUtc());
        if (!copy)
            return copy.error();
        return {};
    };
    if (auto migrated = migrations.migrate(connection(), -1, backUpFirst); !migrated)
        return migrated;
    if (options.dailyBackup) {
        auto daily =
            backups.makeDaily(connection(), options.today.isValid() ? options.today : QDate::currentDate());
        if (!daily)
            qCWarning(lcStorage) << "daily backup failed:" << daily.error().toString();
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlDatabase Database::connectionForThisThread() const
{
    if (QThread::currentThread() == m_ownerThread)
        return connection();
    const QString name = m_connectionName + QStringLiteral("-t") +
                         QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connectionName, name);
    if (db.open()) {
        if (isServer()) {
            if (auto session = ServerConnection::prepareSession(db); !session)
                qCWarning(lcStorage) << "thread connection not prepared:" << session.error().detail();
        } else
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        m_threadConnections.append(name);
    }
    return db;
}

int Database::schemaVersion() const
{
    auto version = Migrations::userVersion(connection());
    return version ? *version : -1;
}

QString Database::backupFolder() const
{
    if (isServer())
        return {};
    return Backups(m_path).folder();
}

Result<QString> Database::integrityCheck() const
{
    if (isServer())
        return QStringLiteral("ok"); // the server keeps its own pages sound
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return SqlErrors::fromQuery(query, tr("Could not check “%1”.").arg(native(m_path)));
    QStringList findings;
    while (query.next())
        findings.append(query.value(0).toString());
    return findings.join(QLatin1Char('\n'));
}

} // namespace offkai

namespace offkai {

Result<QString> Database::copyToNewFile(const QString &target) const
{
    if (isServer())
        return Error(Error::Code::Invalid,
                     tr("A team database is saved as a file with: offkai team pull --server URL --db FILE"));
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (QFileInfo::exists(absolute) || QFileInfo(absolute).isSymLink())
        return Error(Error::Code::Invalid,
                     tr("“%1” already exists. Choose a new file name; Offkai never replaces a file with a "
                        "copy.")
                         .arg(QDir::toNativeSeparators(absolute)));
    // SQLite refuses, too, to write INTO a file that appeared meanwhile and is not empty.
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(absolute);
    if (!query.exec()) {
        if (QFileInfo(absolute).size() == 0)
            QFile::remove(absolute);
        return SqlErrors::fromQuery(
            query, tr("Could not write the copy “%1”.").arg(QDir::toNativeSeparators(absolute)));
    }
    qCInfo(lcStorage) << "copy written:" << absolute;
    return absolute;
}

} // namespace offkai
