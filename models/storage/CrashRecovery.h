#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace offkai {

/// What a crash can leave beside a database file, and the read-write open that puts it right.
///
/// SQLite finishes an interrupted write on the next read-write open: it rolls a hot rollback journal back
/// (a large member import runs with one, see BulkLoad) and replays the committed part of a write-ahead
/// log. A read-only connection cannot roll a journal back and reports the file as unreadable, so an
/// inspection that sees such leftovers must recover first: the file itself under the app's lock, or a
/// private copy when nothing may be changed (`offkai check`).
class CrashRecovery
{
    Q_DECLARE_TR_FUNCTIONS(offkai::CrashRecovery)
public:
    enum class Leftover
    {
        None,
        HotJournal,    ///< a `-journal` with a valid header: a write was interrupted; rolling back undoes it
        WriteAheadLog, ///< a non-empty `-wal`: the file was not closed; its committed part is kept
        StaleJournal,  ///< a `-journal` whose header was never written or already cleared: SQLite ignores
                       ///< it (the file was not written yet); it is removed
    };

    /// What lies beside `path` now (a journal wins over a log: it holds the unfinished write).
    static Leftover leftoverOf(const QString &path);
    /// True when `journal` starts with the rollback journal's magic number, as SQLite writes it before
    /// it changes the database file.
    static bool hasJournalHeader(const QString &journal);

    /// Opens `path` read-write and reads its schema, so that SQLite rolls back or replays what the crash
    /// left, then closes it (which checkpoints a log into the file). The caller holds the app's lock.
    /// Returns what was found; an error when SQLite could not open or read the file.
    static Result<Leftover> recover(const QString &path);

    /// Copies `path` with its journal or log into `folder` (same file names) and recovers the copy there.
    /// Returns the copy's path; the original and its side files are only read.
    static Result<QString> recoverCopy(const QString &path, const QString &folder);

    /// The sentence shown to the user (status bar, stderr) after `leftover` was recovered in `path`.
    static QString note(Leftover leftover, const QString &path);
};

} // namespace offkai
