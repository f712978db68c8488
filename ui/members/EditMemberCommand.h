#pragma once

#include "core/Error.h"
#include "records/Member.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class MemberStore;

/// Replaces a member's fields; undo puts the previous ones back.
class EditMemberCommand : public QUndoCommand
{
public:
    EditMemberCommand(MemberStore &store, Member before, Member after,
                      std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

private:
    void write(const Member &member);

    MemberStore &m_store;
    Member m_before;
    Member m_after;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
