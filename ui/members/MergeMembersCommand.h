#pragma once

#include "core/Error.h"
#include "records/MergeSnapshot.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class MemberStore;

/// Merges one member into another, keeping every participation, tag and answer; undo separates them again.
class MergeMembersCommand : public QUndoCommand
{
public:
    MergeMembersCommand(MemberStore &store, qint64 keepId, qint64 mergeId, const QString &keptName,
                        std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

private:
    MemberStore &m_store;
    qint64 m_keepId;
    qint64 m_mergeId;
    MergeSnapshot m_snapshot;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
