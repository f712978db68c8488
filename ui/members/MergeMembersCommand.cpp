#include "MergeMembersCommand.h"

#include "stores/MemberStore.h"

#include <QCoreApplication>

namespace offkai {

MergeMembersCommand::MergeMembersCommand(MemberStore &store, qint64 keepId, qint64 mergeId,
                                         const QString &keptName, std::function<void(const Error &)> onError)
    : m_store(store)
    , m_keepId(keepId)
    , m_mergeId(mergeId)
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("offkai::MembersPage", "Merge Duplicate into “%1”").arg(keptName));
}

void MergeMembersCommand::redo()
{
    auto snapshot = m_store.merge(m_keepId, m_mergeId);
    if (!snapshot) {
        setObsolete(true);
        m_onError(snapshot.error());
        return;
    }
    m_snapshot = *snapshot;
}

void MergeMembersCommand::undo()
{
    if (auto restored = m_store.unmerge(m_snapshot); !restored) {
        setObsolete(true);
        m_onError(restored.error());
    }
}

} // namespace offkai
