#include "AddMemberCommand.h"

#include "stores/MemberStore.h"

#include <QCoreApplication>

namespace offkai {

AddMemberCommand::AddMemberCommand(MemberStore &store, Member member,
                                   std::function<void(const Error &)> onError)
    : m_store(store)
    , m_member(std::move(member))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("offkai::MembersPage", "Add Member “%1”").arg(m_member.displayName));
}

void AddMemberCommand::redo()
{
    auto id = m_store.insert(m_member);
    if (!id) {
        setObsolete(true);
        m_onError(id.error());
        return;
    }
    m_member.id = *id;
}

void AddMemberCommand::undo()
{
    if (auto current = m_store.get(m_member.id))
        m_member = *current;
    if (auto removed = m_store.remove(m_member.id); !removed) {
        setObsolete(true);
        m_onError(removed.error());
    }
}

} // namespace offkai
