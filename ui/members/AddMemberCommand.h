#pragma once

#include "core/Error.h"
#include "records/Member.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class MemberStore;

/// Adds a member; undo deletes them, redo re-creates them with the same id.
class AddMemberCommand : public QUndoCommand
{
public:
    AddMemberCommand(MemberStore &store, Member member, std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

    qint64 memberId() const { return m_member.id; }

private:
    MemberStore &m_store;
    Member m_member;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
