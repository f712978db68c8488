#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

namespace offkai {

/// The message of an undo or redo that could not be carried out because the record has changed since
/// (Error::Code::Conflict): another window or organizer saved it after the step was made, and writing the
/// step's values would silently throw their change away.
class StaleChange
{
    Q_DECLARE_TR_FUNCTIONS(offkai::StaleChange)
public:
    /// `step` is the undo step's text ("Edit Member “…”"); `undoing` tells undo from redo.
    static Error explain(const Error &conflict, const QString &step, bool undoing);
};

} // namespace offkai
