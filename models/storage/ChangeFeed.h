#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

namespace offkai {

/// The changes other clients make to a team database, as they commit: listens on the channel
/// `offkai_change` that the schema's triggers notify ("<table> <I|U|D> <id>", see
/// resources/schema/postgresql/015_shared_editing.sql) and passes them on, gathered over a few
/// milliseconds so that an import of thousands of rows arrives as one batch. This connection's own changes
/// are left out: the stores announce those themselves. A SQLite file has no feed (start() returns false).
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kChannel = "offkai_change";
    /// How long notices are gathered before they are passed on: short enough for a change to show within a
    /// second, long enough that a transaction's thousands of notices (an import) make one batch.
    static constexpr int kGatherMs = 40;

    explicit ChangeFeed(QSqlDatabase connection, QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// Starts listening; false when the connection cannot notify (SQLite, or the server refused).
    bool start();
    bool isListening() const { return m_listening; }
    /// Listens again after the connection was reopened (a new session has no subscriptions).
    bool restart();

    /// A notice's parts; false for a payload that is not one of ours.
    static bool parse(const QString &payload, QString *table, QChar *operation, qint64 *id);

Q_SIGNALS:
    /// Rows of `table` that others inserted, updated or deleted (their ids, each once, in id order).
    void rowsChanged(const QString &table, const QList<qint64> &inserted, const QList<qint64> &updated,
                     const QList<qint64> &deleted);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void flush();

    struct Pending
    {
        QSet<qint64> inserted, updated, deleted;
        void add(QChar operation, qint64 id);
    };

    QSqlDatabase m_connection;
    QHash<QString, Pending> m_pending;
    QTimer m_gather;
    bool m_listening = false;
};

} // namespace offkai
