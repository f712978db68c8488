#include "MemberConflict.h"

#include <algorithm>

namespace offkai {

MemberConflict::MemberConflict(Member base, Member mine, Member theirs, const MemberFields::Lookups &lookups)
    : m_base(std::move(base))
    , m_mine(std::move(mine))
    , m_theirs(std::move(theirs))
{
    for (const MemberFields::Field &field : MemberFields::all()) {
        if (field.equal(m_mine, m_theirs))
            continue;
        Row row;
        row.key = field.key;
        row.label = field.label();
        row.theirs = field.text(m_theirs, lookups);
        row.mine = field.text(m_mine, lookups);
        const bool iChanged = !field.equal(m_mine, m_base);
        const bool theyChanged = !field.equal(m_theirs, m_base);
        row.bothChanged = iChanged && theyChanged;
        row.keepMineByDefault = iChanged;
        m_rows.append(row);
    }
}

int MemberConflict::disagreements() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.bothChanged; }));
}

Member MemberConflict::merged(const QSet<QString> &keepMine) const
{
    Member result = m_theirs;
    for (const Row &row : m_rows) {
        if (!keepMine.contains(row.key))
            continue;
        if (const MemberFields::Field *field = MemberFields::find(row.key))
            field->copy(result, m_mine);
    }
    return result;
}

Member MemberConflict::mergedByDefault() const
{
    QSet<QString> keep;
    for (const Row &row : m_rows) {
        if (row.keepMineByDefault)
            keep.insert(row.key);
    }
    return merged(keep);
}

} // namespace offkai
