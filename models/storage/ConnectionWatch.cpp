#include "ConnectionWatch.h"

#include "core/Log.h"
#include "ServerConnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace offkai {

ConnectionWatch::ConnectionWatch(QSqlDatabase connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
{
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (!alive())
            setLost();
    });
    m_heartbeat.start();
    alive(); // the change log's newest id, to catch up from
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (!reconnect())
            scheduleRetry();
    });
}

void ConnectionWatch::noteFailure(const Error &error)
{
    if (error.code() == Error::Code::Unreachable && m_connected && !alive())
        setLost();
}

bool ConnectionWatch::checkNow()
{
    if (m_connected) {
        if (alive())
            return true;
        setLost();
    }
    m_retry.stop();
    if (reconnect())
        return true;
    scheduleRetry();
    return false;
}

bool ConnectionWatch::alive()
{
    if (!m_connection.isOpen())
        return false;
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")) || !query.next())
        return false;
    if (m_connected)
        m_lastChange = query.value(0).toLongLong();
    return true;
}

void ConnectionWatch::setLost()
{
    if (!m_connected)
        return;
    m_connected = false;
    m_heartbeat.stop();
    m_interval = kFirstRetryMs;
    qCWarning(lcStorage) << "lost the connection to the team database" << m_connection.lastError().text();
    Q_EMIT lost();
    scheduleRetry();
}

void ConnectionWatch::scheduleRetry()
{
    m_retry.start(m_interval);
    m_interval = qMin(m_interval * 2, kLongestRetryMs);
}

bool ConnectionWatch::reconnect()
{
    // Statements prepared on the lost session go first: freeing them later, on the new session, would
    // fail inside the next save's transaction.
    Q_EMIT aboutToReconnect();
    // The driver keeps the address, user and password it opened with.
    m_connection.close();
    if (!m_connection.open() || !ServerConnection::prepareSession(m_connection) || !alive()) {
        qCInfo(lcStorage) << "team database still unreachable:" << m_connection.lastError().text();
        return false;
    }
    m_connected = true;
    m_interval = kFirstRetryMs;
    m_heartbeat.start();
    qCInfo(lcStorage) << "reconnected to the team database";
    Q_EMIT restored();
    return true;
}

} // namespace offkai
