#pragma once

#include "core/Result.h"
#include "publishing/SecretStore.h"
#include "records/BlogAccount.h"

namespace offkai {

class BlogAccountStore;
class SessionSecrets;

/// Where each blog account's password or API key is kept: the keychain entry "blog-account/<keychain id>"
/// (BlogAccountStore::keychainId()), one per account whatever its address and user; when no keychain works,
/// SessionSecrets holds it for the run under the same key.
///
/// Before schema version 7 the entry was named by the account's kind, user and address
/// (BlogAccount::secretKey(), the "old-style" key), which two accounts could share. read() moves such an
/// entry to the account's own key the first time it finds one; the old entry is deleted only once no other
/// account of this database still needs it. (The keychain is shared by all of the user's databases: another
/// database with an account at the same address and user then finds no secret and asks for it again.)
/// Keys never contain the secret, so they may be logged.
class AccountSecrets
{
public:
    explicit AccountSecrets(BlogAccountStore &accounts, SessionSecrets &session);
    /// With the application's SessionSecrets.
    explicit AccountSecrets(BlogAccountStore &accounts);
    AccountSecrets(const AccountSecrets &) = delete;
    AccountSecrets &operator=(const AccountSecrets &) = delete;

    static QString keyFor(const QString &keychainId);
    /// The account's own keychain key; the account must be stored.
    Result<QString> key(const BlogAccount &account) const;

    SecretStore &keychain() { return m_keychain; }

    /// The secret from the keychain, after moving an old-style entry to the account's own key when only
    /// that one exists. When the move cannot be written the old entry is kept and its secret returned.
    Result<QString> read(const BlogAccount &account);
    /// Into the keychain only; the caller decides what to do without one (SessionSecrets, or refuse).
    Result<void> write(const BlogAccount &account, const QString &secret);
    /// After `removed` was deleted from the store (under `key`, which key() gave before): deletes its
    /// keychain entry and session secret, and its old-style entry unless another account still needs it.
    Result<void> forget(const BlogAccount &removed, const QString &key);

private:
    /// Whether an account other than `accountId` still has only the old-style entry `oldKey` to go by.
    /// When that cannot be known (the keychain or the database fails), the answer is yes.
    bool oldEntryStillNeeded(qint64 accountId, const QString &oldKey);

    BlogAccountStore &m_accounts;
    SessionSecrets &m_session;
    SecretStore m_keychain;
};

} // namespace offkai
