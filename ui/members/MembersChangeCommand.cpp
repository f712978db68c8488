#include "MembersChangeCommand.h"

#include "storage/Transaction.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"

namespace offkai {

MembersChangeCommand::MembersChangeCommand(MemberStore &members, ParticipationStore &participations,
                                           QSqlDatabase db, const QString &text, Before before,
                                           std::function<Result<void>()> apply,
                                           std::function<void(const Error &)> onError)
    : m_members(members)
    , m_participations(participations)
    , m_db(std::move(db))
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
    const auto restore = [this]() -> Result<void> {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        for (const Member &member : std::as_const(m_before.members)) {
            const bool exists = m_members.get(member.id).ok();
            if (exists) {
                if (auto updated = m_members.update(member); !updated)
                    return updated;
            } else if (auto inserted = m_members.insert(member); !inserted) {
                return inserted.error();
            }
        }
        if (auto restored = m_participations.restore(m_before.participations); !restored)
            return restored;
        return tx.commit();
    };
    if (auto restored = restore(); !restored) {
        setObsolete(true);
        m_onError(restored.error());
    }
}

} // namespace offkai
