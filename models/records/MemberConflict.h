#pragma once

#include "FieldConflict.h"
#include "Member.h"
#include "MemberFields.h"

#include <QList>
#include <QSet>
#include <QString>

namespace offkai {

/// Two edits of one member that met: the organizer's form (`mine`, started from `base`) and the row as
/// somebody else saved it meanwhile (`theirs`). The member's FieldConflict (by MemberFields): lists each
/// field where the two differ, says whose value is the natural choice, and merges the chosen values onto
/// `theirs`, so that the result is written over the row's current version.
class MemberConflict
{
public:
    using Row = FieldConflict::Row;

    MemberConflict(Member base, Member mine, Member theirs, const MemberFields::Lookups &lookups = {});

    const Member &base() const { return m_base; }
    const Member &mine() const { return m_mine; }
    const Member &theirs() const { return m_theirs; }
    /// The fields, their values and the default choices, as the conflict dialog shows them.
    const FieldConflict &fields() const { return m_fields; }
    /// The fields where mine and theirs differ, in the editor's order.
    const QList<Row> &rows() const { return m_fields.rows(); }
    /// The fields both sides changed (Row::bothChanged).
    int disagreements() const { return m_fields.disagreements(); }

    /// Their row with my value in each field of `keepMine` (keys), and their version: what to save.
    Member merged(const QSet<QString> &keepMine) const;
    /// merged() with each row's default choice.
    Member mergedByDefault() const { return merged(m_fields.defaultChoices()); }

private:
    Member m_base;
    Member m_mine;
    Member m_theirs;
    FieldConflict m_fields;
};

} // namespace offkai
