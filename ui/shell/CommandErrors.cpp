#include "CommandErrors.h"

#include <memory>
#include <QUndoStack>

namespace offkai {

CommandErrors::CommandErrors(std::function<void(const Error &)> show)
    : m_show(std::move(show))
{}

std::function<void(const Error &)> CommandErrors::handler()
{
    return [this](const Error &error) {
        if (!m_pushing)
            m_show(error);
        else if (!*m_pushing)
            *m_pushing = error;
    };
}

std::optional<Error> CommandErrors::push(QUndoStack &stack, QUndoCommand *command)
{
    std::optional<Error> failure;
    std::optional<Error> *outer = m_pushing;
    m_pushing = &failure;
    stack.push(command);
    m_pushing = outer;
    return failure;
}

std::optional<Error> CommandErrors::pushOnce(QUndoStack &stack,
                                             const std::function<QUndoCommand *(Handler)> &make, Handler show)
{
    struct State
    {
        bool pushing = true;
        std::optional<Error> first;
        Handler show;
    };
    auto state = std::make_shared<State>();
    state->show = std::move(show);
    stack.push(make([state](const Error &error) {
        if (!state->pushing)
            state->show(error);
        else if (!state->first)
            state->first = error;
    }));
    state->pushing = false;
    return state->first;
}

} // namespace offkai
