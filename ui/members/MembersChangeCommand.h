#pragma once

#include "core/Result.h"
#include "records/Member.h"
#include "records/Participation.h"

#include <functional>
#include <QSqlDatabase>
#include <QUndoCommand>

namespace offkai {

class MemberStore;
class ParticipationStore;

/// An undoable change to a set of existing members (bulk tag, status, approval, deletion).
/// Redo runs the change; undo writes every member back as it was, re-creating deleted ones with their
/// event history, in one transaction.
class MembersChangeCommand : public QUndoCommand
{
public:
    struct Before
    {
        QList<Member> members;
        QList<Participation> participations;
    };

    MembersChangeCommand(MemberStore &members, ParticipationStore &participations, QSqlDatabase db,
                         const QString &text, Before before, std::function<Result<void>()> apply,
                         std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

private:
    MemberStore &m_members;
    ParticipationStore &m_participations;
    QSqlDatabase m_db;
    Before m_before;
    std::function<Result<void>()> m_apply;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
