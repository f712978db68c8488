#pragma once

#include "core/Error.h"

#include <atomic>
#include <memory>
#include <optional>
#include <QDate>
#include <QObject>
#include <QString>

class QThread;

namespace offkai {

/// The work a database's opening owes that grows with the file: the full `quick_check` when
/// Database::open deferred it (Options::deferIntegrityCheck), and the day's first backup copy. The window
/// starts it once its first frame is painted, and it runs on a worker thread through a read-only
/// connection of its own, so that nothing waits for it. The worker reads inside one transaction: the check
/// and the copy see one committed snapshot while the window goes on writing through the write-ahead log,
/// and never copy a write in progress. A damaged file is not copied (a copy would only push an intact
/// older one out of the kept days).
///
/// Stopping (or destroying) gives the work up and waits for the worker: a copy in progress is removed, and
/// the next opening takes it again.
class DatabaseUpkeep : public QObject
{
    Q_OBJECT
public:
    DatabaseUpkeep(const QString &path, bool checkIntegrity, bool dailyBackup, const QDate &today,
                   QObject *parent = nullptr);
    ~DatabaseUpkeep() override;

    DatabaseUpkeep(const DatabaseUpkeep &) = delete;
    DatabaseUpkeep &operator=(const DatabaseUpkeep &) = delete;

    /// Whether there is anything to do: a deferred check, or no copy taken yet today.
    bool hasWork() const;
    /// Starts the worker (once) when there is work.
    void start();
    /// Gives the work up and waits for the worker to end.
    void stop();
    bool isRunning() const;

Q_SIGNALS:
    /// The check found the file damaged: `error` says so in the words opening uses, with the backup to
    /// restore. Emitted on the thread that made this object.
    void damaged(const offkai::Error &error);
    /// The work ended (also after `damaged`): `backupPath` is the copy made, or empty.
    void finished(const QString &backupPath);

private:
    void run();

    const QString m_path;
    const bool m_check;
    const bool m_backUp;
    const QDate m_today;
    std::atomic_bool m_cancel{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace offkai
