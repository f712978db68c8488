#pragma once

#include "core/Result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace offkai {

/// Notices that the connection to a team database was lost and brings it back.
///
/// A light query every few seconds (and at once when a store reports Error::Code::Unreachable through
/// noteFailure) tells a dead connection; then it reconnects on a growing interval (1, 2, 4 … at most 15
/// seconds) until the server answers, and says so. A save that failed meanwhile wrote nothing (each save
/// is one transaction, which the server rolls back with the connection); the window keeps what was typed
/// and saves it again on restored().
class ConnectionWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kHeartbeatMs = 5000;
    static constexpr int kFirstRetryMs = 1000;
    static constexpr int kLongestRetryMs = 15000;

    explicit ConnectionWatch(QSqlDatabase connection, QObject *parent = nullptr);

    bool isConnected() const { return m_connected; }
    /// How often a live connection is checked (kHeartbeatMs unless a test wants it sooner).
    void setHeartbeatInterval(int ms) { m_heartbeat.setInterval(ms); }
    /// When the next attempt to reconnect is due, in milliseconds (0 while connected).
    int retryInterval() const { return m_connected ? 0 : m_retry.interval(); }
    /// The change log's newest id at the last check that reached the server: what others changed while
    /// the connection was lost comes after it (RemoteChanges::catchUp).
    qint64 lastChangeSeen() const { return m_lastChange; }

    /// A store's failure: a lost connection (Unreachable) is checked at once.
    void noteFailure(const Error &error);
    /// Checks the connection now; on a lost one, tries to reconnect. Returns whether it is connected.
    bool checkNow();

Q_SIGNALS:
    void lost();
    /// The connection is about to be opened again: drop what was prepared on the old session.
    void aboutToReconnect();
    /// The connection is back (a new session on the server: notifications must be listened to again).
    void restored();

private:
    bool alive();
    bool reconnect();
    void setLost();
    void scheduleRetry();

    QSqlDatabase m_connection;
    QTimer m_heartbeat;
    QTimer m_retry;
    int m_interval = kFirstRetryMs;
    qint64 m_lastChange = 0;
    bool m_connected = true;
};

} // namespace offkai
