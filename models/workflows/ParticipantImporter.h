#pragma once

#include "core/Result.h"
#include "exchange/ParticipantFile.h"
#include "exchange/ParticipantImportPlan.h"
#include "records/Member.h"
#include "records/Participation.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace offkai {

class Workspace;

/// Imports an event service's participant file (ParticipantFile) into one event as participations.
///
/// Each row is matched to a member: by the member's account on the file's service, then by email, then
/// by name and reading. A name alone, or a key that two members share, is uncertain: the row is listed
/// for review (use one of the candidates, create a member, or skip). A row nothing matches creates a
/// member. Answers, attendance, minutes, tickets, comments and payments are merged into what the event
/// already has, so importing the same file again changes nothing and a later file only updates.
///
/// plan() reads and matches without writing; apply() writes a plan in one transaction, or nothing.
class ParticipantImporter
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ParticipantImporter)
public:
    using Plan = ParticipantImportPlan;
    using Row = ParticipantImportPlan::Row;
    using Match = ParticipantImportPlan::Match;
    using Decision = ParticipantImportPlan::Decision;
    using Counts = ParticipantImportPlan::Counts;

    /// What apply() did, and what undoing it needs.
    struct Outcome
    {
        qint64 eventId = 0;
        Counts counts;
        QList<Participation> before;  ///< the event's participations before
        QList<Participation> after;   ///< and after
        QList<Member> createdMembers; ///< as written, with their ids
        QList<Member> membersBefore;  ///< members whose account was remembered, as they were
        QList<Member> membersAfter;   ///< and as they are now
    };

    explicit ParticipantImporter(Workspace &workspace);

    /// Reads `bytes` (source nullopt: detected) in the event's time zone and matches every row.
    Result<Plan> plan(qint64 eventId, const QByteArray &bytes, std::optional<ParticipantFile::Source> source,
                      const QString &fileName = {}) const;
    /// Reads the file at `path` (at most MemberImporter::kMaxFileBytes) and plans it.
    Result<Plan> planFile(qint64 eventId, const QString &path,
                          std::optional<ParticipantFile::Source> source) const;
    /// What apply() would count, without writing.
    Result<Counts> preview(const Plan &plan) const;
    /// Writes the plan in one transaction. Review rows not decided yet are counted in needsReview and
    /// left out.
    Result<Outcome> apply(const Plan &plan);

    /// Undo: puts the event's participations and the members back as they were before `outcome`, and
    /// removes the members it created, in one transaction.
    Result<void> revert(const Outcome &outcome);
    /// Redo after revert(): the created members (with their ids), the remembered accounts and the event's
    /// participations as `outcome` left them, in one transaction.
    Result<void> reapply(const Outcome &outcome);

    /// The service whose accounts the file's user names are (nullopt: Zoom, which has none).
    static std::optional<ServiceAccount::Service> serviceOf(ParticipantFile::Source source);
    /// The member a row creates.
    static Member memberFrom(const ParticipantEntry &entry, ParticipantFile::Source source, const QDate &day);
    /// `current` with the row's answer, attendance, minutes, note and payment merged in.
    static Participation merged(const Participation &current, const ParticipantEntry &entry);

private:
    Result<void> match(Row &row, ParticipantFile::Source source) const;
    Result<Outcome> run(const Plan &plan, bool write) const;

    Workspace &m_workspace;
};

} // namespace offkai
