#include "ImportMembersCommand.h"

namespace offkai {

ImportMembersCommand::ImportMembersCommand(Database &database, MemberTables &members,
                                           MemberImporter::Changes changes, const QString &text,
                                           std::function<void(const Error &)> onError, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_database(database)
    , m_members(members)
    , m_changes(std::move(changes))
    , m_onError(std::move(onError))
{}

void ImportMembersCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    if (auto done = MemberImporter(m_database, m_members).reapply(m_changes); !done) {
        setObsolete(true);
        if (m_onError)
            m_onError(done.error());
    }
}

void ImportMembersCommand::undo()
{
    if (auto done = MemberImporter(m_database, m_members).revert(m_changes); !done) {
        setObsolete(true);
        if (m_onError)
            m_onError(done.error());
    }
}

} // namespace offkai
