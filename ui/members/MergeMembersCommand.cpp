#include "MergeMembersCommand.h"

#include "stores/MemberDuplicates.h"

#include <QCoreApplication>

namespace offkai {

MergeMembersCommand::MergeMembersCommand(MemberDuplicates &duplicates, qint64 keepId, qint64 mergeId,
                                         const QString &keptName, std::function<void(const Error &)> onError)
    : m_duplicates(duplicates)
    , m_keepId(keepId)
    , m_mergeId(mergeId)
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("offkai::MembersPage", "Merge Duplicate into “%1”").arg(keptName));
}

void MergeMembersCommand::redo()
{
    auto snapshot = m_duplicates.merge(m_keepId, m_mergeId);
    if (!snapshot) {
        setObsolete(true);
        m_onError(snapshot.error());
        return;
    }
    m_snapshot = *snapshot;
}

void MergeMembersCommand::undo()
{
    if (auto restored = m_duplicates.unmerge(m_snapshot); !restored) {
        setObsolete(true);
        m_onError(restored.error());
    }
}

} // namespace offkai
