#include "BlogAccountStore.h"

#include "publishing/BlogEndpoint.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QUuid>

namespace offkai {

namespace {
/// Without a trailing slash, as BlogAccount::secretKey() reads it: an account keeps the same old-style
/// keychain key (which AccountSecrets still looks under) before and after it is stored.
QUrl normalizedUrl(const QUrl &url)
{
    return url.adjusted(QUrl::StripTrailingSlash);
}
} // namespace

BlogAccountStore::BlogAccountStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<void> BlogAccountStore::validateFields(const BlogAccount &a)
{
    if (a.name.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("The account name is empty. Give the blog account a name."));
    const QUrl &url = a.url;
    if (url.isEmpty())
        return Error(Error::Code::Invalid, tr("The blog address is empty. Enter the address of the blog."));
    if (!BlogEndpoint::isWebUrl(url))
        return Error(Error::Code::Invalid,
                     tr("The blog address must be a web address that starts with https://."));
    if (!url.userInfo().isEmpty())
        return Error(Error::Code::Invalid,
                     tr("The blog address must not contain a user name or password. Enter them in their own "
                        "fields."));
    if (url.scheme() != QLatin1String("https") && !BlogEndpoint::isLoopback(url))
        return Error(
            Error::Code::Invalid,
            tr("The blog address must start with https:// so that the password is never sent "
               "unencrypted (http:// is accepted only for this computer: localhost, 127.0.0.1, ::1)."));
    if (a.kind == BlogAccount::Kind::Hatena && !normalizedUrl(url).path().endsWith(QLatin1String("/atom")))
        return Error(Error::Code::Invalid,
                     tr("The blog address of a Hatena Blog must be its AtomPub root endpoint, such as "
                        "https://blog.hatena.ne.jp/ID/BLOG/atom (blog settings › Advanced › AtomPub)."));
    if (a.userName.trimmed().isEmpty())
        return Error(Error::Code::Invalid,
                     a.kind == BlogAccount::Kind::Hatena
                         ? tr("The Hatena ID is empty. Enter the Hatena ID that owns the API key.")
                         : tr("The user name is empty. Enter the WordPress user name that the application "
                              "password belongs to."));
    return {};
}

Result<void> BlogAccountStore::validate(const BlogAccount &account) const
{
    if (auto fields = validateFields(account); !fields)
        return fields;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM blog_accounts WHERE lower(name) = lower(?) AND id <> ?"));
    query.addBindValue(account.name.trimmed());
    query.addBindValue(account.id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not check the blog account names."));
    if (query.next())
        return Error(Error::Code::Invalid,
                     tr("Another blog account is already called “%1”. Choose another account name.")
                         .arg(account.name.trimmed()));
    return {};
}

Result<QList<BlogAccount>> BlogAccountStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, name, kind, url, user_name, created_at FROM blog_accounts ") +
                  where + QStringLiteral(" ORDER BY name, id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the blog accounts."));
    QList<BlogAccount> accounts;
    while (query.next()) {
        BlogAccount a;
        a.id = query.value(0).toLongLong();
        a.name = query.value(1).toString();
        a.kind = BlogAccount::kindFromKey(query.value(2).toString()).value_or(BlogAccount::Kind::WordPress);
        a.url = QUrl(query.value(3).toString());
        a.userName = query.value(4).toString();
        a.createdAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
        accounts.append(a);
    }
    return accounts;
}

Result<QList<BlogAccount>> BlogAccountStore::list() const
{
    return select({}, {});
}

Result<BlogAccount> BlogAccountStore::get(qint64 id) const
{
    auto accounts = select(QStringLiteral("WHERE id = ?"), {id});
    if (!accounts)
        return accounts.error();
    if (accounts->isEmpty())
        return Error(Error::Code::NotFound, tr("The blog account no longer exists."),
                     QStringLiteral("blog account %1").arg(id));
    return accounts->constFirst();
}

Result<BlogAccount> BlogAccountStore::byName(const QString &name) const
{
    auto accounts = select(QStringLiteral("WHERE name = ?"), {name.trimmed()});
    if (!accounts)
        return accounts.error();
    if (accounts->isEmpty())
        return Error(Error::Code::NotFound, tr("There is no blog account called “%1”.").arg(name.trimmed()),
                     QStringLiteral("blog account named %1").arg(name.trimmed()));
    return accounts->constFirst();
}

Result<qint64> BlogAccountStore::insert(const BlogAccount &account, const QString &keychainId)
{
    if (auto valid = validate(account); !valid)
        return valid.error();
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery query(m_database.connection());
    const SqlDialect dialect = SqlDialect::of(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO blog_accounts (id, name, kind, url, user_name, created_at, "
                                 "keychain_id) VALUES (") +
                  dialect.idOrNext(QStringLiteral("blog_accounts")) + QStringLiteral(", ?, ?, ?, ?, ?, ?)") +
                  dialect.returningId());
    query.addBindValue(account.id > 0 ? QVariant(account.id) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(SqlValues::text(account.name.trimmed()));
    query.addBindValue(BlogAccount::kindKey(account.kind));
    query.addBindValue(normalizedUrl(account.url).toString());
    query.addBindValue(SqlValues::text(account.userName.trimmed()));
    query.addBindValue(account.createdAt.isValid() ? account.createdAt.toUTC().toString(Qt::ISODate)
                                                   : SqlValues::now());
    query.addBindValue(keychainId.isEmpty() ? newKeychainId() : keychainId);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not add the blog account."));
    const qint64 returned = dialect.insertedId(query);
    const qint64 id = account.id > 0 ? account.id : returned;
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT changed();
    return id;
}

Result<void> BlogAccountStore::update(const BlogAccount &account)
{
    if (auto valid = validate(account); !valid)
        return valid;
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE blog_accounts SET name = ?, kind = ?, url = ?, user_name = ? WHERE id = ?"));
    query.addBindValue(SqlValues::text(account.name.trimmed()));
    query.addBindValue(BlogAccount::kindKey(account.kind));
    query.addBindValue(normalizedUrl(account.url).toString());
    query.addBindValue(SqlValues::text(account.userName.trimmed()));
    query.addBindValue(account.id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not save the blog account."));
    if (query.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, tr("The blog account no longer exists."),
                     QStringLiteral("blog account %1").arg(account.id));
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT changed();
    return {};
}

Result<void> BlogAccountStore::remove(qint64 id)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM blog_accounts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not delete the blog account."));
    if (query.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, tr("The blog account no longer exists."),
                     QStringLiteral("blog account %1").arg(id));
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT changed();
    return {};
}

Result<QString> BlogAccountStore::contentType(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT content_type FROM blog_accounts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the blog accounts."));
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> BlogAccountStore::setContentType(qint64 id, const QString &contentType)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE blog_accounts SET content_type = ? WHERE id = ?"));
    query.addBindValue(contentType.trimmed());
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not save the blog account."));
    return {};
}

Result<QString> BlogAccountStore::keychainId(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT keychain_id FROM blog_accounts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the blog accounts."));
    if (!query.next())
        return Error(Error::Code::NotFound, tr("The blog account no longer exists."),
                     QStringLiteral("blog account %1").arg(id));
    const QString keychainId = query.value(0).toString();
    if (keychainId.isEmpty()) // the schema fills it for every row; an empty one would be shared
        return Error(Error::Code::Invalid, tr("Could not read the blog accounts."),
                     QStringLiteral("blog account %1 has no keychain id").arg(id));
    return keychainId;
}

QString BlogAccountStore::newKeychainId()
{
    return QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex());
}

} // namespace offkai
