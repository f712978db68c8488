#include "MembersChangeCommand.h"

#include "workflows/MemberRestorer.h"

namespace offkai {

MembersChangeCommand::MembersChangeCommand(Workspace &workspace, const QString &text, MembersSnapshot before,
                                           std::function<Result<void>()> apply,
                                           std::function<void(const Error &)> onError)
    : m_workspace(workspace)
    , m_before(std::move(before))
    , m_apply(std::move(apply))
    , m_onError(std::move(onError))
{
    setText(text);
}

void MembersChangeCommand::redo()
{
    if (auto applied = m_apply(); !applied) {
        setObsolete(true);
        m_onError(applied.error());
    }
}

void MembersChangeCommand::undo()
{
    if (auto restored = MemberRestorer(m_workspace).restore(m_before); !restored) {
        setObsolete(true);
        m_onError(restored.error());
    }
}

} // namespace offkai
