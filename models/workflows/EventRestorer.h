#pragma once

#include "core/Result.h"
#include "records/EventSnapshot.h"

namespace offkai {

class Workspace;

/// Undo of an event's deletion: keeps the event with its participants and puts both back in one
/// transaction.
class EventRestorer
{
public:
    explicit EventRestorer(Workspace &workspace);

    /// Event `id` and its participations, as they are now.
    Result<EventSnapshot> snapshot(qint64 id) const;
    /// Re-creates the event with its id and puts every participation back, in one transaction: all of it
    /// or, after a failure, nothing.
    Result<void> restore(const EventSnapshot &snapshot);

private:
    Workspace &m_workspace;
};

} // namespace offkai
