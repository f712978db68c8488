#include "Backups.h"

#include "core/Log.h"
#include "SqlErrors.h"
#include "SqliteHandle.h"

#include <algorithm>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

#ifdef OFFKAI_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace offkai {

namespace {
const QLatin1String kDailyMarker("-daily-");
const QString kStampFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

QDateTime fromStamp(const QString &stamp)
{
    QDateTime taken = QDateTime::fromString(stamp, kStampFormat);
    taken.setTimeZone(QTimeZone::utc());
    return taken;
}
} // namespace

Backups::Backups(const QString &databasePath, int keepDays)
    : m_folder(QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".backups"))
    , m_baseName(QFileInfo(databasePath).completeBaseName())
    , m_keepDays(keepDays)
{}

Result<QString> Backups::copy(QSqlDatabase db, const QString &target, const std::atomic_bool *cancel) const
{
    if (!QDir().mkpath(m_folder))
        return Error(Error::Code::Io,
                     tr("Could not create the backup folder “%1”.").arg(QDir::toNativeSeparators(m_folder)));
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (auto written = backUp(db, partial, cancel); !written) {
        QFile::remove(partial);
        return written.error();
    }
    // The copy only gets its final name once complete, so a half-written copy is never mistaken for one.
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error(Error::Code::Io, tr("Could not write a backup copy of the database."),
                     QStringLiteral("rename to ") + target);
    }
    qCInfo(lcStorage) << "backup written:" << target;
    return target;
}

Result<void> Backups::backUp(QSqlDatabase db, const QString &partial, const std::atomic_bool *cancel) const
{
#ifdef OFFKAI_HAVE_SQLITE3
    sqlite3 *source = SqliteHandle::of(db);
    if (!source)
        return vacuumInto(db, partial);
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(partial.toUtf8().constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    const auto failed = [&](const char *step) -> Result<void> {
        const QString detail =
            QStringLiteral("%1: %2").arg(QLatin1String(step), QString::fromUtf8(sqlite3_errmsg(target)));
        sqlite3_close(target);
        return Error(Error::Code::Io, tr("Could not write a backup copy of the database."), detail);
    };
    if (rc != SQLITE_OK)
        return failed("open");
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        return failed("backup_init");
    // One step copies every page under one read lock, so the copy is a single snapshot. A cancellable
    // copy goes in steps of 1,024 pages; under the caller's read transaction they read one snapshot, and
    // without one SQLite restarts the copy when another connection writes between two steps. A busy source
    // (another process checkpointing) is waited for; a lasting one fails the copy.
    const int pagesPerStep = cancel ? 1024 : -1;
    int busy = 0;
    do {
        if (cancel && cancel->load()) {
            sqlite3_backup_finish(backup);
            sqlite3_close(target);
            return Error(Error::Code::Io, tr("The backup copy was given up."), QStringLiteral("cancelled"));
        }
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busy == 50)
                break;
            sqlite3_sleep(100);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        return failed("backup_step");
    // The copy's header says WAL, as its source's does. A WAL database can only be read where its -shm can
    // be created, so the copy goes back to a rollback journal: it then opens read-only anywhere.
    sqlite3_stmt *mode = nullptr;
    const bool rollback =
        sqlite3_prepare_v2(target, "PRAGMA journal_mode = DELETE", -1, &mode, nullptr) == SQLITE_OK &&
        sqlite3_step(mode) == SQLITE_ROW &&
        qstricmp(reinterpret_cast<const char *>(sqlite3_column_text(mode, 0)), "delete") == 0;
    sqlite3_finalize(mode);
    if (!rollback)
        return failed("journal_mode");
    if (sqlite3_close(target) != SQLITE_OK)
        return Error(Error::Code::Io, tr("Could not write a backup copy of the database."),
                     QStringLiteral("close"));
    return {};
#else
    Q_UNUSED(cancel)
    return vacuumInto(db, partial);
#endif
}

Result<void> Backups::vacuumInto(QSqlDatabase db, const QString &partial) const
{
    // Only when the backup API cannot be used (the SQL driver carries its own SQLite, or none is linked
    // here): VACUUM INTO also writes a consistent snapshot, through SQL alone.
    qCInfo(lcStorage) << "backup through VACUUM INTO:" << partial;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not write a backup copy of the database."));
    return {};
}

QString Backups::dailyPath(const QDate &day) const
{
    return m_folder + QLatin1Char('/') + m_baseName + kDailyMarker + day.toString(Qt::ISODate) +
           QStringLiteral(".sqlite");
}

bool Backups::hasDaily(const QDate &today) const
{
    return QFileInfo::exists(dailyPath(today));
}

Result<QString> Backups::makeDaily(QSqlDatabase db, const QDate &today, const std::atomic_bool *cancel) const
{
    const QString target = dailyPath(today);
    if (QFileInfo::exists(target)) {
        prune(today);
        return QString();
    }
    auto made = copy(db, target, cancel);
    if (made)
        prune(today);
    return made;
}

Result<QString> Backups::makeBeforeMigration(QSqlDatabase db, int from, int to, const QDateTime &now) const
{
    const QString target = m_folder + QLatin1Char('/') + m_baseName +
                           QStringLiteral("-before-v%1-to-v%2-").arg(from).arg(to) +
                           now.toUTC().toString(kStampFormat) + QStringLiteral(".sqlite");
    return copy(db, target);
}

Result<QString> Backups::makeBeforeRestore(QSqlDatabase db, const QDateTime &now) const
{
    return copy(db, beforeRestorePath(now));
}

QString Backups::beforeRestorePath(const QDateTime &now) const
{
    return unusedPath(QStringLiteral("restore"), now);
}

Result<QString> Backups::makeBeforeImport(QSqlDatabase db, const QDateTime &now) const
{
    return copy(db, unusedPath(QStringLiteral("import"), now));
}

QString Backups::unusedPath(const QString &marker, const QDateTime &now) const
{
    const QString stem = m_folder + QLatin1Char('/') + m_baseName + QStringLiteral("-before-") + marker +
                         QLatin1Char('-') + now.toUTC().toString(kStampFormat);
    QString path = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(path); ++n) // two copies within a second
        path = stem + QStringLiteral("-%1.sqlite").arg(n);
    return path;
}

