#include "BackupRestore.h"

#include "Backups.h"
#include "core/Log.h"
#include "Database.h"
#include "Migrations.h"

#include <filesystem>
#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace offkai {

namespace {
QAtomicInt connectionCounter;
const QStringList kSideFiles = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// A connection of its own to one file, closed and removed when it goes out of scope.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, bool readOnly)
        : m_name(QStringLiteral("offkai-restore-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
    }
    ~ScopedConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

/// Flushes a file (or a folder's entries, after a rename) to the disk.
bool syncToDisk(const QString &path, bool folder = false)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(path).constData(), folder ? O_RDONLY : O_RDWR);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#elif defined(Q_OS_WIN)
    if (folder)
        return true; // NTFS journals the rename itself
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && _commit(file.handle()) == 0;
#else
    Q_UNUSED(path)
    Q_UNUSED(folder)
    return true;
#endif
}

bool isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

void removeWithSideFiles(const QString &path)
{
    QFile::remove(path);
    for (const QString &side : kSideFiles)
        QFile::remove(path + side);
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}
} // namespace

BackupRestore::BackupRestore(const QString &databasePath)
    : m_path(QFileInfo(databasePath).absoluteFilePath())
{}

Result<BackupRestore::Restored> BackupRestore::restore(const QString &name, const QDateTime &now) const
{
    const Backups backups(m_path);
    auto backup = find(backups, name);
    if (!backup)
        return backup.error();

    // The lock Database::open takes: while this holds it, no Offkai process can open the file, and none
    // has it open now.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        if (lock.error() == QLockFile::LockFailedError)
            return Error(
                Error::Code::Locked,
                tr("“%1” is open in Offkai (process %2 on %3), so it cannot be restored now. Close it "
                   "there, then restore again. The file was left as it was.")
                    .arg(native(m_path))
                    .arg(pid)
                    .arg(host),
                QStringLiteral("lock held by %1").arg(app));
        return Error(Error::Code::Io,
                     tr("Offkai could not create its lock file beside “%1”.").arg(native(m_path)));
    }

    const QString incoming = m_path + QStringLiteral(".restoring");
    if (auto staged = stage(*backup, incoming); !staged) {
        removeWithSideFiles(incoming);
        return staged.error();
    }
    QString keptAside;
    if (QFileInfo::exists(m_path)) {
        auto kept = keepAside(backups, now);
        if (!kept) {
            removeWithSideFiles(incoming);
            return kept.error();
        }
        keptAside = *kept;
    }
    if (auto placed = putInPlace(incoming); !placed) {
        removeWithSideFiles(incoming);
        if (!keptAside.isEmpty())
            removeWithSideFiles(keptAside);
        return placed.error();
    }
    qCInfo(lcStorage) << "restored" << *backup << "over" << m_path << "; previous file kept as" << keptAside;
    return Restored{*backup, keptAside};
}

Result<QString> BackupRestore::find(const Backups &backups, const QString &name) const
{
    // Only a plain file name: a path could reach any file on the disk.
    const bool plain = !name.isEmpty() && !name.contains(QLatin1Char('/')) &&
                       !name.contains(QLatin1Char('\\')) && !name.contains(QChar(0)) &&
                       name != QLatin1String(".") && name != QLatin1String("..") &&
                       !QDir::isAbsolutePath(name);
    if (!plain)
        return Error(Error::Code::Invalid,
                     tr("“%1” is not the name of a backup. Give a file name from the backup folder “%2”, "
                        "without a folder.")
                         .arg(name, native(backups.folder())));
    for (const Backups::Copy &copy : backups.list()) {
        // A link in the folder could point anywhere, so only real files count.
        if (copy.name == name && !QFileInfo(copy.path).isSymLink())
            return copy.path;
    }
    return Error(Error::Code::NotFound,
                 tr("There is no backup named “%1” in “%2”.").arg(name, native(backups.folder())));
}

