#pragma once

#include "core/Result.h"
#include "records/Member.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace offkai {

class MemberStatements;

/// The rows of `member_accounts` (011_member_accounts.sql): a member's user name or id on each event
/// service. MemberStore reads and writes them with the rest of a member; imports look members up here.
class MemberAccounts
{
    Q_DECLARE_TR_FUNCTIONS(offkai::MemberAccounts)
public:
    explicit MemberAccounts(MemberStatements &statements);

    /// The member's accounts.
    Result<QMap<ServiceAccount::Service, QString>> of(qint64 memberId) const;
    /// Replaces the member's accounts with `accounts` (empty values are left out). `isNew`: the member has
    /// none yet, so nothing is deleted first.
    Result<void> write(qint64 memberId, const QMap<ServiceAccount::Service, QString> &accounts, bool isNew);
    /// Members whose account on `service` has the key ServiceAccount::accountKey(account), in id order.
    Result<QList<qint64>> idsWith(ServiceAccount::Service service, const QString &account) const;

    /// Every account on `service`: account key → member ids, for an import that looks up many rows.
    Result<QHash<QString, QList<qint64>>> index(ServiceAccount::Service service) const;

private:
    MemberStatements &m_statements;
};

} // namespace offkai
