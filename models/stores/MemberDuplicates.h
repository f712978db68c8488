#pragma once

#include "core/Result.h"
#include "records/DuplicatePair.h"
#include "records/MergeSnapshot.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QVariantList>

namespace offkai {

class MemberStatements;
class MemberStore;

/// Duplicate members: the pairs that look like one person, merging one member into another and undoing a
/// merge. A merge writes through MemberStore's row writes (so the search index and a bulk session stay in
/// step) inside its own transaction, and announces membersReset.
class MemberDuplicates : public QObject
{
    Q_OBJECT
public:
    MemberDuplicates(MemberStatements &statements, MemberStore &store, QObject *parent = nullptr);

    /// Pairs sharing an email (ignoring case), a normalized name or a normalized reading.
    Result<QList<DuplicatePair>> find() const;
    /// Merges `mergeId` into `keepId` in one transaction: participations (combined where both took part in
    /// the same event), tags, answers, emails (union), referrals and report authorship move to the kept
    /// member, whose empty fields are filled from the merged one; the merged member is deleted.
    Result<MergeSnapshot> merge(qint64 keepId, qint64 mergeId);
    /// Undoes a merge from its snapshot.
    Result<void> unmerge(const MergeSnapshot &snapshot);

Q_SIGNALS:
    /// A merge or its undo changed two members and their history: re-read everything.
    void membersReset();

private:
    Result<QList<MergeSnapshot::Participation>> participations(const QString &where,
                                                               const QVariantList &values) const;

    MemberStatements &m_statements;
    MemberStore &m_store;
};

} // namespace offkai
