#pragma once

#include "core/Result.h"

#include <atomic>
#include <optional>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace offkai {

/// Automatic copies of a database, kept in a folder beside it (`offkai.sqlite` → `offkai.sqlite.backups/`).
///
/// Copies are made with SQLite's online backup API, which copies a consistent snapshot (the write-ahead
/// log's committed content included) while the database stays open. Each copy is in a rollback journal
/// mode, so that it opens read-only without side files. A daily copy is taken the first time a database is
/// opened on a given day and the copies of the last `keepDays` days are kept; copies taken before a schema
/// migration or a restore are kept until removed by hand.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(offkai::Backups)
public:
    enum class Kind
    {
        Daily,
        BeforeMigration,
        BeforeRestore,
        BeforeImport, ///< taken before a member import too large to undo step by step
    };

    /// One copy in the folder.
    struct Copy
    {
        QString name; ///< the file name, which also identifies the copy (`backups restore NAME`)
        QString path;
        Kind kind = Kind::Daily;
        QDateTime taken; ///< UTC
        qint64 size = 0;
        int fromVersion = 0; ///< BeforeMigration: the schema it was taken at
        int toVersion = 0;   ///< BeforeMigration: the schema the migration went to
    };

    explicit Backups(const QString &databasePath, int keepDays = 7);

    QString folder() const { return m_folder; }
    int keepDays() const { return m_keepDays; }

    /// Takes today's copy unless one exists, then deletes daily copies older than keepDays.
    /// Returns the path of the copy made, or an empty string when today's copy already existed.
    /// With `cancel`, the copy is made in steps and given up (nothing left behind) once `*cancel` is set;
    /// the steps stay one snapshot when `db` holds a read transaction (DatabaseUpkeep does).
    Result<QString> makeDaily(QSqlDatabase db, const QDate &today,
                              const std::atomic_bool *cancel = nullptr) const;
    /// Whether today's daily copy exists.
    bool hasDaily(const QDate &today) const;

    /// Takes a copy before a migration from schema `from` to `to`.
    Result<QString> makeBeforeMigration(QSqlDatabase db, int from, int to, const QDateTime &now) const;

    /// Takes a copy before a restore replaces the database.
    Result<QString> makeBeforeRestore(QSqlDatabase db, const QDateTime &now) const;

    /// Takes a copy before a large member import (kept until removed by hand: it is that import's undo).
    Result<QString> makeBeforeImport(QSqlDatabase db, const QDateTime &now) const;
    /// The path a copy taken before a restore at `now` gets: unused, so that no copy is ever replaced.
    QString beforeRestorePath(const QDateTime &now) const;

    /// Writes a consistent copy of `db` to `target`, through `<target>.part`.
    Result<QString> copy(QSqlDatabase db, const QString &target,
                         const std::atomic_bool *cancel = nullptr) const;

    /// Every copy in the folder, newest first.
    QList<Copy> list() const;
    /// The newest copy, if there is one (for messages that suggest restoring).
    std::optional<Copy> newest() const;

    /// Daily copies present, newest first.
    QStringList dailyCopies() const;

    /// "daily", "before-migration", "before-restore": the command line's spelling.
    static QString kindKey(Kind kind);

private:
    Result<void> backUp(QSqlDatabase db, const QString &partial, const std::atomic_bool *cancel) const;
    QString dailyPath(const QDate &day) const;
    /// `<base>-<marker>-<stamp>.sqlite`, with -2, -3, … when copies are taken within the same second.
    QString unusedPath(const QString &marker, const QDateTime &now) const;
    Result<void> vacuumInto(QSqlDatabase db, const QString &partial) const;
    void prune(const QDate &today) const;
    std::optional<Copy> parse(const QString &name) const;

    QString m_folder;
    QString m_baseName;
    int m_keepDays;
};

} // namespace offkai
