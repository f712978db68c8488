#include "MemberRestorer.h"

#include "storage/Database.h"
#include "storage/Transaction.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"

namespace offkai {

MemberRestorer::MemberRestorer(Workspace &workspace)
    : m_workspace(workspace)
{}

Result<MembersSnapshot> MemberRestorer::snapshot(const QList<qint64> &ids) const
{
    MembersSnapshot snapshot;
    for (qint64 id : ids) {
        auto member = m_workspace.members().get(id);
        if (!member)
            return member.error();
        snapshot.members.append(*member);
    }
    auto participations = m_workspace.participations().forMembers(ids);
    if (!participations)
        return participations.error();
    snapshot.participations = *participations;
    return snapshot;
}

Result<void> MemberRestorer::restore(const MembersSnapshot &snapshot)
{
    MemberStore &members = m_workspace.members();
    Transaction tx(m_workspace.database().connection());
    if (!tx.isActive())
        return tx.error();
    for (Member member : snapshot.members) {
        // Put back as it was, over whatever version the change being undone left.
        member.version = 0;
        if (members.get(member.id).ok()) {
            if (auto updated = members.update(member); !updated)
                return updated;
        } else if (auto inserted = members.insert(member); !inserted) {
            return inserted.error();
        }
    }
    if (auto restored = m_workspace.participations().restore(snapshot.participations); !restored)
        return restored;
    return tx.commit();
}

Result<void> MemberRestorer::removeAll(const QList<qint64> &ids)
{
    Transaction tx(m_workspace.database().connection());
    if (!tx.isActive())
        return tx.error();
    for (qint64 id : ids) {
        if (auto removed = m_workspace.members().remove(id); !removed)
            return removed;
    }
    return tx.commit();
}

} // namespace offkai
