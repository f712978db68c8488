#pragma once

#include "records/Member.h"

#include <QString>
#include <QStringList>

namespace offkai {

/// The derived, normalized text a member's profile row keeps for sorting, duplicates and search (see
/// 002_members.sql), computed in one place for per-row writes and bulk writes alike.
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
    QString affiliation;
    QString tagText;
    QString notes;

    static MemberSearchText of(const Member &member);
};

} // namespace offkai
