#pragma once

#include "core/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace offkai {

/// Automatic copies of a database, kept in a folder beside it (`offkai.sqlite` → `offkai.sqlite.backups/`).
///
/// Copies are made with `VACUUM INTO`, which writes a consistent snapshot even while the database is in
/// WAL mode. A daily copy is taken the first time a database is opened on a given day and the copies of
/// the last `keepDays` days are kept; a copy taken before a schema migration is kept until removed by hand.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(offkai::Backups)
public:
    explicit Backups(const QString &databasePath, int keepDays = 7);

    QString folder() const { return m_folder; }
    int keepDays() const { return m_keepDays; }

    /// Takes today's copy unless one exists, then deletes daily copies older than keepDays.
    /// Returns the path of the copy made, or an empty string when today's copy already existed.
    Result<QString> makeDaily(QSqlDatabase db, const QDate &today) const;

    /// Takes a copy before a migration from schema `from` to `to`.
    Result<QString> makeBeforeMigration(QSqlDatabase db, int from, int to, const QDateTime &now) const;

    /// Daily copies present, newest first.
    QStringList dailyCopies() const;

private:
    Result<QString> vacuumInto(QSqlDatabase db, const QString &target) const;
    void prune(const QDate &today) const;

    QString m_folder;
    QString m_baseName;
    int m_keepDays;
};

} // namespace offkai
