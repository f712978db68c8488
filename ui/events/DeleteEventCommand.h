#pragma once

#include "core/Error.h"
#include "records/Event.h"
#include "records/Participation.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class EventStore;
class ParticipationStore;

/// Deletes an event with its participations; undo re-creates the event with its id and puts every
/// participation back.
class DeleteEventCommand : public QUndoCommand
{
public:
    DeleteEventCommand(EventStore &events, ParticipationStore &participations, Event event,
                       QList<Participation> rows, std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

private:
    EventStore &m_events;
    ParticipationStore &m_participations;
    Event m_event;
    QList<Participation> m_rows;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
