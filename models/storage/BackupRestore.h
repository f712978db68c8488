#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace offkai {

class Backups;

/// Puts one of a database's backups in place of the database file.
///
/// All or nothing: the backup is named by its file name in the backup folder (no path), copied beside the
/// database and checked there (SQLite, `quick_check`, an Offkai schema no newer than this build) while
/// `<db>.lock` is held, so that no Offkai process has the file open. The current file, with its
/// write-ahead log, is then copied aside into the backup folder (`<base>-before-restore-<UTC>.sqlite`) and
/// the checked copy is renamed over it. Any refusal or failure leaves the current file as it was.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(offkai::BackupRestore)
public:
    struct Restored
    {
        QString backup;    ///< the path of the backup now in place
        QString keptAside; ///< where the previous file was copied; empty when there was none
    };

    explicit BackupRestore(const QString &databasePath);

    /// `name` is a file name as Backups::list() gives it. The database must not be open in this process.
    Result<Restored> restore(const QString &name,
                             const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    Result<QString> find(const Backups &backups, const QString &name) const;
    Result<void> stage(const QString &backup, const QString &incoming) const;
    Result<void> check(const QString &backup, const QString &incoming) const;
    Result<QString> keepAside(const Backups &backups, const QDateTime &now) const;
    Result<void> putInPlace(const QString &incoming) const;

    QString m_path;
};

} // namespace offkai
