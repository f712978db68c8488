#include "EditMemberCommand.h"

#include "stores/MemberStore.h"

#include <QCoreApplication>

namespace offkai {

EditMemberCommand::EditMemberCommand(MemberStore &store, Member before, Member after,
                                     std::function<void(const Error &)> onError)
    : m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("offkai::MembersPage", "Edit Member “%1”").arg(m_after.displayName));
}

void EditMemberCommand::write(const Member &member)
{
    if (auto written = m_store.update(member); !written) {
        setObsolete(true);
        m_onError(written.error());
    }
}

void EditMemberCommand::redo()
{
    write(m_after);
}

void EditMemberCommand::undo()
{
    write(m_before);
}

} // namespace offkai
