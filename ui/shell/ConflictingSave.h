#pragma once

#include "ConflictDialog.h"
#include "core/Result.h"
#include "records/FieldConflict.h"
#include "records/RecordLookups.h"

#include <functional>
#include <optional>

namespace offkai {

/// Saves one versioned record (a venue, an event, a report's settings) from a form, the way the members
/// page does (MemberSaver): writes what was typed over the version the form was opened with; when someone
/// else saved the record in between (Error::Code::Conflict), asks which value to keep in each field that
/// differs (ConflictDialog) and writes the chosen values over their version. Nothing typed is lost: when
/// the save does not go through, the form still holds it. `Fields` is the record's field list
/// (VenueFields, EventFields, ReportFields).
template<typename Fields, typename Record> class ConflictingSave
{
public:
    /// Writes `after` over `before` (the record as the writer last read it, with its version).
    using Write = std::function<Result<void>(const Record &before, const Record &after)>;
    /// Reads the record as it is now (their version).
    using Read = std::function<Result<Record>()>;

    enum class Outcome
    {
        Saved,       ///< written: saved() is what was written
        KeptEditing, ///< the organizer chose to keep editing; nothing was written
        Failed       ///< not written: error() says why
    };

    ConflictingSave(Write write, Read read, ConflictDialog::Resolver ask, RecordLookups lookups = {})
        : m_write(std::move(write))
        , m_read(std::move(read))
        , m_ask(std::move(ask))
        , m_lookups(std::move(lookups))
    {}

    /// Saves `mine`, typed over `base`. `nameOf` names the record in the dialog.
    Outcome run(const Record &base, const Record &mine, const std::function<QString(const Record &)> &nameOf)
    {
        Record before = base;
        Record after = mine;
        for (int round = 0; round < kRounds; ++round) {
            auto written = m_write(before, after);
            if (written) {
                m_saved = after;
                return Outcome::Saved;
            }
            if (written.error().code() != Error::Code::Conflict)
                return fail(written.error());
            auto theirs = m_read();
            if (!theirs)
                return fail(theirs.error());
            const FieldConflict conflict =
                FieldConflict::of<Fields>(base, mine, *theirs, m_lookups, nameOf(*theirs));
            if (conflict.rows().isEmpty()) {
                // They saved exactly what was typed: nothing is left to write.
                m_saved = *theirs;
                return Outcome::Saved;
            }
            const std::optional<QSet<QString>> keepMine = m_ask(conflict);
            if (!keepMine)
                return Outcome::KeptEditing;
            before = *theirs;
            after = FieldConflict::merge<Fields>(*theirs, mine, *keepMine);
        }
        return fail(ConflictDialog::keepsChanging(nameOf(mine)));
    }

    /// What was written (or found already written) by a save that went through.
    const Record &saved() const { return m_saved; }
    const Error &error() const { return m_error; }

private:
    /// A save that met a conflict more often than this (others saving the same record again and again
    /// while the dialog is open) stops and leaves the form as typed.
    static constexpr int kRounds = 5;

    Outcome fail(const Error &error)
    {
        m_error = error;
        return Outcome::Failed;
    }

    Write m_write;
    Read m_read;
    ConflictDialog::Resolver m_ask;
    RecordLookups m_lookups;
    Record m_saved;
    Error m_error;
};

} // namespace offkai
