#include "EventRestorer.h"

#include "storage/Database.h"
#include "storage/Transaction.h"
#include "stores/EventStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"

namespace offkai {

EventRestorer::EventRestorer(Workspace &workspace)
    : m_workspace(workspace)
{}

Result<EventSnapshot> EventRestorer::snapshot(qint64 id) const
{
    auto event = m_workspace.events().get(id);
    if (!event)
        return event.error();
    auto participations = m_workspace.participations().forEvent(id);
    if (!participations)
        return participations.error();
    return EventSnapshot{*event, *participations};
}

Result<void> EventRestorer::restore(const EventSnapshot &snapshot)
{
    Transaction tx(m_workspace.database().connection());
    if (!tx.isActive())
        return tx.error();
    if (auto inserted = m_workspace.events().insert(snapshot.event); !inserted)
        return inserted.error();
    if (!snapshot.participations.isEmpty()) {
        if (auto back = m_workspace.participations().replaceEvent(snapshot.event.id, snapshot.participations);
            !back)
            return back;
    }
    return tx.commit();
}

} // namespace offkai
