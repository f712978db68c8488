#include "MemberConflictDialog.h"

namespace offkai {

MemberConflictDialog::MemberConflictDialog(MemberConflict conflict, QWidget *parent)
    : ConflictDialog(conflict.fields(), parent)
    , m_member(std::move(conflict))
{}

} // namespace offkai
