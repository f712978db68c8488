#pragma once

#include "core/Error.h"
#include "records/MergeSnapshot.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class MemberDuplicates;

/// Merges one member into another, keeping every participation, tag and answer; undo separates them again.
class MergeMembersCommand : public QUndoCommand
{
public:
    MergeMembersCommand(MemberDuplicates &duplicates, qint64 keepId, qint64 mergeId, const QString &keptName,
                        std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

private:
    MemberDuplicates &m_duplicates;
    qint64 m_keepId;
    qint64 m_mergeId;
    MergeSnapshot m_snapshot;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
