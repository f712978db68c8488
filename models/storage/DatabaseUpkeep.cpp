#include "DatabaseUpkeep.h"

#include "Backups.h"
#include "core/Log.h"
#include "Database.h"
#include "SqliteHandle.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#ifdef OFFKAI_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace offkai {

DatabaseUpkeep::DatabaseUpkeep(const QString &path, bool checkIntegrity, bool dailyBackup, const QDate &today,
                               QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_check(checkIntegrity)
    , m_backUp(dailyBackup)
    , m_today(today)
{}

DatabaseUpkeep::~DatabaseUpkeep()
{
    stop();
}

bool DatabaseUpkeep::hasWork() const
{
    return m_check || (m_backUp && !Backups(m_path).hasDaily(m_today));
}

void DatabaseUpkeep::start()
{
    if (m_thread || !hasWork())
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("database upkeep"));
    m_thread->start(QThread::LowPriority);
}

void DatabaseUpkeep::stop()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
}

bool DatabaseUpkeep::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DatabaseUpkeep::run()
{
    const QString name = QStringLiteral("offkai-upkeep-%1").arg(quintptr(this), 0, 16);
    std::optional<Error> damage;
    QString copied;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
#ifdef OFFKAI_HAVE_SQLITE3
            // Stopping interrupts a long check between two of SQLite's steps.
            if (sqlite3 *handle = SqliteHandle::of(db)) {
                sqlite3_progress_handler(
                    handle, 10000,
                    [](void *cancel) { return static_cast<std::atomic_bool *>(cancel)->load() ? 1 : 0; },
                    &m_cancel);
            }
#endif
            QSqlQuery query(db);
            // One read transaction for the check and the copy: one snapshot, however the window writes.
            const bool reading = query.exec(QStringLiteral("BEGIN")) &&
                                 query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
            if (reading && m_check && !m_cancel) {
                QStringList findings;
                if (query.exec(QStringLiteral("PRAGMA quick_check"))) {
                    while (query.next())
                        findings.append(query.value(0).toString());
                } else if (!m_cancel) {
                    findings.append(query.lastError().text());
                }
                if (!m_cancel && findings != QStringList{QStringLiteral("ok")})
                    damage = Database::damaged(m_path, findings.mid(0, 5).join(QStringLiteral("; ")));
            }
            if (reading && m_backUp && !damage && !m_cancel) {
                auto made = Backups(m_path).makeDaily(db, m_today, &m_cancel);
                if (made)
                    copied = *made;
                else if (!m_cancel)
                    qCWarning(lcStorage) << "daily backup failed:" << made.error().toString();
            }
            query.exec(QStringLiteral("COMMIT"));
        } else {
            qCWarning(lcStorage) << "upkeep could not open the database:" << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (m_cancel)
        return;
    QMetaObject::invokeMethod(
        this,
        [this, damage, copied] {
            if (damage)
                Q_EMIT damaged(*damage);
            Q_EMIT finished(copied);
        },
        Qt::QueuedConnection);
}

} // namespace offkai
