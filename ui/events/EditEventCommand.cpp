#include "EditEventCommand.h"

#include "stores/EventStore.h"

#include <QCoreApplication>

namespace offkai {

EditEventCommand::EditEventCommand(EventStore &store, Event before, Event after,
                                   std::function<void(const Error &)> onError, Kind kind)
    : m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{
    setText(kind == Kind::Move
                ? QCoreApplication::translate("offkai::CalendarPage", "Move Event “%1”").arg(m_after.title)
                : QCoreApplication::translate("offkai::CalendarPage", "Edit Event “%1”").arg(m_after.title));
}

void EditEventCommand::write(const Event &event)
{
    if (auto written = m_store.update(event); !written) {
        setObsolete(true);
        m_onError(written.error());
    }
}

void EditEventCommand::redo()
{
    write(m_after);
}

void EditEventCommand::undo()
{
    write(m_before);
}

} // namespace offkai
