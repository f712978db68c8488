#include "ImportParticipantsCommand.h"

namespace offkai {

ImportParticipantsCommand::ImportParticipantsCommand(Workspace &workspace,
                                                     ParticipantImporter::Outcome outcome,
                                                     const QString &text,
                                                     std::function<void(const Error &)> onError,
                                                     QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_workspace(workspace)
    , m_outcome(std::move(outcome))
    , m_onError(std::move(onError))
{}

void ImportParticipantsCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    if (auto done = ParticipantImporter(m_workspace).reapply(m_outcome); !done && m_onError)
        m_onError(done.error());
}

void ImportParticipantsCommand::undo()
{
    if (auto done = ParticipantImporter(m_workspace).revert(m_outcome); !done && m_onError)
        m_onError(done.error());
}

} // namespace offkai
