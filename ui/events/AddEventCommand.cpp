#include "AddEventCommand.h"

#include "stores/EventStore.h"

#include <QCoreApplication>

namespace offkai {

AddEventCommand::AddEventCommand(EventStore &store, Event event, std::function<void(const Error &)> onError)
    : m_store(store)
    , m_event(std::move(event))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("offkai::CalendarPage", "Add Event “%1”").arg(m_event.title));
}

void AddEventCommand::redo()
{
    auto id = m_store.insert(m_event);
    if (!id) {
        setObsolete(true);
        m_onError(id.error());
        return;
    }
    m_event.id = *id;
}

void AddEventCommand::undo()
{
    // Keep the creation time so that a redo restores the event exactly.
    if (auto current = m_store.get(m_event.id))
        m_event = *current;
    if (auto removed = m_store.remove(m_event.id); !removed) {
        setObsolete(true);
        m_onError(removed.error());
    }
}

} // namespace offkai
