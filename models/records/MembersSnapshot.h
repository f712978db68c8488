#pragma once

#include "Member.h"
#include "Participation.h"

#include <QList>

namespace offkai {

/// Members as they were before a change to them, with every participation of theirs, so that
/// MemberRestorer::restore can put them back (undo of a bulk action or a deletion).
struct MembersSnapshot
{
    QList<Member> members;
    QList<Participation> participations;
};

} // namespace offkai