Result<void> BackupRestore::stage(const QString &backup, const QString &incoming) const
{
    removeWithSideFiles(incoming);
    if (!isSqliteFile(backup))
        return Error(Error::Code::NotSqlite,
                     tr("The backup “%1” is not an SQLite database, so it was not restored. The current file "
                        "was left as it was.")
                         .arg(QFileInfo(backup).fileName()));
    // The copy is checked, not the backup itself: opening a database can write beside it (-wal, -shm),
    // and the backups stay as they were taken.
    if (!QFile::copy(backup, incoming))
        return Error(Error::Code::Io,
                     tr("Could not copy the backup beside “%1”. Check the free space on the disk. The file "
                        "was left as it was.")
                         .arg(native(m_path)),
                     QStringLiteral("copy to ") + incoming);
    const QFileInfo current(m_path);
    QFile::setPermissions(incoming, current.exists() ? current.permissions()
                                                     : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                           QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (auto checked = check(backup, incoming); !checked)
        return checked;
    if (!syncToDisk(incoming))
        return Error(Error::Code::Io,
                     tr("Could not copy the backup beside “%1”. Check the free space on the disk. The file "
                        "was left as it was.")
                         .arg(native(m_path)),
                     QStringLiteral("fsync ") + incoming);
    return {};
}

Result<void> BackupRestore::check(const QString &backup, const QString &incoming) const
{
    const QString name = QFileInfo(backup).fileName();
    ScopedConnection copy(incoming, false);
    QSqlQuery query(copy.db());
    QStringList findings;
    if (copy.isOpen() && query.exec(QStringLiteral("PRAGMA quick_check"))) {
        while (query.next())
            findings.append(query.value(0).toString());
    } else {
        findings.append(copy.isOpen() ? query.lastError().text() : copy.db().lastError().text());
    }
    if (findings != QStringList{QStringLiteral("ok")})
        return Error(Error::Code::Corrupt,
                     tr("The backup “%1” is damaged (it failed SQLite's check), so it was not restored. The "
                        "current file was left as it was.")
                         .arg(name),
                     findings.mid(0, 5).join(QStringLiteral("; ")));
    const bool hasVenues =
        query.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'venues'")) &&
        query.next();
    auto version = Migrations::userVersion(copy.db());
    if (!hasVenues || !version || *version < 1)
        return Error(Error::Code::NotSqlite,
                     tr("The backup “%1” is not an Offkai database, so it was not restored. The current file "
                        "was left as it was.")
                         .arg(name));
    const int supported = Database::supportedSchemaVersion();
    if (*version > supported)
        return Error(Error::Code::NewerSchema,
                     tr("The backup “%1” was saved by a newer version of Offkai (schema %2; this version "
                        "understands up to %3), so it was not restored. The current file was left as it was.")
                         .arg(name)
                         .arg(*version)
                         .arg(supported));
    return {};
}

Result<QString> BackupRestore::keepAside(const Backups &backups, const QDateTime &now) const
{
    // Read-only, so that nothing (not even a checkpoint on closing) changes the file before it is replaced;
    // the backup API copies the write-ahead log's committed content with the rest.
    const QString wal = m_path + QStringLiteral("-wal");
    const QString shm = m_path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    Result<QString> kept = QString();
    {
        ScopedConnection current(m_path, true);
        kept = current.isOpen() ? backups.makeBeforeRestore(current.db(), now)
                                : Result<QString>(Error(Error::Code::Io, QString(), QStringLiteral("open")));
    }
    if (!hadWal && QFileInfo(wal).size() == 0)
        QFile::remove(wal);
    if (!hadShm && !QFileInfo::exists(wal))
        QFile::remove(shm);
    if (kept)
        return kept;

    // A damaged file (the usual reason to restore) can defeat SQLite: its bytes are kept as they are,
    // with its log or journal beside them, where SQLite looks for them.
    qCWarning(lcStorage) << "keeping the current file aside byte for byte:" << kept.error().toString();
    const QString target = backups.beforeRestorePath(now);
    const Error failed(
        Error::Code::Io,
        tr("Could not keep a copy of “%1” in “%2”, so nothing was restored. Check the free space "
           "on the disk. The file was left as it was.")
            .arg(native(m_path), native(backups.folder())),
        kept.error().detail());
    if (!QDir().mkpath(backups.folder()) || !QFile::copy(m_path, target))
        return failed;
    for (const QString &side : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        if (QFileInfo(m_path + side).size() > 0 && !QFile::copy(m_path + side, target + side)) {
            removeWithSideFiles(target);
            return failed;
        }
    }
    if (!syncToDisk(target)) {
        removeWithSideFiles(target);
        return failed;
    }
    return target;
}

Result<void> BackupRestore::putInPlace(const QString &incoming) const
{
    // The old file's log, index and journal belong to it alone: replayed onto the restored file they
    // would damage it. They are moved out of the way first, and back if the rename fails.
    const QString replaced = m_path + QStringLiteral(".replaced");
    QStringList moved;
    const auto moveBack = [&] {
        for (const QString &side : std::as_const(moved))
            QFile::rename(replaced + side, m_path + side);
    };
    const Error failed(
        Error::Code::Io,
        tr("Could not put the backup in place of “%1”. The file was left as it was.").arg(native(m_path)));
    for (const QString &side : kSideFiles) {
        if (!QFileInfo::exists(m_path + side))
            continue;
        QFile::remove(replaced + side);
        if (!QFile::rename(m_path + side, replaced + side)) {
            moveBack();
            return failed;
        }
        moved.append(side);
    }
    // Replaces the file in one step (rename(2); MoveFileEx with MOVEFILE_REPLACE_EXISTING on Windows).
    std::error_code error;
    std::filesystem::rename(fsPath(incoming), fsPath(m_path), error);
    if (error) {
        moveBack();
        return Error(failed.code(), failed.message(), QString::fromStdString(error.message()));
    }
    for (const QString &side : std::as_const(moved))
        QFile::remove(replaced + side);
    syncToDisk(QFileInfo(m_path).absolutePath(), true);
    return {};
}

} // namespace offkai
