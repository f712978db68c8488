#pragma once

#include "records/Member.h"
#include "records/MemberFields.h"
#include "shell/PlainRecordTraits.h"
#include "shell/RecordCommand.h"
#include "stores/MemberStore.h"

namespace offkai {

/// How a RecordCommand adds and edits a member. Members are deleted by a MembersChangeCommand, which puts
/// their event history back too; so there is no deleteText.
struct MemberCommandTraits : PlainRecordTraits<MemberStore, Member>
{
    using Fields = MemberFields;

    static QString addText(const Member &member);
    static QString editText(const Member &member);
};

/// Adds or edits a member, undoably.
using MemberCommand = RecordCommand<MemberCommandTraits>;

} // namespace offkai
