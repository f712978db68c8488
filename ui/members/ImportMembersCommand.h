#pragma once

#include "workflows/MemberImporter.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class Database;
class MemberTables;

/// A member import as one undoable step: undo removes the members it created and puts the members it
/// updated back as they were; redo writes them again as the import left them (MemberImporter::revert and
/// reapply, one transaction each).
class ImportMembersCommand : public QUndoCommand
{
public:
    /// `changes` is what the import already wrote: the first redo does nothing.
    ImportMembersCommand(Database &database, MemberTables &members, MemberImporter::Changes changes,
                         const QString &text, std::function<void(const Error &)> onError,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Database &m_database;
    MemberTables &m_members;
    MemberImporter::Changes m_changes;
    std::function<void(const Error &)> m_onError;
    bool m_done = true;
};

} // namespace offkai
