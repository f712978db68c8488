#include "MemberAccounts.h"

#include "MemberStatements.h"
#include "SqlBinder.h"
#include "storage/SqlErrors.h"

#include <QSqlQuery>

namespace offkai {

MemberAccounts::MemberAccounts(MemberStatements &statements)
    : m_statements(statements)
{}

Result<QMap<ServiceAccount::Service, QString>> MemberAccounts::of(qint64 memberId) const
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    QSqlQuery &query = m_statements.cached(
        QStringLiteral("SELECT service, account FROM member_accounts WHERE member_id = ?"));
    query.addBindValue(memberId);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the member's accounts."));
    QMap<ServiceAccount::Service, QString> accounts;
    while (query.next()) {
        if (const auto service = ServiceAccount::fromKey(query.value(0).toString()))
            accounts.insert(*service, query.value(1).toString());
    }
    query.finish();
    return accounts;
}

Result<void> MemberAccounts::write(qint64 memberId, const QMap<ServiceAccount::Service, QString> &accounts,
                                   bool isNew)
{
    const QString what = tr("Could not save the member's accounts.");
    if (!isNew) {
        QSqlQuery &clear =
            m_statements.cached(QStringLiteral("DELETE FROM member_accounts WHERE member_id = ?"));
        clear.addBindValue(memberId);
        if (!clear.exec())
            return SqlErrors::fromQuery(clear, what);
    }
    if (accounts.isEmpty())
        return {};
    QSqlQuery &insert = m_statements.cached(SqlBinder::numbered(QStringLiteral(
        "INSERT INTO member_accounts (member_id, service, account, account_key) VALUES (?, ?, ?, ?)")));
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
        const QString account = it.value().trimmed();
        if (account.isEmpty())
            continue;
        SqlBinder(insert) << memberId << ServiceAccount::key(it.key()) << account
                          << ServiceAccount::accountKey(account);
        if (!insert.exec())
            return SqlErrors::fromQuery(insert, what);
    }
    return {};
}

Result<QList<qint64>> MemberAccounts::idsWith(ServiceAccount::Service service, const QString &account) const
{
    const QString key = ServiceAccount::accountKey(account);
    if (key.isEmpty())
        return QList<qint64>();
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    // Positional values: an import looks up every row, and named ones cost a search per value.
    QSqlQuery &query = m_statements.cached(QStringLiteral(
        "SELECT member_id FROM member_accounts WHERE service = ? AND account_key = ? ORDER BY member_id"));
    query.addBindValue(ServiceAccount::key(service));
    query.addBindValue(key);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not look up the member's account."));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.finish();
    return ids;
}

Result<QHash<QString, QList<qint64>>> MemberAccounts::index(ServiceAccount::Service service) const
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    QSqlQuery &query = m_statements.cached(QStringLiteral(
        "SELECT account_key, member_id FROM member_accounts WHERE service = ? ORDER BY member_id"));
    query.addBindValue(ServiceAccount::key(service));
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not look up the member's account."));
    QHash<QString, QList<qint64>> ids;
    while (query.next())
        ids[query.value(0).toString()].append(query.value(1).toLongLong());
    query.finish();
    return ids;
}

} // namespace offkai
