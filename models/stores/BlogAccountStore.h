#pragma once

#include "core/Result.h"
#include "records/BlogAccount.h"

#include <QObject>

namespace offkai {

class Database;

/// All SQL for blog accounts (table blog_accounts). The password or API key is never stored here: it lives
/// in the keychain under the account's keychain id (see AccountSecrets); removing an account does not touch
/// the keychain.
class BlogAccountStore : public QObject
{
    Q_OBJECT
public:
    explicit BlogAccountStore(Database &database, QObject *parent = nullptr);

    /// Every account, by name.
    Result<QList<BlogAccount>> list() const;
    Result<BlogAccount> get(qint64 id) const;
    /// The account called `name` (surrounding spaces ignored); NotFound when there is none.
    Result<BlogAccount> byName(const QString &name) const;

    /// Checks the fields (see validateFields) and that no other account has the same name.
    Result<void> validate(const BlogAccount &account) const;
    /// Name and user name set; url an http(s) address without user info, https:// unless the host is this
    /// computer; for Hatena Blog, the AtomPub root endpoint (ending in /atom). Messages name the field.
    static Result<void> validateFields(const BlogAccount &account);

    /// Adds the account under `keychainId` (a new one from newKeychainId() when empty).
    Result<qint64> insert(const BlogAccount &account, const QString &keychainId = {});
    Result<void> update(const BlogAccount &account);
    /// Deletes the account with its publication records (the posts on the blog stay).
    Result<void> remove(qint64 id);

    /// The random id that names the account's keychain entry: made when the account is added (or by schema
    /// version 7 for older accounts) and never changed by an edit.
    Result<QString> keychainId(qint64 id) const;
    /// 128 random bits in lower-case hex, as schema version 7 makes them.
    static QString newKeychainId();

    /// Hatena Blog: the `<content type>` the blog last answered (its editing mode), empty when not known.
    Result<QString> contentType(qint64 id) const;
    Result<void> setContentType(qint64 id, const QString &contentType);

Q_SIGNALS:
    void changed();

private:
    Result<QList<BlogAccount>> select(const QString &where, const QVariantList &values) const;

    Database &m_database;
};

} // namespace offkai
