#pragma once

#include "core/Error.h"
#include "records/Event.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class EventStore;

/// Adds an event; undo deletes it, redo re-creates it with the same id.
class AddEventCommand : public QUndoCommand
{
public:
    AddEventCommand(EventStore &store, Event event, std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

    qint64 eventId() const { return m_event.id; }

private:
    EventStore &m_store;
    Event m_event;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
