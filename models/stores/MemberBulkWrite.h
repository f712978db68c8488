#pragma once

#include "core/Result.h"

#include <QObject>

namespace offkai {

class MemberSearchIndex;
class MemberStatements;

/// A bulk write of members (an import), around MemberStore's inserts and updates.
///
/// Call begin() inside the caller's Transaction. Until end(), writes skip the per-row search index
/// maintenance, the per-row savepoints and the per-row signals, and keep their statements and the tag ids
/// they looked up; end() rebuilds the index in one pass and emits membersReset. A failed insert or update
/// may leave part of its row written: the caller must then roll its transaction back and call cancel().
class MemberBulkWrite : public QObject
{
    Q_OBJECT
public:
    MemberBulkWrite(MemberStatements &statements, MemberSearchIndex &search, QObject *parent = nullptr);

    /// `expectedRows`: how many members the caller means to write, when it knows; a write large enough to
    /// slim down (see setSlimThreshold) then does so from its first row.
    Result<void> begin(qint64 expectedRows = 0);
    Result<void> end();
    void cancel();
    bool isActive() const;
    /// Once a bulk write has inserted this many members, it drops the non-unique indexes of the member
    /// tables and the trigger that makes profile rows, and end() re-creates them (from their own
    /// definitions in sqlite_master) inside the caller's transaction, so its rollback restores them too.
    /// Duplicate lookups (MemberStore::idsWithEmail) then use an in-memory map. Negative (the default):
    /// automatic, MemberBulkSession::kSlimMinimumRows or a share of the members already there, whichever
    /// is more.
    void setSlimThreshold(qint64 rows);

Q_SIGNALS:
    /// The bulk write has ended or was cancelled: re-read every member.
    void membersReset();

private:
    MemberStatements &m_statements;
    MemberSearchIndex &m_search;
};

} // namespace offkai
