#pragma once

#include "core/Error.h"
#include "records/Event.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class EventStore;

/// Changes an event (an edit in the editor, or a drag to another day); undo writes the old values back.
class EditEventCommand : public QUndoCommand
{
public:
    enum class Kind
    {
        Edit,
        Move
    };

    EditEventCommand(EventStore &store, Event before, Event after, std::function<void(const Error &)> onError,
                     Kind kind = Kind::Edit);

    void redo() override;
    void undo() override;

    qint64 eventId() const { return m_after.id; }

private:
    void write(const Event &event);

    EventStore &m_store;
    Event m_before;
    Event m_after;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
