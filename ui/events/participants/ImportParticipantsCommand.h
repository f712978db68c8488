#pragma once

#include "workflows/ParticipantImporter.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class Workspace;

/// A participant import as one undoable step: undo takes the event's participations back to what they
/// were, gives the members whose account was remembered their old record and removes the members the
/// import created; redo writes them again (ParticipantImporter::revert and reapply, one transaction each).
class ImportParticipantsCommand : public QUndoCommand
{
public:
    /// `outcome` is what ParticipantImporter::apply already wrote: the first redo does nothing.
    ImportParticipantsCommand(Workspace &workspace, ParticipantImporter::Outcome outcome, const QString &text,
                              std::function<void(const Error &)> onError, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Workspace &m_workspace;
    ParticipantImporter::Outcome m_outcome;
    std::function<void(const Error &)> m_onError;
    bool m_done = true;
};

} // namespace offkai
