#include "ChangeFeed.h"

#include "core/Log.h"

#include <algorithm>

namespace offkai {

ChangeFeed::ChangeFeed(QSqlDatabase connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherMs);
    connect(&m_gather, &QTimer::timeout, this, &ChangeFeed::flush);
}

ChangeFeed::~ChangeFeed()
{
    if (m_listening && m_connection.isOpen())
        m_connection.driver()->unsubscribeFromNotification(QString::fromLatin1(kChannel));
}

bool ChangeFeed::start()
{
    if (m_listening)
        return true;
    QSqlDriver *driver = m_connection.driver();
    if (!m_connection.isOpen() || !driver || !driver->hasFeature(QSqlDriver::EventNotifications) ||
        m_connection.driverName() != QLatin1String("QPSQL"))
        return false;
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification);
    m_listening = driver->subscribeToNotification(QString::fromLatin1(kChannel));
    if (!m_listening)
        disconnect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification);
    return m_listening;
}

bool ChangeFeed::restart()
{
    if (m_listening)
        if (QSqlDriver *driver = m_connection.driver())
            disconnect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification);
    m_listening = false;
    return start();
}

bool ChangeFeed::parse(const QString &payload, QString *table, QChar *operation, qint64 *id)
{
    const QStringList parts = payload.split(QLatin1Char(' '));
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).size() != 1)
        return false;
    const QChar op = parts.at(1).at(0);
    if (op != QLatin1Char('I') && op != QLatin1Char('U') && op != QLatin1Char('D'))
        return false;
    bool ok = false;
    const qint64 value = parts.at(2).toLongLong(&ok);
    if (!ok || value <= 0)
        return false;
    *table = parts.at(0);
    *operation = op;
    *id = value;
    return true;
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                const QVariant &payload)
{
    if (name != QLatin1String(kChannel) || source == QSqlDriver::SelfSource)
        return;
    QString table;
    QChar op;
    qint64 id = 0;
    if (!parse(payload.toString(), &table, &op, &id)) {
        qCWarning(lcStorage) << "unknown change notice" << payload.toString();
        return;
    }
    m_pending[table].add(op, id);
    if (!m_gather.isActive())
        m_gather.start();
}

void ChangeFeed::Pending::add(QChar op, qint64 id)
{
    // A row inserted and then updated in one batch is reported as inserted; a deleted one only as deleted;
    // one deleted and inserted again (an undo) as inserted.
    if (op == QLatin1Char('D')) {
        inserted.remove(id);
        updated.remove(id);
        deleted.insert(id);
    } else if (deleted.remove(id) || op == QLatin1Char('I')) {
        updated.remove(id);
        inserted.insert(id);
    } else if (!inserted.contains(id)) {
        updated.insert(id);
    }
}

void ChangeFeed::flush()
{
    const QHash<QString, Pending> batch = std::exchange(m_pending, {});
    for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
        auto sorted = [](const QSet<qint64> &ids) {
            QList<qint64> list(ids.cbegin(), ids.cend());
            std::sort(list.begin(), list.end());
            return list;
        };
        Q_EMIT rowsChanged(it.key(), sorted(it->inserted), sorted(it->updated), sorted(it->deleted));
    }
}

} // namespace offkai
