#include "MemberSaver.h"

#include "MemberCommandTraits.h"
#include "MemberConflictDialog.h"
#include "MemberEditor.h"
#include "records/MemberConflict.h"
#include "stores/JoinQuestionCatalog.h"
#include "stores/OccupationCatalog.h"
#include "stores/Workspace.h"

#include <QUndoStack>

namespace offkai {

namespace {

/// A save that met a conflict more often than this (others saving the same member again and again while
/// the dialog is open) stops and leaves the form as typed.
constexpr int kConflictRounds = 5;

} // namespace

MemberSaver::MemberSaver(Workspace &workspace, QUndoStack &undo, QWidget *dialogParent, ErrorHandler onError)
    : m_workspace(workspace)
    , m_undo(undo)
    , m_dialogParent(dialogParent)
    , m_onError(std::move(onError))
{}

MemberSaver::ErrorHandler MemberSaver::routedErrors()
{
    // The handler outlives the push: while it runs, the first error goes to m_pushFailure; later undo and
    // redo errors go to m_onError.
    return [this](const Error &e) {
        if (m_pushFailure)
            *m_pushFailure = e;
        else
            m_onError(e);
    };
}

std::optional<Error> MemberSaver::pushEdit(const Member &before, const Member &after)
{
    std::optional<Error> failure;
    m_pushFailure = &failure;
    m_undo.push(MemberCommand::edit(m_workspace.members(), before, after, routedErrors()));
    m_pushFailure = nullptr;
    return failure;
}

bool MemberSaver::save(MemberEditor &editor)
{
    if (!editor.hasMember() || !editor.isDirty())
        return true;
    Member before = editor.original();
    Member after = editor.edited();
    if (auto valid = MemberStore::validate(after); !valid) {
        editor.showError(valid.error().message());
        return false;
    }
    const Member typedBase = before;
    const Member typed = after;
    // What did not go through stays in the form as typed, over the record it was typed on.
    auto keepTyped = [&](const std::optional<Error> &error) {
        editor.setMember(typedBase);
        editor.showEdits(typed);
        if (error)
            m_onError(*error);
        return false;
    };
    for (int round = 0; round < kConflictRounds; ++round) {
        editor.setMember(after); // the form shows what is being saved; the store's signal refreshes it
        const std::optional<Error> failure = pushEdit(before, after);
        if (!failure) {
            if (auto fresh = m_workspace.members().get(after.id))
                editor.setMember(*fresh);
            return true;
        }
        if (failure->code() != Error::Code::Conflict)
            return keepTyped(failure);
        auto theirs = m_workspace.members().get(after.id);
        if (!theirs)
            return keepTyped(theirs.error());
        const std::optional<Member> chosen = resolve(MemberConflict(typedBase, typed, *theirs, lookups()));
        if (!chosen)
            return keepTyped(std::nullopt);
        before = *theirs;
        after = *chosen;
    }
    return keepTyped(Error(Error::Code::Conflict,
                           MemberConflictDialog::tr("“%1” keeps being changed elsewhere; try saving again.")
                               .arg(typed.displayName)));
}

qint64 MemberSaver::add(const Member &member)
{
    std::optional<Error> failure;
    m_pushFailure = &failure;
    auto *command = MemberCommand::add(m_workspace.members(), member, routedErrors());
    m_undo.push(command); // deletes a command that failed
    m_pushFailure = nullptr;
    if (failure) {
        m_onError(*failure);
        return 0;
    }
    return command->recordId();
}

std::optional<Member> MemberSaver::resolve(const MemberConflict &conflict)
{
    if (m_resolver)
        return m_resolver(conflict);
    MemberConflictDialog dialog(conflict, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.merged();
}

MemberFields::Lookups MemberSaver::lookups() const
{
    MemberFields::Lookups lookups;
    lookups.memberName = [this](qint64 id) {
        auto member = m_workspace.members().get(id);
        return member ? member->displayName : QString();
    };
    lookups.questionTitle = [this](qint64 id) {
        if (auto questions = m_workspace.joinQuestions().all()) {
            for (const JoinQuestion &question : *questions) {
                if (question.id == id)
                    return question.text;
            }
        }
        return QString();
    };
    lookups.occupationLabel = [this](const QString &key) {
        if (auto occupations = m_workspace.occupations().all()) {
            for (const Occupation &occupation : *occupations) {
                if (occupation.key == key)
                    return occupation.displayLabel();
            }
        }
        return Occupation::builtInLabel(key);
    };
    return lookups;
}

} // namespace offkai
