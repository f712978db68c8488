#include "DeleteEventCommand.h"

#include "stores/EventStore.h"
#include "stores/ParticipationStore.h"

#include <QCoreApplication>

namespace offkai {

DeleteEventCommand::DeleteEventCommand(EventStore &events, ParticipationStore &participations, Event event,
                                       QList<Participation> rows, std::function<void(const Error &)> onError)
    : m_events(events)
    , m_participations(participations)
    , m_event(std::move(event))
    , m_rows(std::move(rows))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("offkai::CalendarPage", "Delete Event “%1”").arg(m_event.title));
}

void DeleteEventCommand::redo()
{
    if (auto removed = m_events.remove(m_event.id); !removed) {
        setObsolete(true);
        m_onError(removed.error());
    }
}

void DeleteEventCommand::undo()
{
    auto restored = m_events.insert(m_event);
    if (!restored) {
        setObsolete(true);
        m_onError(restored.error());
        return;
    }
    if (m_rows.isEmpty())
        return;
    if (auto back = m_participations.replaceEvent(m_event.id, m_rows); !back) {
        setObsolete(true);
        m_onError(back.error());
    }
}

} // namespace offkai
