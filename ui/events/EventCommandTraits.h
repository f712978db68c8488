#pragma once

#include "core/Result.h"
#include "records/Event.h"
#include "records/EventFields.h"
#include "records/EventSnapshot.h"
#include "shell/RecordCommand.h"

namespace offkai {

class Workspace;

/// How a RecordCommand adds, edits (or moves) and deletes an event: undo of a deletion puts the event back
/// with its id and every participant, in one transaction (EventRestorer).
struct EventCommandTraits
{
    using Store = Workspace;
    using Record = Event;
    using Snapshot = EventSnapshot;
    using Fields = EventFields;

    static qint64 idOf(const EventSnapshot &snapshot) { return snapshot.event.id; }
    static Result<qint64> insert(Workspace &workspace, const Event &event);
    static Result<void> write(Workspace &workspace, const Event &event);
    static Result<EventSnapshot> snapshot(Workspace &workspace, qint64 id);
    static Result<Event> read(Workspace &workspace, qint64 id);
    static Result<void> restore(Workspace &workspace, const EventSnapshot &snapshot);
    static Result<void> remove(Workspace &workspace, qint64 id);
    static QString addText(const Event &event);
    static QString editText(const Event &event);
    static QString deleteText(const EventSnapshot &snapshot);
};

/// Adds, edits, moves or deletes an event, undoably.
using EventCommand = RecordCommand<EventCommandTraits>;

} // namespace offkai
