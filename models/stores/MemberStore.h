#pragma once

#include "core/Result.h"
#include "MemberAccounts.h"
#include "records/Member.h"

#include <QObject>
#include <QPair>
#include <QStringList>

namespace offkai {

class MemberSearchIndex;
class MemberStatements;
struct MemberSearchText;

/// The member records: a member with their emails, tags and answers to the join questions. Every write
/// runs in a transaction (nested writes become savepoints), keeps the search index in step and announces
/// what changed, except inside a bulk write (MemberBulkWrite), which does both once at its end.
///
/// The other jobs on the member tables have classes of their own, all made by MemberTables: the list
/// (MemberList), the search index (MemberSearchIndex), bulk writing (MemberBulkWrite), bulk actions
/// (MemberBulkActions), duplicates and merging (MemberDuplicates), and the occupation and join-question
/// catalogues (OccupationCatalog, JoinQuestionCatalog).
class MemberStore : public QObject
{
    Q_OBJECT
public:
    MemberStore(MemberStatements &statements, MemberSearchIndex &search, QObject *parent = nullptr);

    Result<Member> get(qint64 id) const;
    /// Checks a member before it is written; the message names the field.
    static Result<void> validate(const Member &member);
    /// The address rule validate() applies to each of a member's emails.
    static bool isValidEmail(const QString &email);
    /// Adds a member. A member with a non-zero id is re-created with that id (undo of a delete).
    Result<qint64> insert(const Member &member);
    /// The same for a member that has passed validate(), with `search` already computed as
    /// MemberSearchText::of(member): an import checks its rows and computes their text ahead, on another
    /// thread. (Debug builds assert that the member is valid.)
    Result<qint64> insert(const Member &member, const MemberSearchText &search);
    /// Writes an edit. A member read from the database (version ≠ 0) is written only over that version:
    /// if the row has changed since, nothing is written and the error is Error::Code::Conflict (get() then
    /// gives the row as it is now). The row's version goes up by one.
    Result<void> update(const Member &member);
    /// Writes `member` back as it was, its last-changed time included (the undo of an import's update).
    Result<void> putBack(const Member &member);
    Result<void> remove(qint64 id);

    /// The row writes behind insert, update and remove, for a caller that holds the transaction and
    /// announces the change itself (MemberDuplicates): no savepoint, no signal, no validation.
    Result<qint64> insertRow(const Member &member, const MemberSearchText &search);
    Result<void> updateRow(const Member &member);
    Result<void> removeRow(qint64 id);

    /// Members with `email` among their addresses, ignoring case, in id order.
    Result<QList<qint64>> idsWithEmail(const QString &email) const;
    /// The key of an address in member_emails.email_key (and of duplicate checks): trimmed, lower case.
    static QString emailKey(const QString &email);
    /// Members with an address whose emailKey() is `key`, in id order.
    Result<QList<qint64>> idsWithEmailKey(const QString &key) const;
    /// The primary address of each member that has one, in the order of `ids`, without repeats (ignoring
    /// case): a BCC list.
    Result<QStringList> emailsOf(const QList<qint64> &ids) const;

    /// Members whose account on `service` is `account` (compared as ServiceAccount::accountKey), in id
    /// order.
    Result<QList<qint64>> idsWithAccount(ServiceAccount::Service service, const QString &account) const;
    /// Every account on `service` (ServiceAccount::accountKey → member ids), for imports.
    Result<QHash<QString, QList<qint64>>> accountIndex(ServiceAccount::Service service) const;

    /// Members whose name is `name` once normalized without spaces (member_profiles.name_key), with their
    /// reading key, in id order.
    Result<QList<QPair<qint64, QString>>> namesakes(const QString &name) const;

    /// Every tag name in use or defined, in name order.
    Result<QStringList> tags() const;

Q_SIGNALS:
    void memberInserted(qint64 id);
    void memberUpdated(qint64 id);
    void memberRemoved(qint64 id);

private:
    /// The conflict error for `member`, whose row no longer has member.version (or is gone).
    Result<void> changedSince(const Member &member) const;
    Result<void> writeDetails(qint64 id, const Member &member, const MemberSearchText &search, bool isNew);
    Result<void> forgetEmails(qint64 id);

    MemberStatements &m_statements;
    MemberSearchIndex &m_search;
    MemberAccounts m_accounts;
};

} // namespace offkai
