#pragma once

#include "records/MemberConflict.h"
#include "shell/ConflictDialog.h"

namespace offkai {

/// The conflict dialog (ConflictDialog) for a member: their value beside mine in each field that differs;
/// Save writes the chosen values over their version, Cancel writes nothing and leaves the form as typed.
class MemberConflictDialog : public ConflictDialog
{
    Q_OBJECT
public:
    explicit MemberConflictDialog(MemberConflict conflict, QWidget *parent = nullptr);

    /// Their row with the chosen values: what Save writes.
    Member merged() const { return m_member.merged(keptMine()); }

private:
    MemberConflict m_member;
};

} // namespace offkai
