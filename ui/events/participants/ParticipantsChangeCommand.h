#pragma once

#include "core/Result.h"
#include "records/Participation.h"

#include <functional>
#include <QUndoCommand>

class QUndoStack;

namespace offkai {

class ParticipationStore;

/// Any change to an event's participants (RSVP with waitlist promotion, check-in, walk-in, attendance,
/// payments, bill split), undone and redone by putting back the event's whole participant list as it was
/// before or after. A 500-person event is 500 small rows: exact, and simpler than inverting each
/// operation.
class ParticipantsChangeCommand : public QUndoCommand
{
public:
    ParticipantsChangeCommand(ParticipationStore &store, qint64 eventId, QList<Participation> before,
                              QList<Participation> after, const QString &text,
                              std::function<void(const Error &)> onError, QUndoCommand *parent = nullptr);

    /// Runs `change` and pushes a command for it when it changed something. Returns the change's error.
    static Result<void> run(QUndoStack *stack, ParticipationStore &store, qint64 eventId, const QString &text,
                            const std::function<Result<void>()> &change,
                            const std::function<void(const Error &)> &onError);

    void redo() override;
    void undo() override;

private:
    void put(const QList<Participation> &rows);

    ParticipationStore &m_store;
    qint64 m_eventId;
    QList<Participation> m_before;
    QList<Participation> m_after;
    std::function<void(const Error &)> m_onError;
    bool m_done = true; ///< the change already happened when the command is pushed
};

} // namespace offkai
