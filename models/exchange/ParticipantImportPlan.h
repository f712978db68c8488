#pragma once

#include "ParticipantFile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace offkai {

/// What a participant import will do with each row of a ParticipantFile: the member it matched and how,
/// the members it could be, and the organizer's decision. ParticipantImporter makes and applies it; the
/// import dialog shows it and records the review step's choices in it. A plain value: no database.
struct ParticipantImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ParticipantImportPlan)
public:
    enum class Match
    {
        Account,        ///< the member's account on the file's service
        Email,          ///< one member has one of the row's addresses
        NameAndReading, ///< one member has the row's name and reading
        Review,         ///< uncertain: candidates by name, or a key several members share
        None,           ///< nobody: a member is created
    };

    /// What becomes of a row.
    enum class Decision
    {
        UseMember, ///< write the participation of `memberId`
        Create,    ///< create a member from the row, then its participation
        Skip,      ///< leave the row out
    };

    struct Row
    {
        ParticipantEntry entry;
        Match match = Match::None;
        QList<qint64> candidates; ///< Review: the members it could be, in id order
        Decision decision = Decision::Create;
        qint64 memberId = 0; ///< UseMember: the member
        /// UseMember with a row that has an account the member lacks: store it as theirs.
        bool rememberAccount = true;
        /// A Review row the user has decided (its decision is taken); undecided Review rows are left out.
        bool reviewed = false;
    };

    struct Counts
    {
        int matched = 0;     ///< rows written to an existing member's participation
        int created = 0;     ///< members created
        int added = 0;       ///< participations that did not exist
        int updated = 0;     ///< participations changed
        int unchanged = 0;   ///< participations already as the file says
        int skipped = 0;     ///< rows skipped by decision, and withdrawn accounts
        int needsReview = 0; ///< rows still to be decided (written as skipped)
        bool operator==(const Counts &) const = default;
    };

    qint64 eventId = 0;
    ParticipantFile file;
    QList<Row> rows;
    QStringList warnings; ///< translated: a Zoom file from another day, …

    /// Review rows not decided yet.
    int needsReview() const;
    /// How a row was matched, for the preview ("Service user name", "Email", …).
    static QString matchLabel(Match match);
};

} // namespace offkai
