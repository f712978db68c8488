#pragma once

#include "Member.h"
#include "MemberFields.h"

#include <QList>
#include <QSet>
#include <QString>

namespace offkai {

/// Two edits of one member that met: the organizer's form (`mine`, started from `base`) and the row as
/// somebody else saved it meanwhile (`theirs`). Lists each field where the two differ, says whose value
/// is the natural choice, and merges the chosen values onto `theirs`, so that the result is written over
/// the row's current version.
class MemberConflict
{
public:
    struct Row
    {
        QString key;    ///< MemberFields key
        QString label;  ///< the field's translated name
        QString theirs; ///< their value as text
        QString mine;   ///< my value as text
        /// Both changed the field since `base`: a real disagreement, not only one side's edit.
        bool bothChanged = false;
        /// The value chosen until the organizer says otherwise: mine where I changed the field, theirs
        /// where only they did.
        bool keepMineByDefault = true;
    };

    MemberConflict(Member base, Member mine, Member theirs, const MemberFields::Lookups &lookups = {});

    const Member &base() const { return m_base; }
    const Member &mine() const { return m_mine; }
    const Member &theirs() const { return m_theirs; }
    /// The fields where mine and theirs differ, in the editor's order.
    const QList<Row> &rows() const { return m_rows; }
    /// The fields both sides changed (Row::bothChanged).
    int disagreements() const;

    /// Their row with my value in each field of `keepMine` (keys), and their version: what to save.
    Member merged(const QSet<QString> &keepMine) const;
    /// merged() with each row's default choice.
    Member mergedByDefault() const;

private:
    Member m_base;
    Member m_mine;
    Member m_theirs;
    QList<Row> m_rows;
};

} // namespace offkai
