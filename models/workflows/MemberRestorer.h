#pragma once

#include "core/Result.h"
#include "records/MembersSnapshot.h"

namespace offkai {

class Workspace;

/// Undo of a change to existing members (bulk tag, status, approval, deletion): keeps the members as they
/// are, with their participations, and writes them back in one transaction.
class MemberRestorer
{
public:
    explicit MemberRestorer(Workspace &workspace);

    /// Members `ids` and every participation of theirs, as they are now.
    Result<MembersSnapshot> snapshot(const QList<qint64> &ids) const;
    /// Writes each member of `snapshot` back (re-creating with its id one deleted since) and puts their
    /// participations back, in one transaction: all of it or, after a failure, nothing.
    Result<void> restore(const MembersSnapshot &snapshot);
    /// Deletes members `ids` with their participations, in one transaction.
    Result<void> removeAll(const QList<qint64> &ids);

private:
    Workspace &m_workspace;
};

} // namespace offkai
