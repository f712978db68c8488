#include "SessionSecrets.h"

namespace offkai {

SessionSecrets::~SessionSecrets()
{
    clear();
}

SessionSecrets &SessionSecrets::instance()
{
    static SessionSecrets secrets;
    return secrets;
}

void SessionSecrets::wipe(QString &secret)
{
    // Overwrites the characters in place when this is the only copy; a shared copy is just released.
    if (secret.isDetached())
        secret.fill(QChar(0));
    secret.clear();
}

void SessionSecrets::set(const QString &key, const QString &secret)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_secrets.find(key);
    if (it != m_secrets.end())
        wipe(*it);
    m_secrets.insert(key, secret);
}

std::optional<QString> SessionSecrets::get(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        return std::nullopt;
    return *it;
}

bool SessionSecrets::contains(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_secrets.contains(key);
}

void SessionSecrets::remove(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_secrets.find(key);
    if (it == m_secrets.end())
        return;
    wipe(*it);
    m_secrets.erase(it);
}

void SessionSecrets::clear()
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        wipe(*it);
    m_secrets.clear();
}

qsizetype SessionSecrets::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_secrets.size();
}

} // namespace offkai
