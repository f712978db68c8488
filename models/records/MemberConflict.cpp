#include "MemberConflict.h"

namespace offkai {

MemberConflict::MemberConflict(Member base, Member mine, Member theirs, const MemberFields::Lookups &lookups)
    : m_base(std::move(base))
    , m_mine(std::move(mine))
    , m_theirs(std::move(theirs))
    , m_fields(FieldConflict::of<MemberFields>(m_base, m_mine, m_theirs, lookups, m_theirs.displayName))
{}

Member MemberConflict::merged(const QSet<QString> &keepMine) const
{
    return FieldConflict::merge<MemberFields>(m_theirs, m_mine, keepMine);
}

} // namespace offkai
