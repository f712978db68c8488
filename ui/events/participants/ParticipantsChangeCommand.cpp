#include "ParticipantsChangeCommand.h"

#include "stores/ParticipationStore.h"

#include <QUndoStack>

namespace offkai {

ParticipantsChangeCommand::ParticipantsChangeCommand(ParticipationStore &store, qint64 eventId,
                                                     QList<Participation> before, QList<Participation> after,
                                                     const QString &text,
                                                     std::function<void(const Error &)> onError,
                                                     QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_eventId(eventId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{}

Result<void> ParticipantsChangeCommand::run(QUndoStack *stack, ParticipationStore &store, qint64 eventId,
                                            const QString &text, const std::function<Result<void>()> &change,
                                            const std::function<void(const Error &)> &onError)
{
    auto before = store.forEvent(eventId);
    if (!before)
        return before.error();
    if (auto done = change(); !done)
        return done;
    auto after = store.forEvent(eventId);
    if (!after)
        return after.error();
    if (*after != *before)
        stack->push(new ParticipantsChangeCommand(store, eventId, *before, *after, text, onError));
    return {};
}

void ParticipantsChangeCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    put(m_after);
}

void ParticipantsChangeCommand::undo()
{
    put(m_before);
}

void ParticipantsChangeCommand::put(const QList<Participation> &rows)
{
    if (auto done = m_store.replaceEvent(m_eventId, rows); !done && m_onError)
        m_onError(done.error());
}

} // namespace offkai
