#pragma once

#include "core/Result.h"
#include "records/Member.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>

namespace offkai {

class MemberSearchIndex;
class MemberStatements;

/// What the organizer does to many selected members at once: tag, untag, change the status, approve
/// applicants. Each action runs in one transaction and emits membersReset.
class MemberBulkActions : public QObject
{
    Q_OBJECT
public:
    MemberBulkActions(MemberStatements &statements, MemberSearchIndex &search, QObject *parent = nullptr);

    Result<void> addTag(const QList<qint64> &ids, const QString &tag);
    Result<void> removeTag(const QList<qint64> &ids, const QString &tag);
    /// Sets the status; Left also sets the leave date to `today` where it is empty.
    Result<void> setStatus(const QList<qint64> &ids, Member::Status status,
                           const QDate &today = QDate::currentDate());
    /// Applicants become active, approved at `when`, joined on its local date where no join date is set.
    /// Members who are not applicants are left as they are.
    Result<void> approve(const QList<qint64> &ids, const QDateTime &when);

Q_SIGNALS:
    /// Many members changed: re-read everything.
    void membersReset();

private:
    /// Links (`add`) or unlinks `tag` for each of `ids` in one transaction, touching each member and
    /// reindexing those whose tags changed.
    Result<void> changeTag(const QList<qint64> &ids, const QString &tag, bool add);

    MemberStatements &m_statements;
    MemberSearchIndex &m_search;
};

} // namespace offkai
