#include "CommandErrors.h"

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

} // namespace offkai
