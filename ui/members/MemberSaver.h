#pragma once

#include "core/Error.h"
#include "records/Member.h"
#include "records/MemberFields.h"

#include <functional>
#include <optional>

class QUndoStack;
class QWidget;

namespace offkai {

class MemberConflict;
class MemberEditor;
class Workspace;

/// Writes the member editor's edits through the undo stack, and adds new members: the members page's
/// saving, apart from its list. When the member was saved elsewhere after the form was opened (another
/// window, another organizer on the team database), it shows MemberConflictDialog and saves the chosen
/// values over that version; nothing typed is lost when a save does not go through.
class MemberSaver
{
public:
    using ErrorHandler = std::function<void(const Error &)>;
    /// Stands in for the conflict dialog in tests: returns the member to save, or nothing to keep editing.
    using ConflictResolver = std::function<std::optional<Member>(const MemberConflict &)>;

    MemberSaver(Workspace &workspace, QUndoStack &undo, QWidget *dialogParent, ErrorHandler onError);

    /// Saves the editor's edits if it has any; false (with the reason shown) when they were not saved.
    bool save(MemberEditor &editor);
    /// Adds `member`; its id, or 0 when it could not be added (the reason shown).
    qint64 add(const Member &member);

    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }

private:
    /// Pushes the edit `before` → `after`; the error if its first write failed.
    std::optional<Error> pushEdit(const Member &before, const Member &after);
    /// The error handler given to the commands this saver pushes (see m_pushFailure).
    ErrorHandler routedErrors();
    std::optional<Member> resolve(const MemberConflict &conflict);
    /// Names for the conflict dialog's texts: the referrer, the join questions, the occupations.
    MemberFields::Lookups lookups() const;

    Workspace &m_workspace;
    QUndoStack &m_undo;
    QWidget *m_dialogParent;
    ErrorHandler m_onError;
    ConflictResolver m_resolver;
    /// While a command is being pushed, where its first error goes (instead of m_onError).
    std::optional<Error> *m_pushFailure = nullptr;
};

} // namespace offkai
