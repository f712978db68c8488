#pragma once

#include "core/Error.h"

#include <functional>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace offkai {

/// Where the errors of the undo commands a page pushes go: while a command is being pushed, its first error
/// comes back to the code that pushed it (to show in a form, or to open the conflict dialog); on a later
/// undo or redo, it is shown. A command keeps its handler for as long as it is on the stack, so the page
/// keeps one of these for its whole life instead of handing commands a local variable.
class CommandErrors
{
public:
    explicit CommandErrors(std::function<void(const Error &)> show);
    CommandErrors(const CommandErrors &) = delete;
    CommandErrors &operator=(const CommandErrors &) = delete;

    /// The handler to give a command pushed with push().
    std::function<void(const Error &)> handler();
    /// Pushes `command` (made with handler()); the error of its first run, if any. The stack deletes a
    /// command that failed.
    std::optional<Error> push(QUndoStack &stack, QUndoCommand *command);

    using Handler = std::function<void(const Error &)>;
    /// The same for a pusher that may go before the command does (a dialog over the window's undo stack):
    /// the command made by `make` gets a handler of its own that returns its first error here and hands
    /// later ones to `show` (which must check that whatever it shows them in still exists).
    static std::optional<Error> pushOnce(QUndoStack &stack,
                                         const std::function<QUndoCommand *(Handler)> &make, Handler show);

private:
    std::function<void(const Error &)> m_show;
    std::optional<Error> *m_pushing = nullptr;
};

} // namespace offkai
