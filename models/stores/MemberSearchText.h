#pragma once

#include "records/Member.h"

#include <QString>
#include <QStringList>

namespace offkai {

/// The derived, normalized text a member's profile row keeps for sorting, duplicates and search (see
/// 002_members.sql), computed in one place for per-row writes, bulk writes and the index rebuild alike.
///
/// Search covers everything a person would type about a member in the five search_* columns (the FTS5
/// table's columns): the occupation alone is matched through its catalogue label when searching
/// (MemberListQuery), because the label is the organizer's to rename. Rows written before a change to
/// what of() indexes are brought up to date by a migration that sets their sort_key to NULL: the search
/// index recomputes such rows with of() and rebuilds itself when it opens (MemberSearchIndex::rebuild).
///
/// It depends on the member alone, so an import computes it for the rows ahead on another thread while
/// the rows before are written (MemberImporter).
struct MemberSearchText
{
    QStringList tags;      ///< trimmed, without repeats, in the member's order
    QStringList emailKeys; ///< MemberStore::emailKey of each of the member's emails, in their order
    QString sortKey;
    QString nameKey;
    QString readingKey;
    QString name;
    QString reading;
    /// Where the member works and lives: affiliation, job title, industry and region.
    QString affiliation;
    QString tagText;
    /// What the member wrote and how they are reached: self-introduction, skills, notes, every email
    /// address and the user names on the event services.
    QString notes;

    static MemberSearchText of(const Member &member);
    /// The search columns as the tsvector literal of `member_profiles.search_doc` (PostgreSQL).
    QString document() const;
};

} // namespace offkai
