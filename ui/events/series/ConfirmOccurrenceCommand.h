#pragma once

#include "core/Error.h"
#include "records/Event.h"
#include "records/Participation.h"

#include <functional>
#include <QDate>
#include <QUndoCommand>

namespace offkai {

class EventStore;
class ParticipationStore;
class SeriesSlotStore;

/// Confirms an occurrence of a series as a real event (SeriesSlotStore::confirm: its speaker becomes a
/// participant). Undo deletes that event; redo re-creates it with the same id and participants.
class ConfirmOccurrenceCommand : public QUndoCommand
{
public:
    ConfirmOccurrenceCommand(SeriesSlotStore &slots, EventStore &events, ParticipationStore &participations,
                             qint64 seriesId, const QDate &occurrenceDate,
                             std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

    /// The event's id once redo() has run (0 if it failed).
    qint64 eventId() const { return m_event.id; }

private:
    SeriesSlotStore &m_slots;
    EventStore &m_events;
    ParticipationStore &m_participations;
    qint64 m_seriesId;
    QDate m_date;
    std::function<void(const Error &)> m_onError;
    Event m_event;
    QList<Participation> m_rows;
    bool m_done = false;
};

} // namespace offkai
