#pragma once

#include <optional>
#include <QHash>
#include <QMutex>
#include <QString>

namespace offkai {

/// Secrets kept in memory for this run only, for when no keychain works: never written to the database,
/// QSettings, a file or the log, and overwritten (as far as Qt's shared strings allow) when removed.
class SessionSecrets
{
public:
    SessionSecrets() = default;
    ~SessionSecrets();
    SessionSecrets(const SessionSecrets &) = delete;
    SessionSecrets &operator=(const SessionSecrets &) = delete;

    /// The one store of the running application.
    static SessionSecrets &instance();

    void set(const QString &key, const QString &secret);
    std::optional<QString> get(const QString &key) const;
    bool contains(const QString &key) const;
    void remove(const QString &key);
    void clear();
    qsizetype size() const;

private:
    static void wipe(QString &secret);

    mutable QMutex m_mutex;
    QHash<QString, QString> m_secrets;
};

} // namespace offkai
