#include "MemberCommandTraits.h"

#include <QCoreApplication>

namespace offkai {

QString MemberCommandTraits::addText(const Member &member)
{
    return QCoreApplication::translate("offkai::MembersPage", "Add Member “%1”").arg(member.displayName);
}

QString MemberCommandTraits::editText(const Member &member)
{
    return QCoreApplication::translate("offkai::MembersPage", "Edit Member “%1”").arg(member.displayName);
}

} // namespace offkai
