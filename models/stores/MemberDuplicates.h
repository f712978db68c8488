#pragma once

#include "core/Result.h"
#include "records/DuplicatePair.h"
#include "records/MergeSnapshot.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace offkai {

class MemberStore;

/// Duplicate members for MemberStore, which forwards to it: the pairs that look like one person, merging
/// one member into another and undoing a merge. A friend of the store, it writes through the store's own
/// row writes (so the search index and the bulk session stay in step) and announces membersReset.
class MemberDuplicates
{
public:
    explicit MemberDuplicates(MemberStore &store);

    Result<QList<DuplicatePair>> findDuplicates() const;
    Result<MergeSnapshot> merge(qint64 keepId, qint64 mergeId);
    Result<void> unmerge(const MergeSnapshot &snapshot);

private:
    Result<QList<MergeSnapshot::Participation>> participations(const QString &where,
                                                               const QVariantList &values) const;

    MemberStore &m_store;
};

} // namespace offkai