std::optional<Backups::Copy> Backups::parse(const QString &name) const
{
    const QString base = QRegularExpression::escape(m_baseName);
    static const QString dailyPattern = QStringLiteral("^%1-daily-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$");
    static const QString migrationPattern =
        QStringLiteral("^%1-before-v(\\d+)-to-v(\\d+)-(\\d{8}T\\d{6}Z)\\.sqlite$");
    static const QString restorePattern =
        QStringLiteral("^%1-before-restore-(\\d{8}T\\d{6}Z)(-\\d+)?\\.sqlite$");
    static const QString importPattern =
        QStringLiteral("^%1-before-import-(\\d{8}T\\d{6}Z)(-\\d+)?\\.sqlite$");
    Copy copy;
    copy.name = name;
    copy.path = m_folder + QLatin1Char('/') + name;
    const QFileInfo info(copy.path);
    copy.size = info.size();
    if (const auto m = QRegularExpression(dailyPattern.arg(base)).match(name); m.hasMatch()) {
        copy.kind = Kind::Daily;
        const QDate day = QDate::fromString(m.captured(1), Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        // A copy is dated by its name's day; the file's time gives the hour, unless the file was copied
        // or touched on another day since.
        const QDateTime modified = info.lastModified();
        copy.taken = modified.date() == day ? modified.toUTC() : day.startOfDay().toUTC();
    } else if (const auto m = QRegularExpression(migrationPattern.arg(base)).match(name); m.hasMatch()) {
        copy.kind = Kind::BeforeMigration;
        copy.fromVersion = m.captured(1).toInt();
        copy.toVersion = m.captured(2).toInt();
        copy.taken = fromStamp(m.captured(3));
    } else if (const auto m = QRegularExpression(restorePattern.arg(base)).match(name); m.hasMatch()) {
        copy.kind = Kind::BeforeRestore;
        copy.taken = fromStamp(m.captured(1));
    } else if (const auto m = QRegularExpression(importPattern.arg(base)).match(name); m.hasMatch()) {
        copy.kind = Kind::BeforeImport;
        copy.taken = fromStamp(m.captured(1));
    } else {
        return std::nullopt;
    }
    if (!copy.taken.isValid())
        return std::nullopt;
    return copy;
}

QList<Backups::Copy> Backups::list() const
{
    QList<Copy> copies;
    const QStringList names =
        QDir(m_folder).entryList({m_baseName + QStringLiteral("-*.sqlite")}, QDir::Files);
    for (const QString &name : names) {
        if (auto copy = parse(name))
            copies.append(*copy);
    }
    std::sort(copies.begin(), copies.end(), [](const Copy &a, const Copy &b) {
        return a.taken != b.taken ? a.taken > b.taken : a.name > b.name;
    });
    return copies;
}

std::optional<Backups::Copy> Backups::newest() const
{
    const QList<Copy> copies = list();
    if (copies.isEmpty())
        return std::nullopt;
    return copies.constFirst();
}

QString Backups::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Daily:
        return QStringLiteral("daily");
    case Kind::BeforeMigration:
        return QStringLiteral("before-migration");
    case Kind::BeforeRestore:
        return QStringLiteral("before-restore");
    case Kind::BeforeImport:
        return QStringLiteral("before-import");
    }
    return {};
}

QStringList Backups::dailyCopies() const
{
    QStringList copies = QDir(m_folder).entryList({m_baseName + kDailyMarker + QStringLiteral("*.sqlite")},
                                                  QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &copy : copies)
        copy = m_folder + QLatin1Char('/') + copy;
    return copies;
}

void Backups::prune(const QDate &today) const
{
    const QDate oldestKept = today.addDays(-(m_keepDays - 1));
    for (const QString &copy : dailyCopies()) {
        const QString name = QFileInfo(copy).completeBaseName();
        const QDate date =
            QDate::fromString(name.mid(name.lastIndexOf(kDailyMarker) + kDailyMarker.size()), Qt::ISODate);
        if (date.isValid() && date < oldestKept) {
            if (QFile::remove(copy))
                qCInfo(lcStorage) << "old backup removed:" << copy;
        }
    }
}

} // namespace offkai
