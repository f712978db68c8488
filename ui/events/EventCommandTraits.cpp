#include "EventCommandTraits.h"

#include "stores/EventStore.h"
#include "stores/Workspace.h"
#include "workflows/EventRestorer.h"

#include <QCoreApplication>

namespace offkai {

Result<qint64> EventCommandTraits::insert(Workspace &workspace, const Event &event)
{
    return workspace.events().insert(event);
}

Result<void> EventCommandTraits::write(Workspace &workspace, const Event &event)
{
    return workspace.events().update(event);
}

Result<EventSnapshot> EventCommandTraits::snapshot(Workspace &workspace, qint64 id)
{
    return EventRestorer(workspace).snapshot(id);
}

Result<Event> EventCommandTraits::read(Workspace &workspace, qint64 id)
{
    return workspace.events().get(id);
}

Result<void> EventCommandTraits::restore(Workspace &workspace, const EventSnapshot &snapshot)
{
    return EventRestorer(workspace).restore(snapshot);
}

Result<void> EventCommandTraits::remove(Workspace &workspace, qint64 id)
{
    return workspace.events().remove(id);
}

QString EventCommandTraits::addText(const Event &event)
{
    return QCoreApplication::translate("offkai::CalendarPage", "Add Event “%1”").arg(event.title);
}

QString EventCommandTraits::editText(const Event &event)
{
    return QCoreApplication::translate("offkai::CalendarPage", "Edit Event “%1”").arg(event.title);
}

QString EventCommandTraits::deleteText(const EventSnapshot &snapshot)
{
    return QCoreApplication::translate("offkai::CalendarPage", "Delete Event “%1”").arg(snapshot.event.title);
}

} // namespace offkai
