#pragma once

#include "core/Result.h"
#include "records/MembersSnapshot.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class Workspace;

/// An undoable change to a set of existing members (bulk tag, status, approval, deletion).
/// Redo runs the change; undo writes every member back as it was, re-creating deleted ones with their
/// event history, in one transaction (MemberRestorer).
class MembersChangeCommand : public QUndoCommand
{
public:
    MembersChangeCommand(Workspace &workspace, const QString &text, MembersSnapshot before,
                         std::function<Result<void>()> apply, std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

private:
    Workspace &m_workspace;
    MembersSnapshot m_before;
    std::function<Result<void>()> m_apply;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
