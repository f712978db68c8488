#include "AccountSecrets.h"

#include "publishing/PublishingLog.h"
#include "publishing/SessionSecrets.h"
#include "stores/BlogAccountStore.h"

namespace offkai {

AccountSecrets::AccountSecrets(BlogAccountStore &accounts, SessionSecrets &session)
    : m_accounts(accounts)
    , m_session(session)
{}

AccountSecrets::AccountSecrets(BlogAccountStore &accounts)
    : AccountSecrets(accounts, SessionSecrets::instance())
{}

QString AccountSecrets::keyFor(const QString &keychainId)
{
    return QStringLiteral("blog-account/") + keychainId;
}

Result<QString> AccountSecrets::key(const BlogAccount &account) const
{
    auto id = m_accounts.keychainId(account.id);
    if (!id)
        return id.error();
    return keyFor(*id);
}

Result<QString> AccountSecrets::read(const BlogAccount &account)
{
    auto own = key(account);
    if (!own)
        return own.error();
    auto stored = m_keychain.read(*own);
    if (stored || !SecretStore::isNotFound(stored.error()))
        return stored;
    const QString oldKey = account.secretKey();
    auto old = m_keychain.read(oldKey);
    if (!old)
        return stored; // "no password is saved": the account's own entry is the one that is missing
    if (auto moved = m_keychain.write(*own, *old); !moved) {
        // Usable as it is; the move is tried again next time.
        qCInfo(lcPublishing).noquote()
            << "keychain entry" << oldKey << "not moved:" << moved.error().detail();
        return old;
    }
    qCInfo(lcPublishing).noquote() << "keychain entry" << oldKey << "moved to" << *own;
    if (!oldEntryStillNeeded(account.id, oldKey))
        (void)m_keychain.remove(oldKey);
    return old;
}

Result<void> AccountSecrets::write(const BlogAccount &account, const QString &secret)
{
    auto own = key(account);
    if (!own)
        return own.error();
    return m_keychain.write(*own, secret);
}

Result<void> AccountSecrets::forget(const BlogAccount &removed, const QString &key)
{
    m_session.remove(key);
    auto done = m_keychain.remove(key);
    const QString oldKey = removed.secretKey();
    if (!oldEntryStillNeeded(removed.id, oldKey))
        (void)m_keychain.remove(oldKey);
    return done;
}

bool AccountSecrets::oldEntryStillNeeded(qint64 accountId, const QString &oldKey)
{
    auto accounts = m_accounts.list();
    if (!accounts)
        return true;
    for (const BlogAccount &other : std::as_const(*accounts)) {
        if (other.id == accountId || other.secretKey() != oldKey)
            continue;
        // An account that has its own entry no longer reads the old one.
        auto otherKey = key(other);
        if (!otherKey || !m_keychain.read(*otherKey))
            return true;
    }
    return false;
}

} // namespace offkai
